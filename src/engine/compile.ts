// Compiles validated rule files once into fast matchers: a word trie per language for phrases (one hash lookup per
// word), regular expressions gated by a literal prefilter, and small lists for negation, exceptions and reassurance.

import { foldAccents } from './normalise';
import type { PayConfig } from './pay-schema';
import { requiredLiterals } from './prefilter';
import { MAX_ADVERSARIAL_MS, unsafeConstruct, worstMatchTime } from './regex-safety';
import type { Catalogue, CatalogueRule, MoneyFormat, Pack } from './rule-schema';
import { phraseWords } from './tokenise';

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Rule ids whose phrase ends here. */
  rules: string[] | null;
}

export interface CompiledPattern {
  rule: string;
  regex: RegExp;
  /** At least one must occur in the text for the regex to run; null = always run. */
  literals: string[] | null;
  source: string;
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
  exceptions: Map<string, RegExp[]>;
  reassure: CompiledPattern[];
  negationBefore: string[][];
  negationAfter: string[][];
  negationWindow: number;
  money: MoneyFormat;
  /** Job-kind phrases, compiled like rule phrases (rule id = kind name). */
  jobKindTrie: TrieNode;
  jobKindSubstrings: { rule: string; text: string }[];
  explanations: Map<string, Pack['rules'][string]['explanation']>;
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

/** Checks and compiles one authored pattern. Returns the regex or a problem message. */
export function compilePattern(
  source: string,
  options: { fold: boolean; wordStart: boolean; global: boolean; timed?: boolean },
): RegExp | string {
  const unsafe = unsafeConstruct(source);
  if (unsafe) return unsafe;
  let body = unicodeWordClasses(options.fold ? foldAccents(source) : source);
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
  const lower = phrase.normalize('NFKC').toLowerCase();
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
    money: pack.money,
    jobKindTrie: { next: new Map(), rules: null },
    jobKindSubstrings: [],
    explanations: new Map(),
  };
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
    for (const phrase of rule.phrases) addPhrase(compiled.trie, compiled.substrings, phrase, ruleId);
    rule.patterns.forEach((source, i) => {
      const regex = compilePattern(source, { fold, wordStart: !segmenter, global: true, timed });
      if (typeof regex === 'string')
        problems.push({
          rule: ruleId,
          field: `rules.${ruleId}.patterns[${i}]`,
          message: `${regex} (pattern skipped)`,
        });
      else compiled.patterns.push({ rule: ruleId, regex, literals: literalsFor(source, fold), source });
    });
    const exceptions: RegExp[] = [];
    rule.exceptions.forEach((source, i) => {
      const regex = compilePattern(source, { fold, wordStart: false, global: false, timed });
      if (typeof regex === 'string')
        problems.push({
          rule: ruleId,
          field: `rules.${ruleId}.exceptions[${i}]`,
          message: `${regex} (exception skipped)`,
        });
      else exceptions.push(regex);
    });
    if (exceptions.length > 0) compiled.exceptions.set(ruleId, exceptions);
    rule.reassure.forEach((source, i) => {
      const regex = compilePattern(source, { fold, wordStart: !segmenter, global: true, timed });
      if (typeof regex === 'string')
        problems.push({
          rule: ruleId,
          field: `rules.${ruleId}.reassure[${i}]`,
          message: `${regex} (reassurance skipped)`,
        });
      else compiled.reassure.push({ rule: ruleId, regex, literals: literalsFor(source, fold), source });
    });
  }
  for (const [kind, words] of Object.entries(pack.jobKinds))
    for (const w of words) addPhrase(compiled.jobKindTrie, compiled.jobKindSubstrings, w, kind);
  return { pack: compiled, problems };
}

function literalsFor(source: string, fold: boolean): string[] | null {
  const lits = requiredLiterals(source);
  if (!lits) return null;
  return lits.map((l) => normalisePhrase(l, fold));
}

export function catalogueMap(catalogue: Catalogue): Map<string, CatalogueRule> {
  return new Map(catalogue.rules.map((r) => [r.id, r]));
}
