// Money parsing (money.ts, with each pack's money format) and pay plausibility (pay.ts, rules/pay.json).
// Expected monthly figures are computed from the loaded pay config, so a rate update does not break the tests.
import { describe, expect, it } from 'vitest';
import { findMoney, type MoneyMention } from '../../../src/engine/money';
import { engineFromDisk } from '../../../src/engine/node-rules';
import { foldAccents, normalise } from '../../../src/engine/normalise';
import { judgePay, monthlyReference } from '../../../src/engine/pay';

const engine = engineFromDisk();
const pay = engine.ruleSet.pay!;

/** Money mentions of `raw` as the engine sees it for a language (normalised, accents folded where the pack says). */
function money(lang: string, raw: string, bareNumbers = false): (MoneyMention & { span: string })[] {
  const pack = engine.ruleSet.packs.get(lang);
  if (!pack) throw new Error(`no pack for ${lang}`);
  const text = pack.foldAccents ? foldAccents(normalise(raw).text) : normalise(raw).text;
  return findMoney(text, pack.money, { bareNumbers }).map((m) => ({
    ...m,
    span: text.slice(m.start, m.end),
  }));
}

function one(lang: string, raw: string, bareNumbers = false): MoneyMention & { span: string } {
  const found = money(lang, raw, bareNumbers);
  expect(found, `${lang}: ${raw}`).toHaveLength(1);
  return found[0]!;
}

describe('findMoney', () => {
  it.each([
    ['es', '1.500,00 €', 1500, 'EUR', null],
    ['en', '€1,500', 1500, 'EUR', null],
    ['en', '$25/hr', 25, 'USD', 'hour'],
    ['en', '500 USD per day', 500, 'USD', 'day'],
    ['en', '₱50,000/month', 50000, 'PHP', 'month'],
    ['ru', '30 000 ₽', 30000, 'RUB', null],
    ['vi', '3 triệu đồng', 3_000_000, 'VND', null],
    ['zh', '3万元', 30000, 'CNY', null],
    ['th', '30,000 บาท', 30000, 'THB', null],
    ['pt', 'R$ 5.000 por mês', 5000, 'BRL', 'month'],
    ['fr', '2 500 € par mois', 2500, 'EUR', 'month'],
    ['th', 'เงินเดือน 30,000 บาท/เดือน', 30000, 'THB', 'month'],
    ['en', '$2.5k per week', 2500, 'USD', 'week'],
  ] as const)('%s: %s', (lang, raw, amount, currency, period) => {
    const m = one(lang, raw);
    expect(m.amount).toBe(amount);
    expect(m.currency).toBe(currency);
    expect(m.period).toBe(period);
  });

  it('covers the whole mention (currency, number, period) in its span', () => {
    expect(one('en', 'earn 500 USD per day now').span).toBe('500 usd per day');
    expect(one('pt', 'ganhe R$ 5.000 por mês').span).toBe('r$ 5.000 por mes');
  });

  it('reads ranges as their top amount, joined with the period after the range', () => {
    for (const raw of ['$3,000-5,000 a month', '$3,000 - $5,000 a month', '$3,000 to $5,000 per month']) {
      const found = money('en', raw, true);
      expect(found, raw).toHaveLength(1);
      expect(found[0]!.amount).toBe(5000);
      expect(found[0]!.period).toBe('month');
    }
  });

  it('outside a salary field, the top of a range takes the currency of its bottom', () => {
    const m = one('en', '$3,000-5,000 a month');
    expect(m.amount).toBe(5000);
    expect(m.period).toBe('month');
  });

  it('applies multipliers (k, million, triệu, 万) and only with a number', () => {
    expect(one('en', '$50k a year').amount).toBe(50000);
    expect(one('en', '50k a year', true).amount).toBe(50000);
    expect(one('vi', '30 triệu đồng/tháng').amount).toBe(30_000_000);
    expect(one('vi', '30 triệu đồng/tháng').period).toBe('month');
  });

  it('needs a currency outside a salary field, and takes bare numbers in one', () => {
    expect(money('en', 'we have 3000 workers')).toHaveLength(0);
    expect(one('en', '40000-60000', true).amount).toBe(60000);
  });

  it('ignores numbers glued to words (h1b, covid19) but reads a glued currency (rm3000)', () => {
    expect(money('en', 'h1b covid19', true)).toHaveLength(0);
    const m = one('en', 'rm3000 per month');
    expect(m.currency).toBe('MYR');
    expect(m.amount).toBe(3000);
  });

  it('reads a single digit right after Chinese characters as a digit (月薪3万元), not a disguised letter', () => {
    const m = one('zh', '月薪3万元');
    expect(m.amount).toBe(30000);
  });

  it('survives huge numbers and repeated currency symbols without throwing', () => {
    expect(() => money('en', `$${'9'.repeat(400)} per month`)).not.toThrow();
    expect(() => money('en', `${'$'.repeat(5000)}1`, true)).not.toThrow();
    expect(() => money('en', '€'.repeat(10000), true)).not.toThrow();
    const huge = money('en', `$${'9'.repeat(30)} per month`);
    for (const m of huge) expect(Number.isFinite(m.amount)).toBe(true);
  });
});

