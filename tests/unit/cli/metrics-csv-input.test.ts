// Small CLI building blocks: metrics (checked against hand-computed values), the CSV parser and the row mapping.
import { describe, expect, it } from 'vitest';
import { adRowSchema, rowToAd } from '../../../src/cli/ad-input';
import { atLevel, rocAuc, type Scored } from '../../../src/cli/metrics';
import { csvCell, parseCsv } from '../../../src/shared/csv';

const s = (fraud: boolean, score: number, level: Scored['level']): Scored => ({ fraud, score, level });

describe('metrics', () => {
  it('rocAuc: 1 for perfect separation, 0 when reversed, 0.5 for all ties, NaN without both classes', () => {
    expect(
      rocAuc([s(true, 90, 'high'), s(true, 50, 'medium'), s(false, 10, 'none'), s(false, 0, 'none')]),
    ).toBe(1);
    expect(rocAuc([s(false, 90, 'high'), s(true, 10, 'none')])).toBe(0);
    expect(rocAuc([s(true, 20, 'low'), s(false, 20, 'low'), s(true, 20, 'low')])).toBe(0.5);
    expect(rocAuc([s(true, 20, 'low')])).toBeNaN();
  });

  it('rocAuc equals the share of fraud/legit pairs ranked correctly (ties half)', () => {
    const rows = [
      s(true, 80, 'high'),
      s(true, 30, 'low'),
      s(true, 10, 'none'),
      s(false, 30, 'low'),
      s(false, 5, 'none'),
      s(false, 50, 'medium'),
    ];
    let wins = 0;
    let pairs = 0;
    for (const p of rows.filter((r) => r.fraud))
      for (const n of rows.filter((r) => !r.fraud)) {
        pairs++;
        wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
      }
    expect(rocAuc(rows)).toBeCloseTo(wins / pairs, 12);
  });

  it('atLevel counts an ad as flagged at its level and every level below', () => {
    const rows = [
      s(true, 80, 'high'),
      s(true, 45, 'medium'),
      s(true, 0, 'none'),
      s(false, 20, 'low'),
      s(false, 75, 'high'),
    ];
    expect(atLevel(rows, 'low')).toEqual({
      level: 'low',
      flagged: 4,
      precision: 2 / 4,
      recall: 2 / 3,
      fpr: 2 / 2,
    });
    expect(atLevel(rows, 'medium')).toEqual({
      level: 'medium',
      flagged: 3,
      precision: 2 / 3,
      recall: 2 / 3,
      fpr: 1 / 2,
    });
    expect(atLevel(rows, 'high')).toEqual({
      level: 'high',
      flagged: 2,
      precision: 1 / 2,
      recall: 1 / 3,
      fpr: 1 / 2,
    });
    expect(atLevel([], 'high')).toEqual({ level: 'high', flagged: 0, precision: 0, recall: 0, fpr: 0 });
  });
});

describe('csv', () => {
  it('parses quoted fields, doubled quotes, CRLF and newlines inside quotes', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
    expect(parseCsv('a,,c')).toEqual([['a', '', 'c']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a,"b')).toThrow(/unclosed quote/);
  });

  it('csvCell quotes only when needed, and round-trips', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(42)).toBe('42');
    const tricky = 'a, "b"\nc';
    expect(parseCsv(`${csvCell(tricky)},x`)).toEqual([[tricky, 'x']]);
  });
});

describe('ad rows', () => {
  it('maps EMSCAD rows as docs/scoring.md says', () => {
    const row = adRowSchema.parse({
      id: 12,
      title: 'Data entry',
      company_profile: '',
      location: 'US, NY',
      salary_range: '40000-60000',
      description: 'Type forms.',
      requirements: 'A laptop.',
      benefits: '',
      label: 'fraud',
    });
    expect(rowToAd(row, 'fallback')).toEqual({
      id: '12',
      title: 'Data entry',
      company: '',
      location: 'US, NY',
      salary: '40000-60000',
      description: 'Type forms.\n\nA laptop.',
    });
  });

  it('an absent company profile stays absent; text rows stay text', () => {
    const ad = rowToAd(adRowSchema.parse({ title: 'Cook', description: 'Kitchen work.' }), 'f');
    expect('company' in ad).toBe(false);
    expect(rowToAd(adRowSchema.parse({ text: 'hello', lang: 'es' }), 'f')).toEqual({
      id: 'f',
      text: 'hello',
      lang: 'es',
    });
  });

  it('rejects rows without any text', () => {
    expect(adRowSchema.safeParse({ id: 'x' }).success).toBe(false);
    expect(adRowSchema.safeParse({ title: '   ', description: '' }).success).toBe(false);
  });
});
