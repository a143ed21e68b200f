// The scan pipeline: normalise each field once, pick the language packs, find phrase and pattern hits, drop
// exceptions and negated mentions (negated ones count as reassurance), check pay plausibility, apply rule
// dependencies, then score. Pure and synchronous.
import {
  type CompiledPack,
  execPattern,
  type JoinedCues,
  type RuleSet,
  type TrieNode,
  testMatcher,
} from './compile';
import { detectLanguages } from './langid';
import { findMoney } from './money';
import { foldAccents, type NormalisedText, normalise, originalSpan } from './normalise';
import { judgePay } from './pay';
import { LiteralIndex } from './prefilter';
import { boostedWeight, combine, levelOf } from './score';
import { segmentWords, type Token, tokenAt, tokenise } from './tokenise';
import type {
  AdField,
  AdInput,
  Explanation,
  Flag,
  LanguageReport,
  Reassurance,
  ScanResult,
  SourceRef,
} from './types';
import { type NumberReader, writtenMoney } from './written-amounts';

const FIELDS: AdField[] = ['title', 'company', 'location', 'salary', 'description', 'contact', 'text'];
/** Negated mentions of these categories say something reassuring ("we never charge fees"). */
const REASSURING_CATEGORIES = new Set(['fees', 'debt', 'documents', 'movement', 'terms']);
/** Job kinds for which "entertain clients" duties are a mismatch (bait and switch). */
const ORDINARY_KINDS = ['clerical', 'domestic', 'unskilled', 'hospitality'];
const MAX_FLAGS_PER_RULE = 3;
/** A structured ad whose description (with requirements) has fewer words says too little to be checked. */
const FEW_DETAILS_WORDS = 200;
const SAMPLE_FOR_LANGUAGE = 1536;
const WHITESPACE = /\s/;
const ENGLISH_MARKERS = new Set([
  'the',
  'and',
  'you',
  'your',
  'for',
  'with',
  'we',
  'are',
  'will',
  'work',
  'job',
  'our',
  'to',
  'of',
  'in',
  'is',
]);

export type LanguageDetector = (text: string) => { lang: string; score: number }[];

interface FieldText {
  field: AdField;
  original: string;
  norm: NormalisedText;
  folded: string | null;
  spaceFree: { text: string; map: Int32Array } | null;
  tokens: Token[];
  /** Tokens of the folded text (same offsets); built when a pack folds accents. */
  foldedTokens: Token[] | null;
  /** Intl.Segmenter words per language, for packs of languages written without spaces. */
  segmentedTokens: Map<string, Token[]> | null;
}

interface Hit {
  rule: string;
  field: FieldText;
  start: number;
  end: number;
  lang: string;
  detail?: string;
}

function prepareField(field: AdField, original: string): FieldText {
  const norm = normalise(original);
  return {
    field,
    original,
    norm,
    folded: null,
    spaceFree: null,
    tokens: tokenise(norm.text),
    foldedTokens: null,
    segmentedTokens: null,
  };
}

function textFor(f: FieldText, pack: CompiledPack): string {
  if (!pack.foldAccents) return f.norm.text;
  if (f.folded === null) f.folded = foldAccents(f.norm.text);
  return f.folded;
}

function tokensFor(f: FieldText, pack: CompiledPack): Token[] {
  if (pack.segmenter) {
    f.segmentedTokens ??= new Map();
    let tokens = f.segmentedTokens.get(pack.lang);
    if (!tokens) {
      tokens = segmentWords(textFor(f, pack), pack.lang);
      f.segmentedTokens.set(pack.lang, tokens);
    }
    return tokens;
  }
  if (!pack.foldAccents) return f.tokens;
  if (f.foldedTokens === null) f.foldedTokens = tokenise(textFor(f, pack));
  return f.foldedTokens;
}

function spaceFreeOf(f: FieldText, pack: CompiledPack): { text: string; map: Int32Array } {
  if (f.spaceFree === null) {
    const src = textFor(f, pack);
    const kept: string[] = [];
    const map: number[] = [];
    for (let i = 0; i < src.length; i++) {
      const c = src.charAt(i);
      if (WHITESPACE.test(c)) continue;
      kept.push(c);
      map.push(i);
    }
    map.push(src.length);
    f.spaceFree = { text: kept.join(''), map: Int32Array.from(map) };
  }
  return f.spaceFree;
}

