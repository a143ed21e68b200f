// Shared checks for engine tests: a ScanResult must be well formed whatever the input was.
import { expect } from 'vitest';
import {
  type AdField,
  type AdInput,
  LEVEL_THRESHOLDS,
  LEVELS,
  type Level,
  type ScanResult,
} from '../../../src/engine';

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Level the documented thresholds give for a score (docs/scoring.md), computed independently of levelOf. */
export function expectedLevel(score: number): Level {
  if (score >= LEVEL_THRESHOLDS.high) return 'high';
  if (score >= LEVEL_THRESHOLDS.medium) return 'medium';
  if (score >= LEVEL_THRESHOLDS.low) return 'low';
  return 'none';
}

/** Every flag and reassurance points at its evidence in the original field text, and the result is consistent. */
export function expectValidResult(ad: AdInput, result: ScanResult): void {
  expect(Number.isInteger(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  expect(result.level).toBe(expectedLevel(result.score));
  if (result.flags.every((f) => f.kind === 'context')) expect(result.score).toBe(0);
  for (const item of [...result.flags, ...result.reassurances]) {
    const original = ad[item.field as AdField];
    if ('absent' in item && item.absent) {
      expect(item.evidence).toBe('');
      continue;
    }
    expect(typeof original, `field ${item.field} of ${item.rule} exists in the ad`).toBe('string');
    const text = original as string;
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeGreaterThan(item.start);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(item.start, item.end), `offsets of ${item.rule}`).toBe(item.evidence);
  }
}

/** Small seeded PRNG (mulberry32) so fuzz runs are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median wall time of `runs` calls, to compare costs as ratios (never as absolute limits). */
export function medianMs(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}
