// Evidence offsets: for every flag and reassurance, the original field text sliced at [start, end) is the evidence,
// whatever the normaliser had to undo first (look-alikes, spacing, zero-width characters, ligatures, emoji, case,
// accents, scripts without spaces).
import { describe, expect, it } from 'vitest';
import type { AdInput } from '../../../src/engine';
import { engineFromDisk } from '../../../src/engine/node-rules';
import { expectValidResult } from './helpers';

const engine = engineFromDisk();

/** Scans, checks every offset, and returns the evidence of the given rule (flags and reassurances). */
function evidenceOf(ad: AdInput, rule: string): string[] {
  const result = engine.scan(ad);
  expectValidResult(ad, result);
  return [...result.flags, ...result.reassurances].filter((x) => x.rule === rule).map((x) => x.evidence);
}

const obfuscated: [string, string, string][] = [
  ['look-alike symbols', 'Jobs in Dubai. We will hold your p@ssp0rt during the contract.', 'p@ssp0rt'],
  [
    'spaced letters',
    'Jobs in Dubai. We will hold your p a s s p o r t during the contract.',
    'p a s s p o r t',
  ],
  [
    'dotted letters',
    'Jobs in Dubai. We will hold your p.a.s.s.p.o.r.t during the contract.',
    'p.a.s.s.p.o.r.t',
  ],
  [
    'zero-width characters',
    'Jobs in Dubai. We will hold your pass\u200bpo\u200drt during the contract.',
    'pass\u200bpo\u200drt',
  ],
  ['soft hyphen', 'Jobs in Dubai. We will hold your pass\u00adport during the contract.', 'pass\u00adport'],
  ['mixed case', 'Jobs in Dubai. WE WILL HOLD YOUR PaSsPoRt during the contract.', 'PaSsPoRt'],
  [
    'full-width letters',
    'Jobs in Dubai. We will hold your ｐａｓｓｐｏｒｔ during the contract.',
    'ｐａｓｓｐｏｒｔ',
  ],
  [
    'emoji before the hit',
    '🌴✈️ Jobs in Dubai 💰💰 We will hold your 🛂 passport during the contract.',
    'passport',
  ],
];