/** The child of `node` for `word`, trying the word without an inflection suffix when it is not there as written. */
function childOf(node: TrieNode, word: string, inflections: string[]): TrieNode | undefined {
  const next = node.next.get(word);
  if (next) return next;
  for (const suffix of inflections)
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const bare = node.next.get(word.slice(0, -suffix.length));
      if (bare) return bare;
    }
  return undefined;
}

/** Root step per word, cached per trie: most words start no phrase, and words repeat (within an ad and across ads),
 *  so the inflection attempts run once per distinct word instead of once per token. */
const rootSteps = new WeakMap<TrieNode, Map<string, TrieNode | null>>();
const MAX_ROOT_STEPS = 20000;

/** Walk the phrase trie from each token; words may lose an inflection suffix ("flights" → "flight"). */
function trieHits(
  tokens: Token[],
  root: TrieNode,
  inflections: string[],
  emit: (rule: string, from: number, to: number) => void,
): void {
  let steps = rootSteps.get(root);
  if (!steps) {
    steps = new Map();
    rootSteps.set(root, steps);
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]?.t ?? '';
    let node = steps.get(first);
    if (node === undefined) {
      node = childOf(root, first, inflections) ?? null;
      if (steps.size >= MAX_ROOT_STEPS) steps.clear();
      steps.set(first, node);
    }
    for (let j = i; node; ) {
      if (node.rules) for (const rule of node.rules) emit(rule, i, j + 1);
      if (++j >= tokens.length) break;
      node = childOf(node, tokens[j]?.t ?? '', inflections) ?? null;
    }
  }
}

function substringHits(
  f: FieldText,
  pack: CompiledPack,
  list: { rule: string; text: string }[],
  emit: (rule: string, start: number, end: number) => void,
): void {
  const sf = spaceFreeOf(f, pack);
  for (const { rule, text } of list) {
    let at = sf.text.indexOf(text);
    while (at >= 0) {
      const start = sf.map[at] ?? 0;
      const last = sf.map[at + text.length - 1] ?? start;
      emit(rule, start, last + 1);
      at = sf.text.indexOf(text, at + text.length);
    }
  }
}

/** True when one of the pattern's required literals occurs in the text (null: no literal, always run). */
function literalGate(index: LiteralIndex, literals: string[] | null): boolean {
  if (!literals) return true;
  for (const lit of literals) if (index.has(lit)) return true;
  return false;
}

function cueAt(tokens: Token[], at: number, cue: string[]): boolean {
  if (at < 0 || at + cue.length > tokens.length) return false;
  for (let k = 0; k < cue.length; k++) if (tokens[at + k]?.t !== cue[k]) return false;
  return true;
}

/**
 * Segmenter languages: a cue is matched against adjacent tokens joined together, because Intl.Segmenter may split
 * a cue ("ไม่ต้อง" → ไม่|ต้อง, "无需" → 无|需) differently in context than alone. Requiring the cue to start and end
 * on token boundaries keeps "不" from matching inside "不错" (one token: "not bad").
 * Returns the first token of a cue from `cues` ending at token k and starting at `from` or later, or -1.
 */
function joinedCueEndingAt(tokens: Token[], k: number, cues: JoinedCues, from: number): number {
  if (cues.set.size === 0) return -1;
  let joined = '';
  for (let j = k; j >= from; j--) {
    const token = tokens[j];
    if (token === undefined || (j < k && token.end !== tokens[j + 1]?.start)) break;
    joined = token.t + joined;
    if (joined.length > cues.maxChars) break;
    if (cues.set.has(joined)) return j;
  }
  return -1;
}

/** Segmenter languages: end (exclusive) of a cue from `cues` starting at token k, or -1. */
function joinedCueStartingAt(tokens: Token[], k: number, cues: JoinedCues): number {
  if (cues.set.size === 0) return -1;
  let joined = '';
  for (let j = k; j < tokens.length; j++) {
    const token = tokens[j];
    if (token === undefined || (j > k && token.start !== tokens[j - 1]?.end)) break;
    joined += token.t;
    if (joined.length > cues.maxChars) break;
    if (cues.set.has(joined)) return j + 1;
  }
  return -1;
}

