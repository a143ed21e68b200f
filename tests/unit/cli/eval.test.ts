// The eval CLI on a small labelled file written here: precision/recall/FPR per level, ROC AUC, and a per-language
// table in which a language without a rule pack is reported as unsupported, never as safe.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adRowSchema, rowToAd } from '../../../src/cli/ad-input';
import { evaluateFile, main } from '../../../src/cli/eval';
import { atLevel, rocAuc } from '../../../src/cli/metrics';
import { engineFromDisk } from '../../../src/engine/node-rules';

const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = [
  {
    id: 'f1',
    label: 'fraud',
    lang: 'en',
    text: 'Hotel cleaners for Dubai. Free flight and visa. We keep your passport. Registration fee of $200.',
  },
  {
    id: 'f2',
    label: 'fraud',
    lang: 'en',
    text: 'Customer service job in Sihanoukville, Cambodia. Free flight, no visa needed. Contact on Telegram.',
  },
  {
    id: 'f3',
    label: '1',
    lang: 'en',
    title: 'Cleaner',
    company: '',
    description: 'Cleaners needed, earn $8,000 per week, no experience needed.',
  },
  {
    id: 'l1',
    label: 'legit',
    lang: 'en',
    title: 'Warehouse picker',
    company: 'Northline Logistics Ltd',
    description: 'Pick and pack orders. We never charge fees.',
  },
  {
    id: 'l2',
    label: 'legitimate',
    lang: 'en',
    title: 'Accountant',
    company: 'Harper & Lowe LLP',
    description: 'Qualified accountant for our audit team, written contract.',
  },
  {
    id: 's1',
    label: 'fraud',
    lang: 'sw',
    text: 'Kazi nje ya nchi. Tiketi ya ndege bure. Tutashika pasipoti yako. Lipa ada ya usajili.',
  },
  {
    id: 's2',
    label: 'legit',
    lang: 'sw',
    text: 'Tunatafuta wafanyakazi wa kiwanda huko Nairobi. Mshahara mzuri na mkataba wa kudumu.',
  },
];
const file = join(dir, 'labelled.jsonl');
writeFileSync(file, `${ROWS.map((r) => JSON.stringify(r)).join('\n')}\n`);

/** The same numbers, computed independently of evaluateFile from the engine and the metrics module. */
function expected() {
  const engine = engineFromDisk();
  return ROWS.map((raw) => {
    const r = engine.scan(rowToAd(adRowSchema.parse(raw), raw.id));
    return {
      fraud: raw.label === 'fraud' || raw.label === '1',
      score: r.score,
      level: r.level,
      lang: raw.lang,
    };
  });
}

describe('evaluateFile', () => {
  const report = evaluateFile(file);
  const scored = expected();

  it('counts ads and frauds, and computes AUC and per-level metrics from the engine scores', () => {
    expect(report.n).toBe(7);
    expect(report.frauds).toBe(4);
    expect(report.auc).toBeCloseTo(rocAuc(scored), 10);
    expect(report.levels.map((l) => l.level)).toEqual(['low', 'medium', 'high']);
    for (const l of report.levels) expect(l).toEqual(atLevel(scored, l.level));
  });

  it('reports each language, the one without a pack as unsupported', () => {
    const byLang = new Map(report.byLanguage.map((l) => [l.lang, l]));
    expect([...byLang.keys()].sort()).toEqual(['en', 'sw']);
    expect(byLang.get('en')).toMatchObject({ n: 5, supported: true });
    expect(byLang.get('sw')).toMatchObject({ n: 2, supported: false });
    expect(byLang.get('en')!.auc).toBeCloseTo(rocAuc(scored.filter((s) => s.lang === 'en')), 10);
  });
});

describe('eval main()', () => {
  function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(
      argv,
      (s) => out.push(s),
      (s) => err.push(s),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints precision, recall and FPR per level, AUC and the per-language table', () => {
    const { code, out, err } = run([file]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/7 ads \(4 fraud, 3 legitimate\)/);
    expect(out).toMatch(/ROC AUC: \d\.\d{3}/);
    expect(out).toMatch(/level\s+flagged\s+precision\s+recall\s+FPR/);
    for (const level of ['low', 'medium', 'high']) expect(out).toMatch(new RegExp(`>=${level}\\s+\\d+`));
    const swLine = out.split('\n').find((l) => l.startsWith('sw'));
    expect(swLine).toMatch(/no rule pack: not a safe verdict/);
    const enLine = out.split('\n').find((l) => l.startsWith('en '));
    expect(enLine).toBeDefined();
    expect(enLine).not.toMatch(/no rule pack/);
  });

  it('a missing file given on the command line: exit 2 with a clear message', () => {
    const { code, out, err } = run([join(dir, 'missing.jsonl')]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/file not found: .*missing\.jsonl/);
  });

  it('a row without a valid label: exit 2 naming the line', () => {
    const bad = join(dir, 'bad-label.jsonl');
    writeFileSync(
      bad,
      `${JSON.stringify(ROWS[0])}\n${JSON.stringify({ id: 'x', label: 'maybe', text: 'hello there' })}\n`,
    );
    const { code, out, err } = run([bad]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/bad-label\.jsonl:2: "label" must be "fraud" or "legit"/);
  });

  it('accepts numeric labels 1/0 (documented in eval.ts)', () => {
    // eval.ts isFraud() accepts 1/0 and true/false, but adRowSchema (ad-input.ts) declares label as a string, so a
    // row with "label": 1 fails with "expected string, received number".
    const numeric = join(dir, 'numeric.jsonl');
    writeFileSync(
      numeric,
      `${JSON.stringify({ label: 1, text: 'Free flight, we keep your passport.' })}\n${JSON.stringify({ label: 0, text: 'Warehouse work in Leeds.' })}\n`,
    );
    expect(run([numeric]).code).toBe(0);
  });

  it('invalid JSON: exit 2 naming the line', () => {
    const bad = join(dir, 'bad-json.jsonl');
    writeFileSync(bad, `${JSON.stringify(ROWS[0])}\n{oops\n`);
    const { code, err } = run([bad]);
    expect(code).toBe(2);
    expect(err).toMatch(/bad-json\.jsonl:2: not valid JSON/);
  });
});
