// Compiles validated rule files once into fast matchers: a word trie per language for phrases (one hash lookup per
// word), regular expressions gated by a literal prefilter, and small lists for negation, exceptions and reassurance.

import { foldAccents, foldYo } from './normalise';
import type { PayConfig } from './pay-schema';
import { requiredLiterals, splitTopLevel } from './prefilter';
import { MAX_ADVERSARIAL_MS, unsafeConstruct, worstMatchTime } from './regex-safety';
import type { Catalogue, CatalogueRule, MoneyFormat, Pack } from './rule-schema';
import { phraseWords } from './tokenise';

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Rule ids whose phrase ends here. */
  rules: string[] | null;
}

/**
 * What must hold where a match starts, checked in JS after the regex finds a match instead of inside the regex:
 * a leading lookbehind stops V8 from skipping ahead to the pattern's first character, which made every pattern
 * cost a full walk of the text. 0 = nothing, 1 = not right after a word character (the word-start rule),
 * 2 = also on a word character (the word-start rule plus a leading \b).
 */
export type StartCheck = 0 | 1 | 2;

/** A regex plus the start condition checked outside it (see execPattern). */
export interface Matcher {
  regex: RegExp;
  start: StartCheck;
}

export interface CompiledPattern {
  rule: string;
  regex: RegExp;
  /** Condition on the match start that `regex` leaves out; use execPattern to run the pattern. */
  start: StartCheck;
  /** At least one must occur in the text for the regex to run; null = always run. */
  literals: string[] | null;
  source: string;
}

/** Negation cues of a segmenter language, written without spaces; matched against adjacent tokens joined. */
export interface JoinedCues {
  set: ReadonlySet<string>;
  /** Length of the longest cue, to stop joining early. */
  maxChars: number;
}

export interface CompiledPack {
  lang: string;
  name: string;
  segmenter: boolean;
  foldAccents: boolean;
  inflections: string[];
  trie: TrieNode;
  /** Segmenter languages: phrases matched as substrings of the space-free text. */
  substrings: { rule: string; text: string }[];
  patterns: CompiledPattern[];
  /** Exceptions per rule; tested on a hit's sentence with testMatcher. */
  exceptions: Map<string, Matcher[]>;
  reassure: CompiledPattern[];
  negationBefore: string[][];
  negationAfter: string[][];
  negationWindow: number;
  /** Words (as token sequences) a negation does not reach across: conjunctions and clause openers. */
  negationStopAt: string[][];
  money: MoneyFormat;
  /** Job-kind phrases, compiled like rule phrases (rule id = kind name). */
  jobKindTrie: TrieNode;
  jobKindSubstrings: { rule: string; text: string }[];
  explanations: Map<string, Pack['rules'][string]['explanation']>;
  /** Rules limited to some ad fields (pack rule "fields"); rules not listed match in every field. */
  ruleFields: Map<string, ReadonlySet<string>>;
  /** Negation cues and stop words indexed by their last word, for a quick look-up at each token. */
  negationBeforeByLast: Map<string, string[][]>;
  negationStopByLast: Map<string, string[][]>;
  /** Segmenter languages only: cues matched across token boundaries (see scan.ts). */
  joinedCues: { before: JoinedCues; after: JoinedCues; stop: JoinedCues } | null;
}

export interface RuleSet {
  catalogue: Map<string, CatalogueRule>;
  packs: Map<string, CompiledPack>;
  pay: PayConfig | null;
}

export interface CompileProblem {
  rule: string;
  field: string;
  message: string;
}

/**
 * Letters and digits of the scripts the packs use, as explicit ranges. Unicode property classes (\p{L}) would be
 * exact, but V8 takes over a millisecond to build each one, which adds up over hundreds of patterns at start-up.
 */
export const WORD_RANGES =
  'a-z0-9_\\u00c0-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u06ff\\u0900-\\u0dff\\u0e00-\\u0eff\\u1000-\\u109f\\u1780-\\u17ff\\u1e00-\\u1eff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af';