/** First token of a cue of `kind` ending at token k and starting at `from` or later, or -1. */
function cueStartEndingAt(
  tokens: Token[],
  k: number,
  pack: CompiledPack,
  kind: 'before' | 'stop',
  from = 0,
): number {
  if (pack.joinedCues) return joinedCueEndingAt(tokens, k, pack.joinedCues[kind], from);
  const word = tokens[k]?.t;
  const byLast = kind === 'before' ? pack.negationBeforeByLast : pack.negationStopByLast;
  const cues = word === undefined ? undefined : byLast.get(word);
  if (!cues) return -1;
  for (const cue of cues) {
    const start = k - cue.length + 1;
    if (start >= from && cueAt(tokens, start, cue)) return start;
  }
  return -1;
}

/** End (exclusive) of an "after" cue starting at token k, or -1. */
function afterCueEnd(tokens: Token[], k: number, pack: CompiledPack): number {
  if (pack.joinedCues) return joinedCueStartingAt(tokens, k, pack.joinedCues.after);
  for (const cue of pack.negationAfter) if (cueAt(tokens, k, cue)) return k + cue.length;
  return -1;
}

/** True when a "before" negation cue lies inside tokens [from, to): the hit itself is a prohibition. */
function hasCueInside(tokens: Token[], from: number, to: number, pack: CompiledPack): boolean {
  for (let k = from; k < to; k++) if (cueStartEndingAt(tokens, k, pack, 'before', from) >= 0) return true;
  return false;
}

/**
 * A negation cue within the window before the hit (or an "after" cue after it), inside the same clause and not
 * across a stop word (a conjunction: "no days off and not allowed to leave" has two statements). A hit that itself
 * holds a negation cue ("not allowed to leave", "bawal lumabas", "tidak boleh keluar") is a prohibition: a cue
 * before it does not turn it into a reassurance.
 * Returns the token span [from, to) of cue plus hit, or null when the hit is not negated.
 */
function negation(
  tokens: Token[],
  startTok: number,
  endTok: number,
  pack: CompiledPack,
): [number, number] | null {
  const clause = tokens[startTok]?.clause;
  if (clause === undefined) return null;
  if (!hasCueInside(tokens, startTok, endTok, pack))
    for (let k = startTok - 1; k >= Math.max(0, startTok - pack.negationWindow); k--) {
      if (tokens[k]?.clause !== clause || cueStartEndingAt(tokens, k, pack, 'stop') >= 0) break;
      const from = cueStartEndingAt(tokens, k, pack, 'before');
      if (from >= 0) return [from, endTok];
    }
  const last = Math.min(tokens.length - 1, endTok - 1);
  if (last < 0 || tokens[last]?.clause !== clause) return null;
  for (let k = endTok; k < Math.min(tokens.length, endTok + pack.negationWindow); k++) {
    if (tokens[k]?.clause !== clause) break;
    const to = afterCueEnd(tokens, k, pack);
    if (to >= 0) return [startTok, to];
    if (cueStartEndingAt(tokens, k, pack, 'stop') >= 0) break;
  }
  return null;
}

function sentenceText(text: string, tokens: Token[], tok: number): string {
  let a = Math.min(tok, tokens.length - 1);
  const s = tokens[a]?.sentence;
  if (s === undefined) return text;
  let b = a;
  while (a > 0 && tokens[a - 1]?.sentence === s) a--;
  while (b < tokens.length - 1 && tokens[b + 1]?.sentence === s) b++;
  return text.slice(tokens[a]?.start ?? 0, tokens[b]?.end ?? text.length);
}

export interface ScanContext {
  ruleSet: RuleSet;
  detect: LanguageDetector;
  /** Reads numbers written in words (English pay such as "five thousand dollars a month"); optional. */
  readNumbers?: NumberReader;
}

