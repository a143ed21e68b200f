// English pay written in words ("five thousand dollars a month", "two thousand euros weekly"). Digits are found by
// money.ts; words need a number parser (compromise), which is slow, so it only reads sentences that have a
// currency word, a number word and no digit at all. The parser is injected (see number-reader.ts) so the engine
// stays free of it until such a sentence appears.
import { findMoney, type MoneyMention } from './money';
import type { MoneyFormat } from './rule-schema';
import type { Token } from './tokenise';

/** Numbers written in a sentence: offsets inside the sentence and the value. */
export type NumberReader = (sentence: string) => { start: number; end: number; value: number }[];

const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million'
  ).split(' '),
);
const DIGIT = /\d/;

const currencyCache = new WeakMap<MoneyFormat, Set<string>>();
function currencyWordsOf(format: MoneyFormat): Set<string> {
  let words = currencyCache.get(format);
  if (!words) {
    words = new Set(Object.keys(format.currencies).map((k) => k.toLowerCase()));
    currencyCache.set(format, words);
  }
  return words;
}

/** Pay amounts written in words, with offsets in `text` (the normalised field text that `tokens` split). */
export function writtenMoney(
  text: string,
  tokens: Token[],
  format: MoneyFormat,
  read: NumberReader,
): MoneyMention[] {
  const currencyWords = currencyWordsOf(format);
  const mentions: MoneyMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i];
    if (!first) break;
    let j = i;
    let numberWord = false;
    let currencyWord = false;
    for (let t = tokens[j]; t && t.sentence === first.sentence; t = tokens[++j]) {
      if (NUMBER_WORDS.has(t.t)) numberWord = true;
      else if (currencyWords.has(t.t)) currencyWord = true;
    }
    const last = tokens[j - 1] ?? first;
    i = j;
    if (!numberWord || !currencyWord) continue;
    const sentence = text.slice(first.start, last.end);
    if (DIGIT.test(sentence)) continue;
    for (const m of moneyInSentence(sentence, format, read))
      mentions.push({ ...m, start: m.start + first.start, end: m.end + first.start });
  }
  return mentions;
}

/** Rewrites the written numbers as digits, reads money from that, and maps offsets back to the sentence. */
function moneyInSentence(sentence: string, format: MoneyFormat, read: NumberReader): MoneyMention[] {
  const numbers = read(sentence)
    .filter((n) => Number.isFinite(n.value) && n.value > 0 && n.start >= 0 && n.end > n.start)
    .sort((a, b) => a.start - b.start);
  if (numbers.length === 0) return [];
  let rewritten = '';
  let at = 0;
  /** [start in rewritten, end in rewritten, start in sentence, end in sentence] of each replaced number. */
  const spans: [number, number, number, number][] = [];
  for (const n of numbers) {
    if (n.start < at) continue;
    rewritten += sentence.slice(at, n.start);
    const digits = String(n.value);
    spans.push([rewritten.length, rewritten.length + digits.length, n.start, n.end]);
    rewritten += digits;
    at = n.end;
  }
  rewritten += sentence.slice(at);
  const back = (pos: number, isEnd: boolean): number => {
    let shift = 0;
    for (const [rs, re, ss, se] of spans) {
      if (pos < rs || (isEnd && pos === rs)) break;
      if (pos < re || (isEnd && pos === re)) return isEnd ? se : ss;
      shift = se - re;
    }
    return pos + shift;
  };
  return findMoney(rewritten, format, { bareNumbers: false }).map((m) => ({
    ...m,
    start: back(m.start, false),
    end: back(m.end, true),
  }));
}
