// Finds pay amounts in normalised text using a language pack's money format: "1.500,00 €", "€1,500", "₱50,000",
// "30 000 ₽", "3 triệu đồng", "3万元", "$25/hr", "500 USD per day", "R$ 5.000 por mês", "50k", ranges "3,000-5,000".
import type { MoneyFormat, Period } from './rule-schema';

export interface MoneyMention {
  /** Offsets in the normalised text, covering number(s), currency and period. */
  start: number;
  end: number;
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
}

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
    keys = {
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

function numberPattern(format: MoneyFormat): RegExp {
  const groups = format.group.map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || ',';
  const dec = format.decimal === '.' ? '\\.' : ',';
  return new RegExp(
    `\\d{1,3}(?:(?:${groups})\\d{3})+(?:${dec}\\d{1,2})?(?!\\d)|\\d+(?:${dec}\\d{1,2})?(?!\\d)`,
    'g',
  );
}

function parseNumber(raw: string, format: MoneyFormat): number {
  let s = raw;
  for (const g of format.group) s = s.split(g).join('');
  if (format.decimal === ',') s = s.replace(',', '.');
  return Number(s);
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
    const before = text[m.index - 1];
    if (
      before !== undefined &&
      (LETTER.test(before) && !isCjk(before) ? !/[$€£₱₽₴₫฿¥₩₹₦]/.test(before) : false)
    ) {
      // "h1b", "covid19": a number glued to a word is not an amount, unless the word is a currency ("rm3000").
      const head = text.slice(Math.max(0, m.index - 4), m.index);
      if (!endsWithKey(head, keys.currencies)) continue;
    }
    let value = parseNumber(m[0], format);
    if (!Number.isFinite(value)) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    let currency: string | null = null;
    // Multiplier right after the number ("50k", "3 triệu", "3万").
    let tail = text.slice(end, end + 24);
    const tailTrim = tail.replace(/^ /, '');
    const mult = startsWithKey(tailTrim, keys.multipliers);
    if (mult) {
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
    if (!currency && !options.bareNumbers) continue;
    raws.push({ start, end, value, currency });
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
    if (!currency && !options.bareNumbers) continue;
    const { period, end } = periodAfter(text, last.end, keys.periods);
    mentions.push({ start: first.start, end, amount, currency, period });
  }
  return mentions;
}

/** A period word in the two words after the amount ("/hr", "per hour", "a month", "por mês", "/月"). */
function periodAfter(
  text: string,
  from: number,
  periods: [string, Period][],
): { period: Period | null; end: number } {
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
          return { period, end: from + m.index + word.length };
      }
    }
    if (isCjk(m[0])) {
      // Space-free scripts: look inside the run of characters.
      for (const [word, period] of periods) {
        const at = m[0].indexOf(word);
        if (at >= 0 && at < 4) return { period, end: from + m.index + at + word.length };
      }
    }
    count++;
    if (count >= 2) break;
  }
  return { period: null, end: from };
}