export function scanAd(ad: AdInput, ctx: ScanContext): ScanResult {
  const { ruleSet } = ctx;
  const fields: FieldText[] = [];
  for (const name of FIELDS) {
    const value = ad[name];
    if (typeof value === 'string' && value.trim()) fields.push(prepareField(name, value));
  }
  const language = chooseLanguages(ad, fields, ruleSet, ctx.detect);
  const packs = language.packs.map((l) => ruleSet.packs.get(l)).filter((p): p is CompiledPack => !!p);

  const hits: Hit[] = [];
  const reassurances: Reassurance[] = [];
  const reassuredSentences = new Set<string>();

  for (const pack of packs) {
    for (const f of fields) {
      const text = textFor(f, pack);
      const tokens = tokensFor(f, pack);
      const literals = new LiteralIndex(text);
      const candidates: { rule: string; start: number; end: number; startTok: number; endTok: number }[] = [];
      if (pack.segmenter)
        substringHits(f, pack, pack.substrings, (rule, start, end) =>
          candidates.push({
            rule,
            start,
            end,
            startTok: tokenAt(tokens, start),
            endTok: tokenAt(tokens, end - 1) + 1,
          }),
        );
      else
        trieHits(tokens, pack.trie, pack.inflections, (rule, from, to) =>
          candidates.push({
            rule,
            start: tokens[from]?.start ?? 0,
            end: tokens[to - 1]?.end ?? 0,
            startTok: from,
            endTok: to,
          }),
        );
      for (const p of pack.patterns) {
        if (!literalGate(literals, p.literals)) continue;
        const only = pack.ruleFields.get(p.rule);
        if (only && !only.has(f.field)) continue;
        execPattern(p, text, (start, end) =>
          candidates.push({
            rule: p.rule,
            start,
            end,
            startTok: tokenAt(tokens, start),
            endTok: tokenAt(tokens, end - 1) + 1,
          }),
        );
      }
      // Reassurances first: a hit in the same sentence as a reassurance for its rule is dropped.
      for (const p of pack.reassure) {
        if (!literalGate(literals, p.literals)) continue;
        const only = pack.ruleFields.get(p.rule);
        if (only && !only.has(f.field)) continue;
        execPattern(p, text, (start, end) => {
          const span = originalSpan(f.norm, f.original, start, end);
          reassurances.push({
            rule: p.rule,
            evidence: f.original.slice(span.start, span.end),
            field: f.field,
            ...span,
            lang: pack.lang,
          });
          const tok = tokenAt(tokens, start);
          reassuredSentences.add(`${p.rule}|${f.field}|${tokens[tok]?.sentence ?? 0}`);
        });
      }
      for (const c of candidates) {
        const rule = ruleSet.catalogue.get(c.rule);
        if (!rule) continue;
        const only = pack.ruleFields.get(c.rule);
        if (only && !only.has(f.field)) continue;
        if (reassuredSentences.size > 0) {
          const sentence = tokens[Math.min(c.startTok, tokens.length - 1)]?.sentence ?? 0;
          if (reassuredSentences.has(`${c.rule}|${f.field}|${sentence}`)) continue;
        }
        const exceptions = pack.exceptions.get(c.rule);
        if (exceptions) {
          const s = sentenceText(text, tokens, c.startTok);
          if (exceptions.some((matcher) => testMatcher(matcher, s))) continue;
        }
        const negated = negation(tokens, c.startTok, c.endTok, pack);
        if (negated) {
          if (rule.kind === 'structural' && REASSURING_CATEGORIES.has(rule.category)) {
            const from = Math.min(tokens[negated[0]]?.start ?? c.start, c.start);
            const to = Math.max(tokens[Math.min(tokens.length, negated[1]) - 1]?.end ?? c.end, c.end);
            const span = originalSpan(f.norm, f.original, from, to);
            reassurances.push({
              rule: c.rule,
              evidence: f.original.slice(span.start, span.end),
              field: f.field,
              ...span,
              lang: pack.lang,
            });
          }
          continue;
        }
        hits.push({ rule: c.rule, field: f, start: c.start, end: c.end, lang: pack.lang });
      }
    }
  }

  const kinds = jobKinds(fields, packs);
  addPayHit(fields, packs, kinds, ruleSet, hits, ctx.readNumbers);
  if (ad.company !== undefined && !ad.company.trim() && (ad.title?.trim() || ad.description?.trim()))
    hits.push({
      rule: 'employer.unverifiable',
      field: { field: 'company' } as FieldText,
      start: 0,
      end: 0,
      lang: packs[0]?.lang ?? 'und',
      detail: 'no company name or profile is given',
    });

  const description = fields.find((f) => f.field === 'description');
  if (description && description.tokens.length < FEW_DETAILS_WORDS && ruleSet.catalogue.has('ad.few-details'))
    hits.push({
      rule: 'ad.few-details',
      field: description,
      start: 0,
      end: 0,
      lang: packs[0]?.lang ?? 'und',
      detail: `the description has ${description.tokens.length} words`,
    });
  return buildResult(ad, hits, reassurances, kinds, language, ruleSet);
}

