// Shared runner for the per-language ad cases in tests/unit/lang/cases/<lang>.json: risky ads must reach a level and
// fire the listed rules, legitimate lookalikes must stay low and not fire the listed rules, and pay amounts written
// in the language's own number format must be read correctly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findMoney } from '../../../src/engine/money';
import { engineFromDisk } from '../../../src/engine/node-rules';
import { foldAccents, normalise } from '../../../src/engine/normalise';
import { packSchema } from '../../../src/engine/rule-schema';
import { LEVELS, type Level, type ScanResult } from '../../../src/engine/types';

interface AdCase {
  name: string;
  /** Optional job title, scanned as its own field (title-only rules such as context.generic-title). */
  title?: string;
  text: string;
  minLevel?: Level;
  maxLevel?: Level;
  rules?: string[];
  notRules?: string[];
  reassure?: string[];
}

interface MoneyCase {
  text: string;
  amount: number;
  currency: string;
  period?: string;
}

export interface LanguageCases {
  lang: string;
  money: MoneyCase[];
  risky: AdCase[];
  legit: AdCase[];
}

const ROOT = join(import.meta.dirname, '..', '..', '..');

export function loadCases(lang: string): LanguageCases {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, 'cases', `${lang}.json`), 'utf8'),
  ) as LanguageCases;
}

function rank(level: Level): number {
  return LEVELS.indexOf(level);
}

function describeResult(r: ScanResult): string {
  const flags = r.flags.map((f) => `${f.rule} «${f.evidence}»`).join(', ') || 'no flags';
  const calm = r.reassurances.map((x) => `${x.rule} «${x.evidence}»`).join(', ');
  return `level ${r.level} (${Math.round(r.score)}), lang ${r.language.detected} [${r.language.packs.join('+')}]: ${flags}${calm ? `; reassured: ${calm}` : ''}`;
}

/** Registers the tests of one language. */
export function runLanguageCases(lang: string): void {
  const cases = loadCases(lang);
  const engine = engineFromDisk();

  it('has a pack that loads and is used for its own ads', () => {
    expect(engine.languages).toContain(lang);
    const r = engine.scan({ text: cases.risky[0]!.text });
    expect(r.language.detected).toBe(lang);
    expect(r.language.packs).toContain(lang);
  });

  const check = (c: AdCase) => {
    const r = engine.scan(c.title ? { title: c.title, text: c.text } : { text: c.text });
    const detail = describeResult(r);
    expect(r.language.packs, detail).toContain(lang);
    if (c.minLevel) expect(rank(r.level), detail).toBeGreaterThanOrEqual(rank(c.minLevel));
    if (c.maxLevel) expect(rank(r.level), detail).toBeLessThanOrEqual(rank(c.maxLevel));
    const fired = new Set(r.flags.map((f) => f.rule));
    for (const rule of c.rules ?? []) expect(fired.has(rule), `${rule} should fire; ${detail}`).toBe(true);
    for (const rule of c.notRules ?? [])
      expect(fired.has(rule), `${rule} should not fire; ${detail}`).toBe(false);
    const calmed = new Set(r.reassurances.map((x) => x.rule));
    for (const rule of c.reassure ?? [])
      expect(calmed.has(rule), `${rule} should reassure; ${detail}`).toBe(true);
    // Explanations of flags raised by this pack come in the language of the ad.
    for (const f of r.flags.filter((x) => x.lang === lang && x.rule !== 'employer.unverifiable'))
      expect(f.explanation.title.length, `${f.rule} explanation`).toBeGreaterThan(1);
  };

  it.each(cases.risky)('risky: $name', check);
  it.each(cases.legit)('legitimate: $name', check);

  const raw = JSON.parse(readFileSync(join(ROOT, 'rules', 'packs', `${lang}.json`), 'utf8'));
  const pack = packSchema.parse(raw);
  it.each(cases.money)('reads pay in local format: $text', (m) => {
    const norm = normalise(m.text).text;
    const text = pack.foldAccents ? foldAccents(norm) : norm;
    const found = findMoney(text, pack.money, { bareNumbers: false });
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    const best = found.reduce((a, b) => (b.amount > a.amount ? b : a));
    expect(best.amount).toBeCloseTo(m.amount, 2);
    expect(best.currency).toBe(m.currency);
    if (m.period) expect(best.period).toBe(m.period);
  });

  it('has an explanation in its own language for every structural rule it defines', () => {
    const missing = Object.entries(pack.rules)
      .filter(([id, rule]) => !id.startsWith('context.') && !rule.explanation)
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });
}