/** Rewrites \w, \W and \b so they understand every script (in JS they only know ASCII, even with the u flag). */
export function unicodeWordClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1];
      if (e === 'w') out += inClass ? WORD_RANGES : `[${WORD_RANGES}]`;
      else if (e === 'W') out += inClass ? '\\s!-/:-@\\[-^`{-~' : `[^${WORD_RANGES}]`;
      else if (e === 'b' && !inClass)
        out += `(?:(?<![${WORD_RANGES}])(?=[${WORD_RANGES}])|(?<=[${WORD_RANGES}])(?![${WORD_RANGES}]))`;
      else out += c + (e ?? '');
      i++;
      continue;
    }
    if (inClass && c === ']') inClass = false;
    else if (!inClass && c === '[') inClass = true;
    out += c;
  }
  return out;
}

/** Word characters of WORD_RANGES as a lookup table over UTF-16 code units (every range is in the BMP). */
const WORD_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  const spec = WORD_RANGES.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  for (let i = 0; i < spec.length; i++) {
    const from = spec.charCodeAt(i);
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      const to = spec.charCodeAt(i + 2);
      for (let c = from; c <= to; c++) table[c] = 1;
      i += 2;
    } else table[from] = 1;
  }
  return table;
})();

/** True when the code unit at `index` is a word character in the sense of the rewritten \w (false out of range). */
export function isWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return !Number.isNaN(code) && WORD_TABLE[code] === 1;
}

function startOk(text: string, index: number, check: StartCheck): boolean {
  if (check === 0) return true;
  if (isWordUnit(text, index - 1)) return false;
  return check === 1 || isWordUnit(text, index);
}

/**
 * Every match of a compiled pattern in `text`, in order, exactly as the regex with its start condition inline would
 * find them. Empty matches are skipped.
 */
export function execPattern(
  pattern: { regex: RegExp; start: StartCheck },
  text: string,
  onMatch: (index: number, end: number) => void,
): void {
  const { regex, start } = pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const index = m.index;
    if (!startOk(text, index, start)) {
      // The inline condition would have failed here: try again from the next code point.
      const code = text.charCodeAt(index);
      const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
      regex.lastIndex = index + (pair ? 2 : 1);
      continue;
    }
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    onMatch(index, index + m[0].length);
  }
}

/** True when the matcher matches somewhere in `text` (stops at the first match). */
export function testMatcher(matcher: Matcher, text: string): boolean {
  const { regex, start } = matcher;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (startOk(text, m.index, start)) return true;
    const code = text.charCodeAt(m.index);
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00;
    regex.lastIndex = m.index + (pair ? 2 : 1);
  }
  return false;
}

const LITERAL_START = /^[a-z0-9\u00c0-\u024f\u0400-\u052f\u0e00-\u0e7f\u1e00-\u1eff\u3400-\u9fff]/;
const QUANTIFIER = /^[?*+{]/;

/**
 * True when every match must begin with a literal character (so V8 can skip quickly to where one occurs) or at the
 * start of the text: then the start condition can be checked after a match without extra work.
 */
function startsWithLiteral(source: string): boolean {
  const alternatives = splitTopLevel(source);
  if (alternatives.length > 1) return alternatives.every(startsWithLiteral);
  if (source.startsWith('^')) return true;
  if (source.startsWith('(?:')) {
    let depth = 0;
    let close = -1;
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0 || QUANTIFIER.test(source.slice(close + 1))) return false;
    return startsWithLiteral(source.slice(3, close));
  }
  return LITERAL_START.test(source) && !QUANTIFIER.test(source.slice(1));
}

/**
 * Compiles a rule pattern or reassurance into a regex plus the start condition execPattern checks. With wordStart,
 * the "not inside a word" lookbehind (and a leading \b) move out of the regex when the pattern starts with a literal.
 */
export function compileMatcher(
  source: string,
  options: { fold: boolean; wordStart: boolean; timed?: boolean },
): { regex: RegExp; start: StartCheck } | string {
  const unsafe = unsafeConstruct(source);
  if (unsafe) return unsafe;
  const stripped = source.startsWith('\\b') && splitTopLevel(source).length === 1 ? source.slice(2) : null;
  // Without the word-start rule, only a leading \b can move out of the regex (before a literal word character it
  // means "not right after a word character", check 2).
  if (options.wordStart || stripped !== null) {
    const rest = stripped ?? source;
    if (rest && startsWithLiteral(options.fold ? foldAccents(rest) : rest)) {
      const regex = compilePattern(rest, { fold: options.fold, wordStart: false, global: true });
      if (typeof regex === 'string') return regex;
      const matcher = { regex, start: (stripped !== null ? 2 : 1) as StartCheck };
      if (options.timed) {
        const worst = worstMatchTime(regex, (text, index) => startOk(text, index, matcher.start));
        if (worst > MAX_ADVERSARIAL_MS)
          return `too slow on adversarial text (${Math.round(worst)} ms > ${MAX_ADVERSARIAL_MS} ms): simplify the pattern`;
      }
      return matcher;
    }
  }
  const regex = compilePattern(source, { ...options, global: true });
  return typeof regex === 'string' ? regex : { regex, start: 0 };
}

