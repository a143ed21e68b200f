// Regex safety: the static check rejects constructs that backtrack catastrophically or cannot be bounded, every
// pattern shipped in rules/packs passes it, and every compiled pattern runs in roughly linear time on long
// near-miss text (checked as a ratio between input sizes, never as an absolute time).
import { describe, expect, it } from 'vitest';
import type { CompiledPattern } from '../../../src/engine/compile';
import { engineFromDisk, readRuleFiles } from '../../../src/engine/node-rules';
import { unsafeConstruct } from '../../../src/engine/regex-safety';
import { medianMs } from './helpers';

describe('unsafeConstruct (static check)', () => {
  it.each([
    ['(a+)+$', /nested quantifiers/],
    ['(\\w+\\s?)*', /nested quantifiers/],
    ['(?:x*){2,10}', /nested quantifiers/],
    ['(?:(?:a+)b)+', /nested quantifiers/],
    ['(?:\\w+\\s)*fee', /nested quantifiers/],
    ['(fee)\\1', /backreferences/],
    ['(?<n>fee)\\k<n>', /backreferences/],
    ['(?<=pay )fee', /lookbehind/],
    ['(?<!no )fee', /lookbehind/],
    ['fe{2,}', /open or very large repeat/],
    ['a{1000}', /open or very large repeat/],
    ['(fee', /unbalanced/],
    ['fee)', /unbalanced/],
    ['[fee', /unclosed character class/],
  ])('rejects %s', (source, reason) => {
    expect(unsafeConstruct(source)).toMatch(reason);
  });

  it.each([
    'fee of \\$\\d+',
    '(?:\\w+\\s+){0,3}deducted',
    '(?:ticket|flight)\\w*\\s+(?:is\\s+)?paid',
    '[(+*]+ fee',
    '\\(a+\\)+',
    '(?:ab)?c+',
    '\\bno\\s+fees?\\b',
  ])('accepts %s', (source) => {
    expect(unsafeConstruct(source)).toBeNull();
  });
});

/** Every authored regex of every pack file on disk, with where it comes from. */
function authoredPatterns(): { where: string; source: string }[] {
  const { input } = readRuleFiles();
  const out: { where: string; source: string }[] = [];
  for (const pack of input.packs) {
    const rules = (pack.data as { rules?: Record<string, Record<string, unknown>> }).rules ?? {};
    for (const [rule, def] of Object.entries(rules))
      for (const field of ['patterns', 'exceptions', 'reassure'])
        for (const [i, source] of ((def[field] as string[] | undefined) ?? []).entries())
          out.push({ where: `${pack.file} ${rule}.${field}[${i}]`, source });
  }
  return out;
}

describe('patterns shipped in rules/packs', () => {
  const patterns = authoredPatterns();

  it('there are patterns in several packs', () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(new Set(patterns.map((p) => p.where.split(' ')[0])).size).toBeGreaterThan(5);
  });

  it('every pattern passes the static safety check', () => {
    const unsafe = patterns
      .map((p) => ({ ...p, reason: unsafeConstruct(p.source) }))
      .filter((p) => p.reason)
      .map((p) => `${p.where}: ${p.reason} — ${p.source}`);
    expect(unsafe).toEqual([]);
  });

  // Near-miss text: words the patterns look for, never completing a match, plus the classic backtracking bait.
  const UNIT =
    'passport fee visa ticket flight from your the deducted to a 1,000 $ aaaa a a a ' +
    'paid by our agency x y - 000 ... @ gmail hotel work abroad 12 ';
  const small = UNIT.repeat(Math.ceil(6_000 / UNIT.length));
  const large = UNIT.repeat(Math.ceil(48_000 / UNIT.length));
  const runAll = (regex: RegExp, text: string) => {
    regex.lastIndex = 0;
    if (!regex.global) return void regex.test(text);
    let count = 0;
    for (let m = regex.exec(text); m && count < 100_000; m = regex.exec(text)) {
      count++;
      if (m[0].length === 0) regex.lastIndex++;
    }
    regex.lastIndex = 0;
  };

  /** Times on 1x and 8x input; 8x may cost up to 20x (linear is 8x), with a floor so timer noise cannot fail. */
  const timing = (regex: RegExp) => {
    runAll(regex, small); // warm up the JIT
    const t1 = medianMs(() => runAll(regex, small), 3);
    const t8 = medianMs(() => runAll(regex, large), 3);
    return { t1, t8, superlinear: t8 > 20 * Math.max(t1, 0.25) };
  };
  /** A busy machine can stall one measurement; a truly superlinear pattern is slow on every attempt. */
  const stableTiming = (regex: RegExp) => {
    let t = timing(regex);
    for (let attempt = 0; attempt < 3 && t.superlinear; attempt++) t = timing(regex);
    return t;
  };

  it('the timing check itself catches a quadratic pattern', () => {
    // Every start position scans to the end of the text looking for a "#" that never comes: O(n²).
    expect(timing(/a[^#]*#/gu).superlinear).toBe(true);
    expect(timing(/passport\s+fee/gu).superlinear).toBe(false);
  });

  it('every compiled pattern runs in roughly linear time on 8x longer near-miss text', () => {
    const engine = engineFromDisk();
    const compiled: { where: string; regex: RegExp }[] = [];
    for (const pack of engine.ruleSet.packs.values()) {
      const add = (list: CompiledPattern[], kind: string) => {
        for (const p of list)
          compiled.push({ where: `${pack.lang} ${p.rule} ${kind}: ${p.source}`, regex: p.regex });
      };
      add(pack.patterns, 'pattern');
      add(pack.reassure, 'reassure');
      for (const [rule, list] of pack.exceptions)
        for (const { regex } of list)
          compiled.push({ where: `${pack.lang} ${rule} exception: ${regex.source}`, regex });
    }
    let totalSmall = 0;
    let totalLarge = 0;
    const superlinear: string[] = [];
    for (const { where, regex } of compiled) {
      const { t1, t8, superlinear: slow } = stableTiming(regex);
      totalSmall += t1;
      totalLarge += t8;
      if (slow) superlinear.push(`${where} (${t1.toFixed(2)} ms → ${t8.toFixed(2)} ms)`);
    }
    expect(superlinear).toEqual([]);
    expect(totalLarge).toBeLessThanOrEqual(20 * totalSmall);
  });
});