function jobKinds(fields: FieldText[], packs: CompiledPack[]): Set<string> {
  const kinds = new Set<string>();
  const title = fields.find((f) => f.field === 'title');
  const sources = title ? [title] : fields.filter((f) => f.field === 'description' || f.field === 'text');
  for (const pack of packs)
    for (const f of sources) {
      const tokens = tokensFor(f, pack);
      const limit = title ? tokens.length : Math.min(tokens.length, 60);
      const head = tokens.slice(0, limit);
      if (pack.segmenter)
        substringHits(
          f,
          pack,
          pack.jobKindSubstrings,
          (kind, start) => start < (head.at(-1)?.end ?? 300) && kinds.add(kind),
        );
      else trieHits(head, pack.jobKindTrie, pack.inflections, (kind) => kinds.add(kind));
    }
  return kinds;
}

function addPayHit(
  fields: FieldText[],
  packs: CompiledPack[],
  kinds: Set<string>,
  ruleSet: RuleSet,
  hits: Hit[],
  readNumbers: NumberReader | undefined,
): void {
  const pay = ruleSet.pay;
  if (!pay || !ruleSet.catalogue.has('pay.implausible')) return;
  for (const pack of packs) {
    for (const f of fields) {
      if (f.field === 'company' || f.field === 'contact' || f.field === 'location') continue;
      const salaryField = f.field === 'salary';
      const text = textFor(f, pack);
      const found = findMoney(text, pack.money, { bareNumbers: salaryField });
      // English amounts in words, only in sentences with a currency word and no digits (see written-amounts.ts).
      if (readNumbers && pack.lang === 'en')
        found.push(...writtenMoney(text, tokensFor(f, pack), pack.money, readNumbers));
      const mentions = found.filter(
        // Outside a salary field, an amount needs a stated period or a pay word before it to be read as pay
        // ("$5 million raised" is not; "salario 3.000 €" is).
        (m) => salaryField || m.period !== null || m.payWord === true,
      );
      if (mentions.length === 0) continue;
      const verdict = judgePay(mentions, [...kinds], pay, pack.money.defaultCurrency);
      if (verdict) {
        hits.push({
          rule: 'pay.implausible',
          field: f,
          start: verdict.mention.start,
          end: verdict.mention.end,
          lang: pack.lang,
          detail: verdict.detail,
        });
        return;
      }
    }
  }
}

function chooseLanguages(
  ad: AdInput,
  fields: FieldText[],
  ruleSet: RuleSet,
  detect: LanguageDetector,
): LanguageReport {
  const sample = fields
    .filter((f) => f.field !== 'company' && f.field !== 'salary')
    .map((f) => f.original)
    .join('\n')
    .slice(0, SAMPLE_FOR_LANGUAGE);
  let detected = ad.lang?.toLowerCase().split(/[-_]/)[0] ?? '';
  const packs: string[] = [];
  let guesses: { lang: string; score: number }[] = [];
  if (!detected) {
    guesses = sample.trim() ? detect(sample) : [];
    detected = guesses[0]?.lang ?? 'und';
    const second = guesses[1];
    if (second && second.score >= 0.25 && ruleSet.packs.has(second.lang)) packs.push(second.lang);
  }
  if (ruleSet.packs.has(detected)) packs.unshift(detected);
  // Ads often mix languages: English patterns run whenever there is enough English.
  if (ruleSet.packs.has('en') && !packs.includes('en') && hasEnglish(sample, guesses)) packs.push('en');
  let supported = ruleSet.packs.has(detected);
  if (detected === 'und' && packs.includes('en')) {
    detected = 'en';
    supported = true;
  }
  return { detected, packs, supported };
}

function hasEnglish(sample: string, guesses: { lang: string; score: number }[]): boolean {
  if (guesses.some((g) => g.lang === 'en' && g.score >= 0.1)) return true;
  let count = 0;
  for (const w of sample.toLowerCase().match(/[a-z]+/g) ?? [])
    if (ENGLISH_MARKERS.has(w) && ++count >= 3) return true;
  return false;
}

