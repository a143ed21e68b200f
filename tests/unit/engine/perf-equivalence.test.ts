// The speed-ups must not change what matches: the start condition checked after the match (execPattern) finds
// exactly what the regex with the condition inline finds; the literal index answers exactly like includes(); and
// packs compiled on first use are the packs compiled at load.
import { describe, expect, it } from 'vitest';
import { compileMatcher, compilePattern, execPattern, testMatcher } from '../../../src/engine/compile';
import { loadRuleSetFromDisk, readRuleFiles } from '../../../src/engine/node-rules';
import { foldAccents, normalise } from '../../../src/engine/normalise';
import { LiteralIndex } from '../../../src/engine/prefilter';

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;

/** Text made of a pack's own phrases glued with separators that do and do not form word boundaries. */
function textsFor(phrases: string[], fold: boolean): string[] {
  const glue = [' ', ', ', '. ', '\n', 'x', '1', '_', '-', ' 18 ', ' 2 ', '@gmail.com ', ''];
  const texts: string[] = [];
  for (let k = 0; k < 40; k++) {
    let s = '';
    for (let i = 0; i < 8; i++) s += pick(glue) + pick(phrases);
    const text = normalise(s).text;
    texts.push(fold ? foldAccents(text) : text);
  }
  return texts;
}

function matches(run: (onMatch: (start: number, end: number) => void) => void): string[] {
  const out: string[] = [];
  run((start, end) => out.push(`${start}-${end}`));
  return out;
}

describe('fast matching finds exactly what the plain regexes find', () => {
  const { input } = readRuleFiles();
  const { ruleSet } = loadRuleSetFromDisk(); // compiled like the engine does
  it.each(input.packs.map((p) => [p.file, p.data] as const))('%s', (_file, data) => {
    const pack = data as {
      lang: string;
      segmentation?: string;
      foldAccents?: boolean;
      rules: Record<string, { phrases: string[]; patterns: string[]; reassure: string[] }>;
    };
    if (pack.segmentation === 'segmenter') return; // no word-start condition there
    const fold = pack.foldAccents === true;
    const phrases = Object.values(pack.rules).flatMap((r) => r.phrases);
    const texts = textsFor(phrases.length > 0 ? phrases : ['x'], fold);
    let compared = 0;
    for (const source of Object.values(pack.rules).flatMap((r) => [...r.patterns, ...r.reassure])) {
      const inline = compilePattern(source, { fold, wordStart: true, global: true });
      if (typeof inline === 'string') continue;
      const compiled = [
        ...(ruleSet?.packs.get(pack.lang)?.patterns ?? []),
        ...(ruleSet?.packs.get(pack.lang)?.reassure ?? []),
      ].find((p) => p.source === source);
      if (!compiled) continue;
      for (const text of texts) {
        const expected = matches((onMatch) => {
          inline.lastIndex = 0;
          for (let m = inline.exec(text); m; m = inline.exec(text)) {
            if (m[0].length === 0) inline.lastIndex++;
            else onMatch(m.index, m.index + m[0].length);
          }
        });
        expect(
          matches((onMatch) => execPattern(compiled, text, onMatch)),
          `${source} on ${JSON.stringify(text)}`,
        ).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('exceptions tested with the start condition outside the regex', () => {
  const { input } = readRuleFiles();
  it.each(input.packs.map((p) => [p.file, p.data] as const))('%s', (_file, data) => {
    const pack = data as {
      foldAccents?: boolean;
      rules: Record<string, { phrases: string[]; exceptions: string[] }>;
    };
    const fold = pack.foldAccents === true;
    const phrases = Object.values(pack.rules).flatMap((r) => r.phrases);
    const texts = textsFor(phrases.length > 0 ? phrases : ['x'], fold);
    let compared = 0;
    for (const source of Object.values(pack.rules).flatMap((r) => r.exceptions)) {
      const plain = compilePattern(source, { fold, wordStart: false, global: false });
      const matcher = compileMatcher(source, { fold, wordStart: false });
      if (typeof plain === 'string' || typeof matcher === 'string') continue;
      for (const text of texts) {
        expect(testMatcher(matcher, text), `${source} on ${JSON.stringify(text)}`).toBe(plain.test(text));
        compared++;
      }
    }
    if (Object.values(pack.rules).some((r) => r.exceptions.length > 0)) expect(compared).toBeGreaterThan(0);
  });
});

describe('LiteralIndex', () => {
  it('answers exactly like String.includes', () => {
    const alphabet = 'abcdefghij €жё中 .,-';
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let i = 0; i < 200; i++) text += pick([...alphabet]);
      const index = new LiteralIndex(text);
      for (let q = 0; q < 50; q++) {
        const literal =
          random() < 0.5
            ? text.slice(
                Math.floor(random() * 190),
                Math.floor(random() * 190) + 1 + Math.floor(random() * 6),
              )
            : Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick([...alphabet])).join('');
        expect(index.has(literal)).toBe(text.includes(literal));
      }
    }
  });
});

describe('packs compiled on first use', () => {
  it('are the same as packs compiled at load, and report the same problems', () => {
    const eager = loadRuleSetFromDisk();
    const lazy = loadRuleSetFromDisk(undefined, { lazyPacks: true });
    expect([...(lazy.ruleSet?.packs.keys() ?? [])]).toEqual([...(eager.ruleSet?.packs.keys() ?? [])]);
    for (const [lang, pack] of eager.ruleSet?.packs ?? []) {
      const late = lazy.ruleSet?.packs.get(lang);
      expect(late?.patterns.map((p) => p.source)).toEqual(pack.patterns.map((p) => p.source));
      expect(late?.reassure.map((p) => p.source)).toEqual(pack.reassure.map((p) => p.source));
    }
    expect(lazy.errors).toEqual(eager.errors);
  });
});
