// Engine behaviour across languages: pay without a currency word, periods in scripts without spaces, number
// separators, accent-folded money words, negation that stops at conjunctions, ё folding and offsets after
// characters outside the Basic Multilingual Plane. Packs are the repository's; where a test needs pack data that
// the fix makes possible (pay words, stop words), it adds that data to a copy of the pack, so the engine is tested
// on its own.
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine, type ScanResult } from '../../../src/engine';
import { loadRuleSet } from '../../../src/engine/load';
import { findMoney, readNumber } from '../../../src/engine/money';
import { engineFromDisk, readRuleFiles } from '../../../src/engine/node-rules';
import { foldAccents, normalise } from '../../../src/engine/normalise';
import type { MoneyFormat } from '../../../src/engine/rule-schema';
import { expectValidResult } from './helpers';

const engine = engineFromDisk();

type RawPack = Record<string, unknown> & {
  lang: string;
  money: Record<string, unknown>;
  negation: Record<string, unknown>;
};

/** An engine whose pack for `lang` is the repository's pack changed by `edit` (other packs unchanged). */
function engineWith(lang: string, edit: (pack: RawPack) => void): Engine {
  const { input } = readRuleFiles();
  const packs = input.packs.map((p) => {
    const data = structuredClone(p.data) as RawPack;
    if (data.lang === lang) edit(data);
    return { ...p, data };
  });
  const { ruleSet, errors } = loadRuleSet({ ...input, packs });
  expect(errors.filter((e) => e.fatal)).toEqual([]);
  if (!ruleSet) throw new Error('no rule set');
  return createEngine(ruleSet);
}