/** Checks and compiles one authored pattern. Returns the regex or a problem message. */
export function compilePattern(
  source: string,
  options: { fold: boolean; wordStart: boolean; global: boolean; timed?: boolean },
): RegExp | string {
  const unsafe = unsafeConstruct(source);
  if (unsafe) return unsafe;
  let body = unicodeWordClasses(foldYo(options.fold ? foldAccents(source) : source));
  if (options.wordStart) body = `(?<![${WORD_RANGES}])(?:${body})`;
  let regex: RegExp;
  try {
    regex = new RegExp(body, options.global ? 'gu' : 'u');
  } catch (error) {
    return `not a valid regular expression: ${(error as Error).message}`;
  }
  if (!options.timed) return regex;
  const worst = worstMatchTime(regex);
  if (worst > MAX_ADVERSARIAL_MS)
    return `too slow on adversarial text (${Math.round(worst)} ms > ${MAX_ADVERSARIAL_MS} ms): simplify the pattern`;
  return regex;
}

function addToTrie(root: TrieNode, words: string[], rule: string): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map(), rules: null };
      node.next.set(w, child);
    }
    node = child;
  }
  if (!node.rules) node.rules = [];
  if (!node.rules.includes(rule)) node.rules.push(rule);
}

function normalisePhrase(phrase: string, fold: boolean): string {
  const lower = foldYo(phrase.normalize('NFKC').toLowerCase());
  return fold ? foldAccents(lower) : lower;
}

/** timed: also run every pattern on adversarial text (build-time check; too slow for every start-up). */
export function compilePack(
  pack: Pack,
  catalogue: Map<string, CatalogueRule>,
  timed = false,
): { pack: CompiledPack; problems: CompileProblem[] } {
  const problems: CompileProblem[] = [];
  const segmenter = pack.segmentation === 'segmenter';
  const fold = pack.foldAccents === true;
  const compiled: CompiledPack = {
    lang: pack.lang,
    name: pack.name,
    segmenter,
    foldAccents: fold,
    inflections: pack.inflections ?? [],
    trie: { next: new Map(), rules: null },
    substrings: [],
    patterns: [],
    exceptions: new Map(),
    reassure: [],
    negationBefore: pack.negation.before
      .map((c) => phraseWords(normalisePhrase(c, fold)))
      .filter((w) => w.length > 0),
    negationAfter: pack.negation.after
      .map((c) => phraseWords(normalisePhrase(c, fold)))
      .filter((w) => w.length > 0),
    negationWindow: pack.negation.window,
    negationStopAt: (pack.negation.stopAt ?? [])
      .map((c) => phraseWords(normalisePhrase(c, fold)))
      .filter((w) => w.length > 0),
    money: foldMoneyWords(pack.money, fold),
    jobKindTrie: { next: new Map(), rules: null },
    jobKindSubstrings: [],
    explanations: new Map(),
    ruleFields: new Map(),
    negationBeforeByLast: new Map(),
    negationStopByLast: new Map(),
    joinedCues: segmenter
      ? {
          before: joinCues(pack.negation.before, fold),
          after: joinCues(pack.negation.after, fold),
          stop: joinCues(pack.negation.stopAt ?? [], fold),
        }
      : null,
  };
  indexByLastWord(compiled.negationBefore, compiled.negationBeforeByLast);
  indexByLastWord(compiled.negationStopAt, compiled.negationStopByLast);
  const addPhrase = (
    trie: TrieNode,
    subs: { rule: string; text: string }[],
    phrase: string,
    rule: string,
  ) => {
    const norm = normalisePhrase(phrase, fold);
    if (segmenter) {
      const text = norm.replace(/\s+/gu, '');
      if (text) subs.push({ rule, text });
      return;
    }
    const words = phraseWords(norm);
    if (words.length > 0) addToTrie(trie, words, rule);
  };

  for (const [ruleId, rule] of Object.entries(pack.rules)) {
    if (!catalogue.has(ruleId)) {
      problems.push({
        rule: ruleId,
        field: `rules.${ruleId}`,
        message: 'rule id is not in the catalogue (skipped)',
      });
      continue;
    }
    if (rule.explanation) compiled.explanations.set(ruleId, rule.explanation);
    if (rule.fields) compiled.ruleFields.set(ruleId, new Set(rule.fields));
    for (const phrase of rule.phrases) addPhrase(compiled.trie, compiled.substrings, phrase, ruleId);
    rule.patterns.forEach((source, i) => {
      const matcher = compileMatcher(source, { fold, wordStart: !segmenter, timed });
      if (typeof matcher === 'string')
        problems.push({
          rule: ruleId,
          field: `rules.${ruleId}.patterns[${i}]`,
          message: `${matcher} (pattern skipped)`,
        });
      else compiled.patterns.push({ rule: ruleId, ...matcher, literals: literalsFor(source, fold), source });
    });
    const exceptions: Matcher[] = [];
    rule.exceptions.forEach((source, i) => {
      const matcher = compileMatcher(source, { fold, wordStart: false, timed });
      if (typeof matcher === 'string')
        problems.push({
          rule: ruleId,
          field: `rules.${ruleId}.exceptions[${i}]`,
          message: `${matcher} (exception skipped)`,
        });
      else exceptions.push(matcher);
    });
    if (exceptions.length > 0) compiled.exceptions.set(ruleId, exceptions);
    rule.reassure.forEach((source, i) => {
      const matcher = compileMatcher(source, { fold, wordStart: !segmenter, timed });
      if (typeof matcher === 'string')
        problems.push({
          rule: ruleId,
          field: `rules.${ruleId}.reassure[${i}]`,
          message: `${matcher} (reassurance skipped)`,
        });
      else compiled.reassure.push({ rule: ruleId, ...matcher, literals: literalsFor(source, fold), source });
    });
  }
  for (const [kind, words] of Object.entries(pack.jobKinds))
    for (const w of words) addPhrase(compiled.jobKindTrie, compiled.jobKindSubstrings, w, kind);
  return { pack: compiled, problems };
}