function buildResult(
  ad: AdInput,
  hits: Hit[],
  reassurances: Reassurance[],
  kinds: Set<string>,
  language: LanguageReport,
  ruleSet: RuleSet,
): ScanResult {
  const present = new Set(hits.map((h) => h.rule));
  // Rules that need company (requiresAny) and bait-and-switch (needs an ordinary job title).
  for (const rule of [...present]) {
    const def = ruleSet.catalogue.get(rule);
    if (def?.requiresAny && !def.requiresAny.some((r) => present.has(r))) present.delete(rule);
  }
  if (present.has('bait.switch') && !ORDINARY_KINDS.some((k) => kinds.has(k))) present.delete('bait.switch');

  const contexts = new Map<string, number>();
  for (const rule of present) {
    const def = ruleSet.catalogue.get(rule);
    if (def?.kind === 'context') contexts.set(rule, def.weight);
  }
  const weights = new Map<string, number>();
  const usedContexts = new Set<string>();
  let lureOnly = true;
  for (const rule of present) {
    const def = ruleSet.catalogue.get(rule);
    if (def?.kind !== 'structural') continue;
    const boosts: number[] = [];
    for (const c of def.boostedBy ?? [])
      if (contexts.has(c)) {
        boosts.push(contexts.get(c) ?? 0);
        usedContexts.add(c);
      }
    weights.set(rule, boostedWeight(def.weight, boosts));
    if (def.role !== 'lure') lureOnly = false;
  }
  const reassuredRules = new Set(reassurances.map((r) => r.rule));
  // Independent signs: mechanism rules of distinct categories (three fee rules are one sign, not three).
  const signCategories = new Set<string>();
  for (const rule of weights.keys()) {
    const def = ruleSet.catalogue.get(rule);
    if (def && def.role !== 'lure') signCategories.add(def.category);
  }
  const score =
    weights.size === 0
      ? 0
      : combine([...weights.values()], lureOnly, reassuredRules.size, signCategories.size);

  const flags: Flag[] = [];
  const perRule = new Map<string, number>();
  const seenSpans = new Set<string>();
  // Longest evidence first, and a hit inside an already kept hit of the same rule is not repeated.
  const ordered = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Hit[] = [];
  // Overlaps only matter within one rule and field: group the kept hits so a long page is not quadratic in hits.
  const keptBy = new Map<FieldText, Map<string, Hit[]>>();
  for (const h of ordered) {
    let byRule = keptBy.get(h.field);
    if (!byRule) {
      byRule = new Map();
      keptBy.set(h.field, byRule);
    }
    let same = byRule.get(h.rule);
    if (!same) {
      same = [];
      byRule.set(h.rule, same);
    }
    if (same.some((k) => h.start < k.end && k.start < h.end)) continue;
    same.push(h);
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  for (const h of kept) {
    const def = ruleSet.catalogue.get(h.rule);
    if (!def || !present.has(h.rule)) continue;
    if (def.kind === 'context' && !usedContexts.has(h.rule)) continue;
    const count = perRule.get(h.rule) ?? 0;
    if (count >= MAX_FLAGS_PER_RULE) continue;
    const span =
      h.end > h.start ? originalSpan(h.field.norm, h.field.original, h.start, h.end) : { start: 0, end: 0 };
    const key = `${h.rule}|${h.field.field}|${span.start}`;
    if (seenSpans.has(key)) continue;
    seenSpans.add(key);
    perRule.set(h.rule, count + 1);
    const flag: Flag = {
      rule: h.rule,
      category: def.category,
      kind: def.kind,
      weight: Math.round(def.kind === 'context' ? def.weight : (weights.get(h.rule) ?? def.weight)),
      evidence: h.end > h.start ? h.field.original.slice(span.start, span.end) : '',
      field: h.field.field,
      start: span.start,
      end: span.end,
      explanation: explanationFor(h.rule, h.lang, ruleSet),
      sources: def.sources as SourceRef[],
      heuristic: def.heuristic,
      lang: h.lang,
    };
    if (h.detail) flag.detail = h.detail;
    if (h.end <= h.start) flag.absent = true;
    flags.push(flag);
  }
  flags.sort((a, b) => b.weight - a.weight || a.rule.localeCompare(b.rule));
  const result: ScanResult = {
    score,
    level: levelOf(score),
    flags,
    reassurances: dedupeReassurances(reassurances),
    language,
  };
  if (ad.id !== undefined) result.id = ad.id;
  return result;
}

function dedupeReassurances(list: Reassurance[]): Reassurance[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.rule}|${r.field}|${r.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const FALLBACK: Explanation = {
  title: 'Warning sign',
  why: 'This wording matches a pattern used in deceptive recruitment.',
  ask: 'Ask for a written contract and check the employer independently before you pay or travel.',
};

function explanationFor(rule: string, lang: string, ruleSet: RuleSet): Explanation {
  return (
    ruleSet.packs.get(lang)?.explanations.get(rule) ??
    ruleSet.packs.get('en')?.explanations.get(rule) ??
    FALLBACK
  );
}

export const defaultDetector: LanguageDetector = (text) => detectLanguages(text);