/** Built on first use, so a pack that fails to load fails the tests that use it, not the whole file. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

function moneyIn(e: Engine, lang: string, raw: string) {
  const pack = e.ruleSet.packs.get(lang);
  if (!pack) throw new Error(`no pack for ${lang}`);
  const text = pack.foldAccents ? foldAccents(normalise(raw).text) : normalise(raw).text;
  return findMoney(text, pack.money, { bareNumbers: false }).map((m) => ({
    ...m,
    span: text.slice(m.start, m.end),
  }));
}

function rulesOf(result: ScanResult): string[] {
  return result.flags.map((f) => f.rule);
}

function scanChecked(e: Engine, ad: Parameters<Engine['scan']>[0]): ScanResult {
  const result = e.scan(ad);
  expectValidResult(ad, result);
  return result;
}

describe('pay without a currency word', () => {
  it('reads an amount with a multiplier and a period in the pack default currency (vi)', () => {
    const [m, ...rest] = moneyIn(engine, 'vi', 'Tuyển phục vụ quán, lương 15 triệu/tháng, bao ăn ở');
    expect(rest).toEqual([]);
    expect(m?.amount).toBe(15_000_000);
    expect(m?.period).toBe('month');
    expect(m?.currency).toBeNull();
  });

  it('flags implausible pay written that way', () => {
    const ad = {
      lang: 'vi',
      text: 'Tuyển nhân viên phục vụ quán, lương 150 triệu/tháng, không cần kinh nghiệm, bao ăn ở.',
    };
    const pay = scanChecked(engine, ad).flags.find((f) => f.rule === 'pay.implausible');
    expect(pay?.evidence).toContain('150 triệu/tháng');
  });

  it('does not read durations or bare numbers as pay', () => {
    expect(moneyIn(engine, 'vi', 'Thử việc 2 tháng, làm việc 8 giờ mỗi ngày')).toEqual([]);
    expect(moneyIn(engine, 'zh', '工作3个月，每天8小时')).toEqual([]);
    // A multiplier and a period two words later is not enough: "89m this year" is revenue, not pay.
    expect(moneyIn(engine, 'en', 'We raised 89m this year')).toEqual([]);
  });

  const zhWithPayWords = lazy(() =>
    engineWith('zh', (pack) => {
      pack.money.payWords = { month: ['月薪'], day: ['日薪'], any: ['工资', '薪资'] };
    }),
  );

  it('reads a pay word before the amount, with the period the word states (zh)', () => {
    const [m] = moneyIn(zhWithPayWords(), 'zh', '招聘服务员，月薪2万，包吃住');
    expect(m?.amount).toBe(20_000);
    expect(m?.period).toBe('month');
    expect(m?.span).toBe('月薪2万');
    const [d] = moneyIn(zhWithPayWords(), 'zh', '日薪800，日结');
    expect(d?.amount).toBe(800);
    expect(d?.period).toBe('day');
  });

  it('lets a period after the amount win over a pay word without a period', () => {
    const [m] = moneyIn(zhWithPayWords(), 'zh', '工资：500元/天');
    expect(m?.period).toBe('day');
    expect(m?.span).toBe('工资:500元/天'); // NFKC turns the full-width colon into ":"
  });

  it('flags implausible pay introduced by a pay word, in the original text offsets', () => {
    const ad = { lang: 'zh', title: '招聘服务员', description: '月薪20万，包吃住，无需经验' };
    const pay = scanChecked(zhWithPayWords(), ad).flags.find((f) => f.rule === 'pay.implausible');
    expect(pay?.evidence).toBe('月薪20万');
  });

  it('sets the period from a pay word even when the amount has a currency (th)', () => {
    const th = engineWith('th', (pack) => {
      pack.money.payWords = { month: ['เงินเดือน'] };
    });
    const [m] = moneyIn(th, 'th', 'เงินเดือน 300,000 บาท');
    expect(m?.period).toBe('month');
    expect(m?.currency).toBe('THB');
  });
});

describe('periods in scripts without spaces', () => {
  const th = lazy(() =>
    engineWith('th', (pack) => {
      const periods = pack.money.periods as Record<string, string[]>;
      periods.day = [...(periods.day ?? []), 'วัน'];
      periods.year = [...(periods.year ?? []), 'ปี'];
    }),
  );

  it('does not find a period word inside the next run ("has days off")', () => {
    const [m] = moneyIn(th(), 'th', '12,000 บาท มีวันหยุด');
    expect(m?.amount).toBe(12_000);
    expect(m?.period).toBeNull();
  });

  it('reads a period word at the start of the next run or after a slash', () => {
    expect(moneyIn(th(), 'th', 'ค่าจ้าง 500 บาท/วัน')[0]?.period).toBe('day');
    expect(moneyIn(th(), 'th', 'ค่าจ้าง 500 บาท วัน')[0]?.period).toBe('day');
    expect(moneyIn(engine, 'zh', '3万元/月')[0]?.period).toBe('month');
  });
});

describe('number separators', () => {
  const format = (decimal: '.' | ',', group: string[]): MoneyFormat => ({
    decimal,
    group,
    currencies: {},
    multipliers: {},
    periods: { hour: [], day: [], week: [], month: [], year: [] },
  });
  const comma = format(',', ['.', ' ']);
  const dot = format('.', [',', ' ']);

  it.each([
    ['2,500', comma, 2500],
    ['7,5', comma, 7.5],
    ['1.500,00', comma, 1500],
    ['15,000', comma, 15000],
    ['1,500.50', comma, 1500.5],
    ['30 000', comma, 30000],
    ['15,000', dot, 15000],
    ['1.500', dot, 1500],
    ['2.5', dot, 2.5],
    ['1,500.50', dot, 1500.5],
  ] as const)('%s → %d', (raw, f, value) => {
    expect(readNumber(raw, f)).toEqual({ value, length: raw.length });
  });

  it('stops before a separator that is neither a group nor the decimal mark', () => {
    expect(readNumber('1,5000', comma)).toEqual({ value: 1, length: 1 });
    expect(readNumber('12.05.2024', dot)).toEqual({ value: 12, length: 2 });
  });

  it('reads both "RM2,500" and "7,5 juta" in one pack (id)', () => {
    expect(moneyIn(engine, 'id', 'Gaji RM2,500 sebulan')[0]).toMatchObject({ amount: 2500, currency: 'MYR' });
    expect(moneyIn(engine, 'id', 'Gaji 7,5 juta per bulan')[0]).toMatchObject({
      amount: 7_500_000,
      period: 'month',
    });
  });

  it('reads both "US$15,000" and "1.500,00 €" in one pack (es)', () => {
    expect(moneyIn(engine, 'es', 'Sueldo US$15,000 al mes')[0]).toMatchObject({
      amount: 15000,
      currency: 'USD',
    });
    expect(moneyIn(engine, 'es', 'Sueldo 1.500,00 € al mes')[0]).toMatchObject({
      amount: 1500,
      currency: 'EUR',
    });
  });
});

describe('accents in money words', () => {
  it('folds pack money words when the pack folds accents ("al día" matches folded text)', () => {
    const es = engineWith('es', (pack) => {
      const periods = pack.money.periods as Record<string, string[]>;
      periods.day = ['al día'];
      pack.money.currencies = {
        ...(pack.money.currencies as Record<string, string>),
        'pesos mexicanos': 'MXN',
      };
    });
    const [m] = moneyIn(es, 'es', 'Ganas 500 euros al día');
    expect(m?.period).toBe('day');
    expect(m?.currency).toBe('EUR');
  });
});

describe('negation stops at conjunctions', () => {
  const withStops = (lang: string, stopAt: string[]) =>
    engineWith(lang, (pack) => {
      pack.negation.stopAt = stopAt;
    });

  it.each([
    ['tl', ['at', 'pero', 'and'], 'Trabaho sa Dubai. Walang sweldo at bawal lumabas ng bahay.'],
    ['id', ['dan', 'serta', 'tetapi'], 'Kerja di Malaysia, tanpa libur dan dilarang keluar asrama.'],
    ['es', ['y', 'e', 'pero'], 'Trabajo en España. Sin contrato y prohibido salir de la casa.'],
    ['en', ['and', 'but'], 'Work in Dubai, no fee and we keep your passport.'],
  ] as const)('%s: %s', (lang, stops, text) => {
    const before = engine.scan({ lang, text });
    const after = scanChecked(withStops(lang, [...stops]), { lang, text });
    const rule = before.reassurances[0]?.rule ?? after.flags[0]?.rule;
    expect(rule).toBeDefined();
    expect(rulesOf(after)).toContain(rule);
    expect(after.reassurances.map((r) => r.rule)).not.toContain(rule);
  });

  it('never turns a prohibition ("not allowed to leave", "tidak boleh keluar") into a reassurance', () => {
    for (const [lang, text] of [
      ['en', 'Work in Dubai. No phone and not allowed to leave the house.'],
      ['id', 'Kerja di Malaysia, tanpa libur dan tidak boleh keluar asrama.'],
    ] as const) {
      const result = scanChecked(engine, { lang, text });
      expect(rulesOf(result), text).toContain('movement.restricted');
      expect(
        result.reassurances.map((r) => r.rule),
        text,
      ).not.toContain('movement.restricted');
    }
  });

  it('still reads a plain negated mention as a reassurance', () => {
    const result = scanChecked(withStops('en', ['and']), {
      lang: 'en',
      text: 'Hotel job. We never hold your passport and we pay every month.',
    });
    expect(result.reassurances.map((r) => r.rule)).toContain('documents.retained');
    expect(rulesOf(result)).not.toContain('documents.retained');
  });
});

describe('ё folding', () => {
  it('folds ё to е with offsets kept', () => {
    const raw = 'Ещё ЁЛКА';
    const norm = normalise(raw);
    expect(norm.text).toBe('еще елка');
    expect(norm.map.length).toBe(norm.text.length + 1);
    expect(Array.from(norm.map)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('matches a pack phrase or pattern written with ё in text written with е, and the reverse', () => {
    const ru = engineWith('ru', (pack) => {
      const rules = pack.rules as Record<string, { phrases?: string[]; patterns?: string[] }>;
      const rule = rules['documents.retained'];
      if (!rule) throw new Error('ru pack has no documents.retained');
      rule.phrases = [...(rule.phrases ?? []), 'паспорт остаётся у хозяина'];
      rule.patterns = [...(rule.patterns ?? []), 'документы\\s+заберём'];
    });
    for (const text of [
      'Работа в Москве. Паспорт остается у хозяина.',
      'Работа в Москве. Паспорт остаётся у хозяина.',
      'Работа в Москве. Документы заберем на время.',
      'Работа в Москве. Документы заберём на время.',
    ]) {
      const flag = scanChecked(ru, { lang: 'ru', text }).flags.find((f) => f.rule === 'documents.retained');
      expect(flag, text).toBeDefined();
      expect(text.slice(flag!.start, flag!.end)).toBe(flag!.evidence);
    }
  });
});

describe('offsets after characters outside the Basic Multilingual Plane', () => {
  const body = 'Jobs in Dubai. We will hold your passport during the contract.';
  /** Evidence per rule of the plain text: a prefix must not change any of it. */
  const plain = () => engine.scan({ lang: 'en', text: body }).flags.map((f) => [f.rule, f.evidence]);

  it.each([
    ['mathematical letter', '𝐀 '],
    ['rare Han character', '𠀀 '],
    ['both, several times', '𝐀𠀀𝐀 𠀀𠀀 '],
  ])('%s', (_, prefix) => {
    const text = prefix + body;
    const result = scanChecked(engine, { lang: 'en', text });
    expect(plain().length).toBeGreaterThan(0);
    expect(result.flags.map((f) => [f.rule, f.evidence])).toEqual(plain());
    for (const f of result.flags) expect(f.start).toBe(prefix.length + body.indexOf(f.evidence));
  });

  it('keeps one map entry per UTF-16 unit', () => {
    const raw = 'a𠀀b 𝐀c';
    const norm = normalise(raw);
    expect(norm.text).toBe('a𠀀b ac');
    expect(Array.from(norm.map)).toEqual([0, 1, 1, 3, 4, 5, 7, 8]);
  });

  it('keeps offsets when spaced-out letters follow a rare Han character', () => {
    const text = '𠀀 Jobs in Dubai. We will hold your p a s s p o r t during the contract.';
    const flag = scanChecked(engine, { lang: 'en', text }).flags.find((f) => f.rule === 'documents.retained');
    expect(flag?.evidence).toBe('We will hold your p a s s p o r t');
  });
});