function joinCues(cues: string[], fold: boolean): JoinedCues {
  const set = new Set(cues.map((c) => normalisePhrase(c, fold).replace(/\s+/gu, '')).filter((c) => c));
  return { set, maxChars: Math.max(0, ...[...set].map((c) => c.length)) };
}

function indexByLastWord(cues: string[][], index: Map<string, string[][]>): void {
  for (const cue of cues) {
    const last = cue.at(-1);
    if (last === undefined) continue;
    const list = index.get(last);
    if (list) list.push(cue);
    else index.set(last, [cue]);
  }
}

/** Money words compared with the text as the scan sees it: lower case, ё as е, accents folded when the pack folds
 *  them ("día" and "dia" both become "dia"), so "500 € al día" reads as pay per day in folded text. */
function foldMoneyWords(money: MoneyFormat, fold: boolean): MoneyFormat {
  const word = (w: string) => normalisePhrase(w, fold);
  const keys = <V>(record: Record<string, V>): Record<string, V> => {
    const out: Record<string, V> = {};
    for (const [k, v] of Object.entries(record)) if (!(word(k) in out)) out[word(k)] = v;
    return out;
  };
  const lists = <K extends string>(record: Partial<Record<K, string[]>>): Record<K, string[]> => {
    const out = {} as Record<K, string[]>;
    for (const [k, v] of Object.entries(record) as [K, string[]][]) out[k] = [...new Set(v.map(word))];
    return out;
  };
  const folded: MoneyFormat = {
    ...money,
    currencies: keys(money.currencies),
    multipliers: keys(money.multipliers),
    periods: lists(money.periods),
  };
  if (money.payWords) folded.payWords = lists(money.payWords);
  return folded;
}

function literalsFor(source: string, fold: boolean): string[] | null {
  const lits = requiredLiterals(source);
  if (!lits) return null;
  return lits.map((l) => normalisePhrase(l, fold));
}

export function catalogueMap(catalogue: Catalogue): Map<string, CatalogueRule> {
  return new Map(catalogue.rules.map((r) => [r.id, r]));
}