describe('evidence offsets point into the original text', () => {
  for (const [name, text, word] of obfuscated)
    it(`documents.retained with ${name}`, () => {
      const evidence = evidenceOf({ text }, 'documents.retained');
      expect(evidence.length, `no documents.retained hit in: ${text}`).toBeGreaterThan(0);
      expect(evidence.some((e) => e.includes(word))).toBe(true);
    });

  it('NFKC ligature: "ﬁ" inside a fee word', () => {
    const text = 'Work in Qatar. Pay the registration fee and the ﬁrst-aid training fee before you ﬂy.';
    const evidence = evidenceOf({ text }, 'fees.upfront');
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.join(' ')).toContain('fee');
  });

  it('ligature inside the evidence itself ("ﬂight" → flight)', () => {
    const text = 'Hotel cleaners for Doha. Free ﬂight and visa arranged.';
    const evidence = evidenceOf({ text }, 'travel.paid-by-recruiter');
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.includes('ﬂight'))).toBe(true);
  });

  it('astral emoji and surrogate pairs before and inside a clause', () => {
    const text = '😀😀😀 Registration fee 💵 of $200 😀 must be paid first. 👩‍👩‍👧 Jobs in Malaysia.';
    const evidence = evidenceOf({ text }, 'fees.upfront');
    // The emoji inside the span stay in the evidence, as written.
    expect(evidence.some((e) => e.includes('fee 💵 of $200'))).toBe(true);
  });

  it('astral characters before a hit do not shift the evidence (regression: CJK Extension B)', () => {
    const text = '\u{20BB7}\u{20BB7} Jobs in Dubai. Registration fee required. We keep your passport.';
    expect(evidenceOf({ text }, 'fees.upfront')).toContain('Registration fee');
    expect(evidenceOf({ text }, 'documents.retained')).toContain('We keep your passport');
    const spaced = '\u{20BB7} Jobs in Dubai. We will hold your p a s s p o r t during the contract.';
    expect(
      evidenceOf({ text: spaced }, 'documents.retained').some((e) => e.endsWith('p a s s p o r t')),
    ).toBe(true);
  });

  it('reassurance offsets in a structured description', () => {
    const ad: AdInput = {
      title: 'Warehouse operative',
      company: 'Northline Logistics Ltd',
      description: '✅ We NEVER charge fees to candidates. ✅ You keep your passport at all times.',
    };
    expect(evidenceOf(ad, 'fees.upfront')).toContain('We NEVER charge fees');
    expect(evidenceOf(ad, 'documents.retained')).toContain('You keep your passport');
  });

  it('accented text (es, accents folded for matching but kept in evidence)', () => {
    const text =
      'Trabajo en España para camareras. Debes pagar una cuota de inscripción de 300 euros y entregar el pasaporte al llegar.';
    const ad: AdInput = { text, lang: 'es' };
    const fees = evidenceOf(ad, 'fees.upfront');
    expect(fees.some((e) => e.includes('inscripción'))).toBe(true);
    expect(evidenceOf(ad, 'documents.retained').some((e) => e.includes('pasaporte'))).toBe(true);
  });

  it('accented text written without accents still matches, offsets still exact', () => {
    const ad: AdInput = { text: 'Trabajo en el extranjero. Cuota de inscripcion de 300 euros.', lang: 'es' };
    expect(evidenceOf(ad, 'fees.upfront').some((e) => /inscripcion/i.test(e))).toBe(true);
  });

  it('Chinese (segmenter pack): evidence is the original characters', () => {
    const text = '高薪招聘海外客服，需交报名费，护照由公司保管。';
    const ad: AdInput = { text, lang: 'zh' };
    expect(evidenceOf(ad, 'fees.upfront')).toContain('报名费');
    expect(evidenceOf(ad, 'documents.retained')).toContain('护照由公司保管');
  });

  it('Chinese with spaces and zero-width characters inside a phrase', () => {
    const text = '海外工作，报 名\u200b费 500元，公司保管护照。';
    const ad: AdInput = { text, lang: 'zh' };
    const fees = evidenceOf(ad, 'fees.upfront');
    expect(fees).toContain('报 名\u200b费');
  });

  it('Thai (segmenter pack)', () => {
    const text = 'งานต่างประเทศ รายได้ดี ต้องจ่ายค่าสมัคร และบริษัทเก็บพาสปอร์ต';
    const ad: AdInput = { text, lang: 'th' };
    expect(evidenceOf(ad, 'fees.upfront')).toContain('ค่าสมัคร');
    expect(evidenceOf(ad, 'documents.retained').length).toBeGreaterThan(0);
  });

  it('Vietnamese and Russian evidence keeps diacritics and Cyrillic', () => {
    const vi: AdInput = {
      text: 'Việc làm ở Đài Loan, phí môi giới 5 triệu, công ty giữ hộ chiếu.',
      lang: 'vi',
    };
    expect(evidenceOf(vi, 'fees.upfront')).toContain('phí môi giới');
    expect(evidenceOf(vi, 'documents.retained').some((e) => e.includes('giữ hộ chiếu'))).toBe(true);
    const ru: AdInput = { text: 'Работа за границей. Паспорт хранится у работодателя.', lang: 'ru' };
    expect(evidenceOf(ru, 'documents.retained')).toContain('Паспорт хранится у работодателя');
  });

  it('pay evidence in a salary field covers the amount as written', () => {
    const ad: AdInput = { title: 'Cleaner', salary: 'US$ 9,500 per week', description: 'Cleaning offices.' };
    const evidence = evidenceOf(ad, 'pay.implausible');
    expect(evidence.length).toBe(1);
    expect(evidence[0]).toContain('9,500');
  });

  it('every field carries its own offsets (same words in several fields)', () => {
    const ad: AdInput = {
      title: 'Free flight — hotel jobs',
      location: 'Dubai',
      description: 'Free flight. Registration fee required. We keep your passport.',
      contact: 'WhatsApp only: +971 50 000 0000',
    };
    const result = engine.scan(ad);
    expectValidResult(ad, result);
    const fields = new Set(result.flags.map((f) => f.field));
    expect(fields.has('title')).toBe(true);
    expect(fields.has('description')).toBe(true);
  });
});
