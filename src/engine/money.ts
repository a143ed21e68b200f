// Finds pay amounts in normalised text using a language pack's money format: "1.500,00 €", "€1,500", "₱50,000",
// "30 000 ₽", "3 triệu đồng", "3万元", "$25/hr", "500 USD per day", "R$ 5.000 por mês", "50k", ranges "3,000-5,000".
import type { MoneyFormat, Period } from './rule-schema';

export interface MoneyMention {
  /** Offsets in the normalised text, covering number(s), currency and period. */
  start: number;
  end: number;
  /** True when a pay word introduces the amount ("salario", "月薪"): it is pay even without a period. */
  payWord?: boolean;
  /** Largest amount of a range, with multipliers applied. */
  amount: number;
  currency: string | null;
  period: Period | null;
}

interface RawAmount {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  /** Accepted without a currency word (pay word, or multiplier and period, with the pack's default currency). */
  accepted: boolean;
  multiplied: boolean;
  payWord: boolean;
  /** Period stated by the pay word before the amount ("月薪"), used when none follows. */
  payPeriod: Period | null;
}

type PayWordPeriod = Period | 'any';

const LETTER = /[\p{L}\p{M}]/u;
/** What may stand between the two ends of a range ("3,000 - 5,000", "3000 to 5000", "3 до 5"). */
const RANGE_JOINER = /^\s?(?:-|–|to|a|à|až|до|đến|~|～|至|ถึง)?\s?$/u;

function sortedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record)
    .map((k) => k.toLowerCase())
    .sort((a, b) => b.length - a.length);
}

interface FormatKeys {
  currencies: string[];
  multipliers: string[];
  periods: [string, Period][];
  /** Lower-cased key → value; the first key wins when two differ only in case. */
  currencyOf: Map<string, string>;
  multiplierOf: Map<string, number>;
  /** Pay words, longest first, with the period they state. */
  payWords: string[];
  payWordPeriod: Map<string, PayWordPeriod>;
}

function lowerMap<V>(record: Record<string, V>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [k, v] of Object.entries(record)) {
    const key = k.toLowerCase();
    if (!out.has(key)) out.set(key, v);
  }
  return out;
}

const keyCache = new WeakMap<MoneyFormat, FormatKeys>();
function keysOf(format: MoneyFormat): FormatKeys {
  let keys = keyCache.get(format);
  if (!keys) {
    const periods: [string, Period][] = [];
    for (const [period, words] of Object.entries(format.periods) as [Period, string[]][])
      for (const w of words) periods.push([w.toLowerCase(), period]);
    periods.sort((a, b) => b[0].length - a[0].length);
    const payWordPeriod = new Map<string, PayWordPeriod>();
    for (const [period, words] of Object.entries(format.payWords ?? {}) as [PayWordPeriod, string[]][])
      for (const w of words)
        if (!payWordPeriod.has(w.toLowerCase())) payWordPeriod.set(w.toLowerCase(), period);
    keys = {
      payWords: [...payWordPeriod.keys()].sort((a, b) => b.length - a.length),
      payWordPeriod,
      currencies: sortedKeys(format.currencies),
      multipliers: sortedKeys(format.multipliers),
      periods,
      currencyOf: lowerMap(format.currencies),
      multiplierOf: lowerMap(format.multipliers),
    };
    keyCache.set(format, keys);
  }
  return keys;
}

/** A key matches at the start of `s` when an alphabetic key is not followed by another letter. */
function startsWithKey(s: string, keys: string[]): string | null {
  for (const k of keys) {
    if (!s.startsWith(k)) continue;
    const after = s[k.length];
    if (LETTER.test(k.at(-1) ?? '') && after !== undefined && LETTER.test(after) && !isCjk(k)) continue;
    return k;
  }
  return null;
}

function endsWithKey(s: string, keys: string[]): string | null {
  for (const k of keys) {
    if (!s.endsWith(k)) continue;
    const before = s[s.length - k.length - 1];
    if (LETTER.test(k.charAt(0)) && before !== undefined && LETTER.test(before) && !isCjk(k)) continue;
    return k;
  }
  return null;
}

