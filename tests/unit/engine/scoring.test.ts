// The scoring model as docs/scoring.md states it: thresholds, independent-evidence combination, context boosts,
// the lure-only cap and reassurance. Checked on the score functions and end to end through the engine.
import { describe, expect, it } from 'vitest';
import { levelOf } from '../../../src/engine';
import { engineFromDisk } from '../../../src/engine/node-rules';
import {
  boostedWeight,
  combine,
  INDEPENDENT_SIGNS_FOR_MEDIUM,
  LEVEL_THRESHOLDS,
  LURE_ONLY_CAP,
  MAX_BOOST,
  MAX_REASSURANCES,
  REASSURANCE_FACTOR,
} from '../../../src/engine/score';

const engine = engineFromDisk();

describe('score functions', () => {
  it('levels follow the documented table (none 0–14, low 15–39, medium 40–69, high 70–100)', () => {
    expect(LEVEL_THRESHOLDS).toEqual({ low: 15, medium: 40, high: 70 });
    expect([0, 14, 15, 39, 40, 69, 70, 100].map(levelOf)).toEqual([
      'none',
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
  });

  it('combines weights like independent evidence: 100 × (1 − Π(1 − w/100))', () => {
    expect(combine([45], false, 0)).toBe(45);
    expect(combine([45, 25], false, 0)).toBe(Math.round(100 * (1 - 0.55 * 0.75)));
    expect(combine([50, 50], false, 0)).toBe(75); // two medium signs make a high score
    expect(combine([], false, 0)).toBe(0);
  });

  it('caps lure-only ads below medium', () => {
    expect(LURE_ONLY_CAP).toBeLessThan(LEVEL_THRESHOLDS.medium);
    expect(combine([30, 30, 30], true, 0)).toBe(LURE_ONLY_CAP);
    expect(combine([10], true, 0)).toBe(10);
  });

  it('each distinct reassurance multiplies the score by the factor, at most three times', () => {
    const base = 60;
    expect(combine([base], false, 1)).toBe(Math.round(base * REASSURANCE_FACTOR));
    expect(combine([base], false, MAX_REASSURANCES + 4)).toBe(
      Math.round(base * REASSURANCE_FACTOR ** MAX_REASSURANCES),
    );
  });

  it('context boosts add their percentages, capped', () => {
    expect(boostedWeight(40, [])).toBe(40);
    expect(boostedWeight(40, [30])).toBeCloseTo(52);
    expect(boostedWeight(40, [30, 30, 20])).toBeCloseTo(40 * (1 + MAX_BOOST));
    expect(boostedWeight(90, [30, 30])).toBeLessThanOrEqual(95);
  });
});

describe('independent signs', () => {
  it('three or more independent mechanism signs put an ad at medium at least', () => {
    expect(INDEPENDENT_SIGNS_FOR_MEDIUM).toBe(3);
    const weak = [10, 10, 14];
    expect(levelOf(combine(weak, false, 0))).toBe('low');
    expect(levelOf(combine(weak, false, 0, 2))).toBe('low');
    expect(combine(weak, false, 0, 3)).toBe(LEVEL_THRESHOLDS.medium);
    // A higher combined score is kept; lures alone stay capped; a reassurance still lowers the floor.
    expect(combine([50, 50, 50], false, 0, 3)).toBe(combine([50, 50, 50], false, 0));
    expect(combine([30, 30, 30], true, 0, 3)).toBe(LURE_ONLY_CAP);
    expect(combine(weak, false, 1, 3)).toBe(Math.round(LEVEL_THRESHOLDS.medium * REASSURANCE_FACTOR));
  });

  it('counts categories, not rules, end to end', () => {
    // Weak signs of three categories (urgency, no experience, home-based work): medium at least.
    const three = engine.scan({
      text: 'Urgent hiring, start immediately. No experience needed. Work from home on your phone.',
    });
    const categories = new Set(
      three.flags
        .filter((f) => f.kind === 'structural' && engine.ruleSet.catalogue.get(f.rule)?.role !== 'lure')
        .map((f) => f.category),
    );
    expect(categories.size).toBeGreaterThanOrEqual(3);
    expect(three.score).toBeGreaterThanOrEqual(LEVEL_THRESHOLDS.medium);
    // The same weak signs within fewer categories (two kinds of urgency) stay below medium.
    const two = engine.scan({ text: 'Urgent hiring, start immediately. No experience needed.' });
    expect(two.score).toBeLessThan(LEVEL_THRESHOLDS.medium);
  });
});

describe('scoring end to end', () => {
  const rule = (ad: Parameters<typeof engine.scan>[0], id: string) =>
    engine.scan(ad).flags.find((f) => f.rule === id);

  it('a context word raises the weight of a structural sign, and only then shows as a flag', () => {
    const plain = rule({ text: 'A registration fee is required.' }, 'fees.upfront');
    const abroad = engine.scan({ text: 'Work abroad. A registration fee is required.' });
    const boosted = abroad.flags.find((f) => f.rule === 'fees.upfront');
    expect(plain).toBeDefined();
    expect(boosted!.weight).toBeGreaterThan(plain!.weight);
    expect(abroad.flags.some((f) => f.rule === 'context.abroad')).toBe(true);
    const contextOnly = engine.scan({ text: 'Work abroad with us.' });
    expect(contextOnly.score).toBe(0);
    expect(contextOnly.flags).toEqual([]);
  });

  it('the score equals the documented combination of the structural flag weights and reassurances', () => {
    const ad = {
      text: 'Jobs in Dubai. Registration fee of $200. We keep your passport. Free flight. You are free to come and go.',
    };
    const result = engine.scan(ad);
    const perRule = new Map<string, number>();
    for (const f of result.flags) if (f.kind === 'structural') perRule.set(f.rule, f.weight);
    const reassured = new Set(result.reassurances.map((r) => r.rule)).size;
    const lureOnly = [...perRule.keys()].every((id) => engine.ruleSet.catalogue.get(id)?.role === 'lure');
    // Flag weights are rounded for display, so allow one point.
    const categories = new Set(
      result.flags
        .filter((f) => f.kind === 'structural' && engine.ruleSet.catalogue.get(f.rule)?.role !== 'lure')
        .map((f) => f.category),
    ).size;
    expect(
      Math.abs(result.score - combine([...perRule.values()], lureOnly, reassured, categories)),
    ).toBeLessThanOrEqual(1);
  });

  it('a reassurance lowers the score of the same ad', () => {
    const risky = 'Hotel jobs in Dubai. Free flight and visa provided. Registration fee of $200.';
    const a = engine.scan({ text: risky });
    const b = engine.scan({ text: `${risky} You keep your passport at all times.` });
    expect(b.reassurances.length).toBeGreaterThan(0);
    expect(b.score).toBeLessThan(a.score);
  });

  it('scan is pure: same input, same result, input untouched', () => {
    const ad = {
      title: 'Cleaner',
      company: '',
      description: 'Earn $9,000 per week. Free flight. We keep your passport.',
    };
    const copy = structuredClone(ad);
    const first = engine.scan(ad);
    expect(engine.scan(ad)).toEqual(first);
    expect(ad).toEqual(copy);
  });
});