describe('monthlyReference', () => {
  const mention = (
    amount: number,
    currency: string | null,
    period: MoneyMention['period'],
  ): MoneyMention => ({
    start: 0,
    end: 1,
    amount,
    currency,
    period,
  });

  it('converts each period to a monthly figure in the reference currency', () => {
    expect(monthlyReference(mention(25, 'USD', 'hour'), pay)).toBeCloseTo(
      25 * pay.rates.USD! * pay.perMonth.hour,
    );
    expect(monthlyReference(mention(500, 'USD', 'day'), pay)).toBeCloseTo(500 * pay.perMonth.day);
    expect(monthlyReference(mention(800, 'EUR', 'week'), pay)).toBeCloseTo(
      800 * pay.rates.EUR! * pay.perMonth.week,
    );
    expect(monthlyReference(mention(50000, 'PHP', 'month'), pay)).toBeCloseTo(50000 * pay.rates.PHP!);
    expect(monthlyReference(mention(150000, 'USD', 'year'), pay)).toBeCloseTo(150000 / 12);
  });

  it('reads a large amount without a period as yearly, a small one as monthly', () => {
    const big = pay.yearlyIfNoPeriodAbove * 4;
    expect(monthlyReference(mention(big, 'USD', null), pay)).toBeCloseTo(big / 12);
    expect(monthlyReference(mention(3000, 'USD', null), pay)).toBe(3000);
  });

  it('uses the default currency when none is written, and gives up on an unknown currency', () => {
    expect(monthlyReference(mention(1000, null, 'month'), pay)).toBeNull();
    expect(monthlyReference(mention(1000, null, 'month'), pay, 'EUR')).toBeCloseTo(1000 * pay.rates.EUR!);
    expect(monthlyReference(mention(1000, 'XYZ', 'month'), pay)).toBeNull();
  });
});

