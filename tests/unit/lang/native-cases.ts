// Runner for the ru/uk/bg/vi/th/zh case files (tests/unit/lang/cases/<lang>.json): each case is an ad written in
// that language, the level range it must land in, and the rules that must or must not fire; plus pay amounts in the
// language's own number formats.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AdInput, LEVELS, type Level } from '../../../src/engine';
import { findMoney } from '../../../src/engine/money';
import { engineFromDisk } from '../../../src/engine/node-rules';
import { normalise } from '../../../src/engine/normalise';

interface NativeCase {
  name: string;
  ad: AdInput;
  /** Lowest and highest acceptable level. */
  min?: Level;
  max?: Level;
  fires?: string[];
  notFires?: string[];
  reassures?: string[];
}

interface MoneyCase {
  text: string;
  amount: number;
  currency: string | null;
  period?: string | null;
  /** Read as a salary field (numbers without a currency count). */
  salaryField?: boolean;
}

interface CaseFile {
  lang: string;
  cases: NativeCase[];
  money: MoneyCase[];
}

function loadCases(lang: string): CaseFile {
  const file = resolve(import.meta.dirname, 'cases', `${lang}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as CaseFile;
}

const rank = (l: Level) => LEVELS.indexOf(l);

export function runNativeCases(lang: string): void {
  const data = loadCases(lang);
  const engine = engineFromDisk();

  describe(`${lang} pack: ads written in the language`, () => {
    it('the pack is loaded', () => {
      expect(engine.languages).toContain(lang);
    });
    it('has at least six risky and six legitimate cases', () => {
      expect(data.cases.filter((c) => c.min && rank(c.min) >= rank('medium')).length).toBeGreaterThanOrEqual(
        6,
      );
      expect(data.cases.filter((c) => c.max && rank(c.max) <= rank('low')).length).toBeGreaterThanOrEqual(6);
    });
    for (const c of data.cases) {
      it(c.name, () => {
        const result = engine.scan(c.ad);
        const fired = new Set(result.flags.map((f) => f.rule));
        const summary = `${result.level} ${result.score}: ${result.flags.map((f) => `${f.rule}="${f.evidence}"`).join('; ')}`;
        if (c.min) expect(rank(result.level), summary).toBeGreaterThanOrEqual(rank(c.min));
        if (c.max) expect(rank(result.level), summary).toBeLessThanOrEqual(rank(c.max));
        for (const r of c.fires ?? []) expect(fired.has(r), `${r} should fire — ${summary}`).toBe(true);
        for (const r of c.notFires ?? [])
          expect(fired.has(r), `${r} should not fire — ${summary}`).toBe(false);
        if (c.reassures) {
          const got = new Set(result.reassurances.map((r) => r.rule));
          for (const r of c.reassures)
            expect(got.has(r), `reassurance ${r} — got ${[...got].join(', ')}`).toBe(true);
        }
        if (!c.ad.lang) expect(result.language.detected, 'language detection').toBe(lang);
        for (const f of result.flags) expect(f.lang).toBe(lang);
      });
    }
    describe('money in local formats', () => {
      const pack = engine.ruleSet.packs.get(lang);
      for (const m of data.money) {
        it(`parses "${m.text}"`, () => {
          expect(pack).toBeDefined();
          const found = findMoney(normalise(m.text).text, pack!.money, {
            bareNumbers: m.salaryField ?? false,
          });
          const first = found[0];
          expect(first, JSON.stringify(found)).toBeDefined();
          expect(first?.amount).toBe(m.amount);
          expect(first?.currency).toBe(m.currency);
          if (m.period !== undefined) expect(first?.period).toBe(m.period);
        });
      }
    });
    it('every explanation is written in the language, not copied from English', () => {
      const en = engine.ruleSet.packs.get('en');
      const own = engine.ruleSet.packs.get(lang);
      expect(own).toBeDefined();
      expect(own!.explanations.size).toBeGreaterThanOrEqual(30);
      for (const [rule, expl] of own!.explanations) {
        expect(expl, rule).toBeDefined();
        expect(expl!.title, rule).not.toBe(en?.explanations.get(rule)?.title);
        expect(/[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}/i.test(expl!.why), `${rule} looks English`).toBe(false);
      }
    });
  });
}