function isCjk(s: string): boolean {
  return /[\p{Script=Han}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);
}

/** Digit runs joined by separators the number may use: the pack's group separators plus "," and "." (either may be a
 *  thousands separator or a decimal mark; readNumber decides which from what follows). */
function numberPattern(format: MoneyFormat): RegExp {
  const seps = [...new Set([...format.group, ',', '.'])]
    .map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(`\\d+(?:(?:${seps})\\d+)*`, 'g');
}

/**
 * Reads the number at the start of a run of digits and separators. A separator followed by exactly three digits (and
 * then a non-digit) is a thousands separator ("RM2,500", "$15,000", "1.500"); otherwise it may only be the decimal
 * mark, with one or two digits after it, and it ends the number ("7,5 juta", "1.500,00"). The pack's decimal mark
 * is the one expected; the other mark counts as decimal only after thousands groups written with a different
 * separator ("1,500.50" in a pack whose decimal mark is ","). Returns the value and how many characters it used.
 */
export function readNumber(raw: string, format: MoneyFormat): { value: number; length: number } {
  const runs = raw.split(/(\D+)/);
  let digits = runs[0] ?? '';
  let length = digits.length;
  const groupSeps = new Set<string>();
  for (let i = 1; i + 1 < runs.length; i += 2) {
    const sep = runs[i] ?? '';
    const run = runs[i + 1] ?? '';
    const isGroupSep = format.group.includes(sep) || sep === ',' || sep === '.';
    if (run.length === 3 && isGroupSep && (groupSeps.size === 0 || groupSeps.has(sep))) {
      groupSeps.add(sep);
      digits += run;
      length += sep.length + run.length;
      continue;
    }
    const decimalOk =
      sep === format.decimal || ((sep === ',' || sep === '.') && groupSeps.size > 0 && !groupSeps.has(sep));
    if (decimalOk && run.length <= 2 && i + 2 >= runs.length) {
      digits += `.${run}`;
      length += sep.length + run.length;
    }
    break;
  }
  return { value: Number(digits), length };
}

const patternCache = new WeakMap<MoneyFormat, RegExp>();