describe('judgePay: implausible for the kind of job and period', () => {
  const m = (amount: number, currency: string, period: MoneyMention['period']): MoneyMention => ({
    start: 0,
    end: 1,
    amount,
    currency,
    period,
  });

  it('flags pay far above the ceiling of an ordinary job', () => {
    const v = judgePay([m(8000, 'USD', 'week')], ['unskilled'], pay);
    expect(v).not.toBeNull();
    expect(v!.ceiling).toBe(pay.monthlyCeiling.unskilled);
    expect(v!.detail).toContain('unskilled');
    expect(judgePay([m(12000, 'USD', 'month')], ['hospitality'], pay)).not.toBeNull();
  });

  it('accepts ordinary pay for the same jobs', () => {
    expect(judgePay([m(11.5, 'GBP', 'hour')], ['unskilled'], pay)).toBeNull();
    expect(judgePay([m(25000, 'PHP', 'month')], ['clerical'], pay)).toBeNull();
  });

  it('never flags high but plausible skilled pay (engineer $150k/yr, nurse CAD 95,000/yr)', () => {
    expect(judgePay([m(150000, 'USD', 'year')], ['skilled'], pay)).toBeNull();
    expect(judgePay([m(95000, 'CAD', 'year')], ['skilled'], pay)).toBeNull();
    // A skilled title wins over an ordinary word in the same title ("senior warehouse manager").
    expect(judgePay([m(150000, 'USD', 'year')], ['skilled', 'unskilled'], pay)).toBeNull();
  });

  it('uses the lenient unknown-kind ceiling when no kind of job is recognised', () => {
    const below = pay.unknownKindCeiling * 0.8;
    const above = pay.unknownKindCeiling * 1.5;
    expect(judgePay([m(below, 'USD', 'month')], [], pay)).toBeNull();
    expect(judgePay([m(above, 'USD', 'month')], [], pay)).not.toBeNull();
  });

  it('judges chat and typing jobs per day as well as per month', () => {
    const daily = pay.perDayCeiling * 1.2;
    expect(daily * pay.perMonth.day).toBeLessThan(pay.monthlyCeiling.clerical!);
    expect(judgePay([m(daily, 'USD', 'day')], ['chat-typing'], pay)).not.toBeNull();
    expect(judgePay([m(pay.perDayCeiling * 0.5, 'USD', 'day')], ['chat-typing'], pay)).toBeNull();
    // The same daily figure is fine for a kind without a per-day ceiling.
    expect(judgePay([m(daily, 'USD', 'day')], ['clerical'], pay)).toBeNull();
  });

  it('keeps the most implausible mention and ignores absurd amounts (parse noise)', () => {
    const v = judgePay([m(6000, 'USD', 'month'), m(20000, 'USD', 'month')], ['domestic'], pay);
    expect(v!.mention.amount).toBe(20000);
    expect(judgePay([m(1e12, 'USD', 'month')], ['domestic'], pay)).toBeNull();
  });
});

describe('pay.implausible through the engine', () => {
  const fired = (ad: Parameters<typeof engine.scan>[0]) =>
    engine.scan(ad).flags.some((f) => f.rule === 'pay.implausible');

  it('flags per-period pay in the text, not amounts without a period', () => {
    expect(fired({ title: 'Cleaner', description: 'Earn $9,000 per week cleaning offices.' })).toBe(true);
    expect(fired({ title: 'Cleaner', description: 'Our company raised $5 million in funding.' })).toBe(false);
  });

  it.fails('known bug: "last year" after an amount is read as a pay period ("raised $5 million last year")', () => {
    // money.ts periodAfter takes "year" from "last year", so company news reads as a yearly salary of $5 million.
    expect(fired({ title: 'Cleaner', description: 'Our company raised $5 million last year.' })).toBe(false);
  });

  it('reads a bare salary field with the pack default currency', () => {
    expect(
      fired({ title: 'Waitress', salary: '20000-25000 per month', description: 'Restaurant work.' }),
    ).toBe(true);
    expect(fired({ title: 'Waitress', salary: '2000-2500 per month', description: 'Restaurant work.' })).toBe(
      false,
    );
  });

  it('applies language-specific formats (es, pt, vi)', () => {
    expect(
      fired({ title: 'Camarera', description: 'Trabajo de camarera, ganas 15.000 € al mes.', lang: 'es' }),
    ).toBe(true);
    expect(
      fired({ title: 'Camarera', description: 'Trabajo de camarera, 1.500 € al mes.', lang: 'es' }),
    ).toBe(false);
    expect(
      fired({ title: 'Garçom', description: 'Garçom em restaurante, R$ 90.000 por mês.', lang: 'pt' }),
    ).toBe(true);
    expect(fired({ title: 'Phục vụ nhà hàng', description: 'Lương 900 triệu đồng/tháng.', lang: 'vi' })).toBe(
      true,
    );
  });

  it('judges Chinese pay introduced by a pay word (月薪8万元)', () => {
    expect(fired({ title: '服务员', description: '招聘服务员，月薪8万元，包吃住。', lang: 'zh' })).toBe(true);
  });
});