describe('rules limited to some fields', () => {
  const titleOnly = lazy(() =>
    engineWith('en', (pack) => {
      const rules = pack.rules as Record<string, { fields?: string[] }>;
      const rule = rules['documents.retained'];
      if (!rule) throw new Error('en pack has no documents.retained');
      rule.fields = ['title'];
    }),
  );

  it('matches phrases and patterns only in the listed fields', () => {
    const sentence = 'We will hold your passport during the contract';
    const inDescription = { title: 'Hotel cleaner in Dubai', description: sentence };
    const inTitle = { title: sentence, description: 'Hotel cleaner in Dubai.' };
    expect(rulesOf(engine.scan(inDescription))).toContain('documents.retained');
    expect(rulesOf(scanChecked(titleOnly(), inDescription))).not.toContain('documents.retained');
    expect(rulesOf(scanChecked(titleOnly(), inTitle))).toContain('documents.retained');
  });
});

describe('with the repository packs (pay words, stop words, Thai periods)', () => {
  it('reads pay words in Chinese, Thai and Vietnamese ads', () => {
    const zh = scanChecked(engine, {
      lang: 'zh',
      title: '招聘服务员',
      description: '月薪20万，包吃住，无需经验',
    });
    expect(zh.flags.find((f) => f.rule === 'pay.implausible')?.evidence).toBe('月薪20万');
    const [th] = moneyIn(engine, 'th', 'รับสมัครพนักงานเสิร์ฟ เงินเดือน 300,000 บาท');
    expect(th).toMatchObject({ amount: 300_000, period: 'month' });
    const [vi] = moneyIn(engine, 'vi', 'Tuyển phục vụ, lương tháng 15 triệu');
    expect(vi).toMatchObject({ amount: 15_000_000, period: 'month' });
  });

  it('keeps Thai day and year words to the start of the next run', () => {
    expect(moneyIn(engine, 'th', 'เงินเดือน 12,000 บาท มีวันหยุด')[0]?.period).toBe('month');
    expect(moneyIn(engine, 'th', 'ค่าจ้าง 12,000 บาท มีวันหยุด')[0]?.period).toBeNull();
    expect(moneyIn(engine, 'th', 'ค่าจ้าง 500 บาท/วัน')[0]?.period).toBe('day');
    expect(moneyIn(engine, 'th', 'ค่าจ้าง 500 บาท วัน')[0]?.period).toBe('day');
  });

  it.each([
    ['tl', 'movement.restricted', 'Trabaho sa Dubai. Walang sweldo at bawal lumabas ng bahay.'],
    ['es', 'movement.restricted', 'Trabajo en España. Sin contrato y prohibido salir de la casa.'],
    ['en', 'documents.retained', 'Work in Dubai, no fee and we keep your passport.'],
    // No conjunction, but the hit is itself a prohibition ("bawal", "dilarang" are negation cues of the packs).
    ['tl', 'movement.restricted', 'Trabaho sa Dubai. Walang pahinga bawal lumabas ng bahay.'],
    ['id', 'movement.restricted', 'Kerja di Malaysia, tanpa libur dilarang keluar asrama.'],
  ] as const)(
    'a negation does not reach a prohibition or the next clause (%s %s: %s)',
    (lang, rule, text) => {
      const result = scanChecked(engine, { lang, text });
      expect(rulesOf(result)).toContain(rule);
      expect(result.reassurances.map((r) => r.rule)).not.toContain(rule);
    },
  );
});