export function findMoney(
  text: string,
  format: MoneyFormat,
  options: { bareNumbers: boolean },
): MoneyMention[] {
  let re = patternCache.get(format);
  if (!re) {
    re = numberPattern(format);
    patternCache.set(format, re);
  }
  const keys = keysOf(format);
  const raws: RawAmount[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const number = readNumber(m[0], format);
    // The rest of the run (after a separator that is neither a group nor the decimal mark) is read next time.
    if (number.length < m[0].length) re.lastIndex = m.index + number.length;
    const before = text[m.index - 1];
    if (
      before !== undefined &&
      (LETTER.test(before) && !isCjk(before) ? !/[$€£₱₽₴₫฿¥₩₹₦]/.test(before) : false)
    ) {
      // "h1b", "covid19": a number glued to a word is not an amount, unless the word is a currency ("rm3000").
      const head = text.slice(Math.max(0, m.index - 4), m.index);
      if (!endsWithKey(head, keys.currencies)) continue;
    }
    let value = number.value;
    if (!Number.isFinite(value)) continue;
    let start = m.index;
    let end = m.index + number.length;
    let currency: string | null = null;
    // Multiplier right after the number ("50k", "3 triệu", "3万").
    let tail = text.slice(end, end + 24);
    const tailTrim = tail.replace(/^ /, '');
    const mult = startsWithKey(tailTrim, keys.multipliers);
    let multiplied = false;
    if (mult) {
      multiplied = true;
      value *= Number(keys.multiplierOf.get(mult));
      end += tail.length - tailTrim.length + mult.length;
      tail = text.slice(end, end + 24);
    }
    const afterTrim = tail.replace(/^ /, '');
    const cur = startsWithKey(afterTrim, keys.currencies);
    if (cur) {
      currency = String(keys.currencyOf.get(cur));
      end += tail.length - afterTrim.length + cur.length;
    } else {
      const head = text.slice(Math.max(0, start - 8), start);
      const headTrim = head.replace(/ $/, '');
      const pre = endsWithKey(headTrim, keys.currencies);
      if (pre) {
        currency = String(keys.currencyOf.get(pre));
        start -= head.length - headTrim.length + pre.length;
      }
    }
    const pay = payWordBefore(text, start, keys);
    if (pay) start = pay.start;
    // The top of a range takes the currency of its bottom ("$3,000-5,000 a month").
    const prev = raws.at(-1);
    const rangeTop =
      prev !== undefined &&
      (prev.currency !== null || prev.accepted) &&
      RANGE_JOINER.test(text.slice(prev.end, start));
    const accepted = (!!format.defaultCurrency && (pay !== null || multiplied)) || rangeTop;
    if (!currency && !options.bareNumbers && !accepted) continue;
    raws.push({
      start,
      end,
      value,
      currency,
      accepted,
      multiplied,
      payWord: pay !== null,
      payPeriod: pay?.period ?? null,
    });
  }
  // Join ranges ("3,000 - 5,000", "3000 to 5000") and attach the period.
  const mentions: MoneyMention[] = [];
  for (let i = 0; i < raws.length; i++) {
    let last = raws[i];
    if (!last) continue;
    const first = last;
    let amount = last.value;
    let currency = last.currency;
    for (
      let next = raws[i + 1];
      next && RANGE_JOINER.test(text.slice(last.end, next.start));
      next = raws[i + 1]
    ) {
      i++;
      last = next;
      amount = Math.max(amount, last.value);
      currency = currency ?? last.currency;
    }
    const after = periodAfter(text, last.end, keys.periods);
    const period = after.period ?? first.payPeriod;
    // Without a currency word (and outside a salary field), an amount is pay when a pay word introduces it or when
    // it has both a multiplier and a period ("15 triệu/tháng"); a bare "3 tháng" or "2 năm" is not.
    if (!currency && !options.bareNumbers && !(first.payWord || (first.multiplied && after.adjacent)))
      continue;
    const mention: MoneyMention = { start: first.start, end: after.end, amount, currency, period };
    if (first.payWord) mention.payWord = true;
    mentions.push(mention);
  }
  return mentions;
}

/** Characters allowed between a pay word and its amount ("lương: 15 triệu", "月薪：2万"). */
const PAY_GAP = /[\s:：\-–~]*$/u;

/** A pay word ending right before `start` (over an optional colon or dash): its start and the period it states. */
function payWordBefore(
  text: string,
  start: number,
  keys: FormatKeys,
): { start: number; period: Period | null } | null {
  if (keys.payWords.length === 0) return null;
  const head = text.slice(Math.max(0, start - 32), start);
  const gap = PAY_GAP.exec(head)?.[0].length ?? 0;
  const word = endsWithKey(head.slice(0, head.length - gap), keys.payWords);
  if (!word) return null;
  const period = keys.payWordPeriod.get(word);
  return { start: start - gap - word.length, period: period === 'any' || !period ? null : period };
}

/**
 * A period word in the two words after the amount ("/hr", "per hour", "a month", "por mês", "/月"). `adjacent` when
 * it is the first word after the amount ("15 triệu/tháng", not "89m this year").
 */
function periodAfter(
  text: string,
  from: number,
  periods: [string, Period][],
): { period: Period | null; end: number; adjacent: boolean } {
  const window = text.slice(from, from + 28);
  const words = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
  let count = 0;
  for (let m = words.exec(window); m; m = words.exec(window)) {
    if (/[,;.!?\n]/.test(m[0])) break;
    if (!/[\p{L}\p{N}]/u.test(m[0])) continue;
    const rest = window.slice(m.index);
    for (const [word, period] of periods) {
      if (rest.startsWith(word)) {
        const after = rest[word.length];
        if (after === undefined || !LETTER.test(after) || isCjk(word))
          return { period, end: from + m.index + word.length, adjacent: count === 0 };
      }
    }
    // Space-free scripts (Thai, Chinese): a period word counts only at the start of the run that follows the amount
    // (or a "/"), never inside it: "12,000 บาท มีวันหยุด" ("has days off") is not pay per day.
    count++;
    if (count >= 2) break;
  }
  return { period: null, end: from, adjacent: false };
}
