// Judges whether a stated pay is implausible for the kind of job: converts the amount to a monthly figure in the
// reference currency (approximate fixed rates from rules/pay.json) and compares it with the ceiling for the job
// kinds named in the title (or the start of the text). Skilled jobs are never judged below a very high ceiling,
// so well-paid engineers and doctors do not flag. An amount without a period is judged as if it were yearly.
import type { MoneyMention } from './money';
import type { PayConfig } from './pay-schema';

export interface PayJudgement {
  mention: MoneyMention;
  monthly: number;
  ceiling: number;
  kinds: string[];
  /** Short plain-language detail for the flag. */
  detail: string;
}

function round(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Monthly amount in the reference currency, or null when the currency has no known rate. */
export function monthlyReference(
  m: MoneyMention,
  config: PayConfig,
  defaultCurrency?: string,
): number | null {
  const currency = m.currency ?? defaultCurrency ?? null;
  if (!currency) return null;
  const rate = config.rates[currency];
  if (!rate) return null;
  const value = m.amount * rate;
  switch (m.period) {
    case 'hour':
      return value * config.perMonth.hour;
    case 'day':
      return value * config.perMonth.day;
    case 'week':
      return value * config.perMonth.week;
    case 'month':
      return value;
    case 'year':
      return value / 12;
    default:
      return value >= config.yearlyIfNoPeriodAbove ? value / 12 : value;
  }
}

export function judgePay(
  mentions: MoneyMention[],
  kinds: string[],
  config: PayConfig,
  defaultCurrency?: string,
): PayJudgement | null {
  const skilled = kinds.some((k) => config.skilledKinds.includes(k));
  const known = kinds.filter((k) => config.monthlyCeiling[k] !== undefined);
  const ceiling = skilled
    ? config.skilledCeiling
    : known.length > 0
      ? Math.max(...known.map((k) => config.monthlyCeiling[k] ?? 0))
      : config.unknownKindCeiling;
  const perDay = !skilled && kinds.some((k) => config.perDayKinds.includes(k));
  let best: PayJudgement | null = null;
  for (const m of mentions) {
    const monthly = monthlyReference(m, config, defaultCurrency);
    if (monthly === null || monthly <= 0 || monthly > 10_000_000) continue;
    // An amount given without a period is read the most charitable way: it only counts as implausible when it
    // would still be too high read as a yearly figure ("10000-14000" for a sales assistant is a yearly salary).
    const charitable =
      m.period === null
        ? Math.min(monthly, monthlyReference({ ...m, period: 'year' }, config, defaultCurrency) ?? monthly)
        : monthly;
    let implausible = charitable > ceiling;
    // The detail is only written for an implausible amount (number formatting is slow on the hot path).
    let detail = (): string =>
      `about ${round(charitable)} ${config.referenceCurrency} a month; the ceiling used for ${
        skilled ? 'skilled jobs' : known.length > 0 ? `${known.join('/')} jobs` : 'jobs of an unknown kind'
      } is ${round(ceiling)} (approximate exchange rates, ${config.ratesDate})`;
    if (!implausible && perDay && (m.period === 'day' || m.period === 'hour')) {
      const daily = m.period === 'day' ? monthly / config.perMonth.day : (monthly / config.perMonth.hour) * 8;
      if (daily > config.perDayCeiling) {
        implausible = true;
        detail = () =>
          `about ${round(daily)} ${config.referenceCurrency} a day for a chat or typing job; the ceiling used is ${round(config.perDayCeiling)}`;
      }
    }
    if (implausible && (!best || charitable > best.monthly))
      best = { mention: m, monthly: charitable, ceiling, kinds: known, detail: detail() };
  }
  return best;
}
