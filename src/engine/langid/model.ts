// A tiny naive-Bayes language model over character trigrams and whole words, one per script.
// Trained once (lazily, a few tens of milliseconds) from prose written for this project: training-prose.json.
import { scriptOf } from './scripts';
import prose from './training-prose.json';

export type ModelScript = 'latin' | 'cyrillic';

interface TrainingProse {
  /** Ads in these languages are often typed without diacritics; train on both spellings. */
  alsoWithoutDiacritics: string[];
  /** ISO 639-1 code → prose. */
  languages: Record<string, string>;
}

const PROSE = prose as TrainingProse;

/** Additive smoothing; small, so a trigram never seen in a language weighs clearly against it. */
const SMOOTHING = 0.3;
/** Weight of one whole-word match relative to one trigram. */
export const WORD_WEIGHT = 1.5;

export interface GroupModel {
  langs: readonly string[];
  /** UTF-16 code unit → dense letter index (1..254); 0 is the word boundary, 255 a letter never seen in training. */
  alphabet: Uint8Array;
  /** Trigram key (three letter indexes, 24 bits) → row in `trigramLogProb`, as an open-addressing hash table:
   *  several times faster than a Map on the hot path. */
  trigramRows: TrigramTable;
  /** Row-major table: log P(trigram | language), `langs.length` values per row. */
  trigramLogProb: Float32Array;
  /** Per row, bit i set when language i saw the trigram in training. */
  trigramSeenBy: Uint16Array;
  words: Map<string, Float32Array>;
}

const WORD_RE = /[\p{L}\p{M}]+/gu;
const UNKNOWN_LETTER = 255;

/** Lower case, composed, Romanian cedilla letters folded to the comma-below letters. */
export function normaliseForModel(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ş/g, 'ș').replace(/ţ/g, 'ț');
}

export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

export function wordsOf(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Calls `visit` with the key of each trigram of the word padded by boundaries: " ab", "abc", "bc ". */
function forEachTrigram(alphabet: Uint8Array, word: string, visit: (key: number) => void): void {
  let a = 0;
  let b = 0;
  for (let i = 0; i < word.length; i++) {
    const c = alphabet[word.charCodeAt(i)]!;
    visit((a << 16) | (b << 8) | c);
    a = b;
    b = c;
  }
  visit((a << 16) | (b << 8));
}

function buildAlphabet(texts: string[]): Uint8Array {
  const alphabet = new Uint8Array(65536).fill(UNKNOWN_LETTER);
  let next = 1;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (alphabet[code] !== UNKNOWN_LETTER || code === 32) continue;
      if (next >= UNKNOWN_LETTER)
        throw new Error('langid: more than 254 distinct letters in one script group');
      alphabet[code] = next++;
    }
  }
  return alphabet;
}

function count<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function totalOf(counts: Map<unknown, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/** Smoothed log-probabilities, per language, of every key seen in any language. */
function logProbs<K>(perLang: Map<K, number>[]): Map<K, Float32Array> {
  const vocabulary = new Set<K>();
  for (const counts of perLang) for (const key of counts.keys()) vocabulary.add(key);
  const denominators = perLang.map((counts) => totalOf(counts) + SMOOTHING * vocabulary.size);
  const rows = new Map<K, Float32Array>();
  for (const key of vocabulary) {
    rows.set(
      key,
      Float32Array.from(perLang, (counts, i) =>
        Math.log(((counts.get(key) ?? 0) + SMOOTHING) / denominators[i]!),
      ),
    );
  }
  return rows;
}

/** Script group of a language's prose: whichever of Latin or Cyrillic letters it has more of. */
function scriptOfProse(text: string): ModelScript {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (script === 'latin') latin++;
    else if (script === 'cyrillic') cyrillic++;
  }
  return cyrillic > latin ? 'cyrillic' : 'latin';
}

/** Languages of one script group, in the order of the prose file. Adding prose adds a language: no code change. */
export function languagesOf(script: ModelScript): string[] {
  return Object.entries(PROSE.languages)
    .filter(([, text]) => scriptOfProse(text) === script)
    .map(([lang]) => lang);
}

function buildGroup(langs: readonly string[]): GroupModel {
  const withoutDiacritics = new Set(PROSE.alsoWithoutDiacritics);
  const texts = langs.map((lang) => {
    const normalised = normaliseForModel(PROSE.languages[lang] ?? '');
    return withoutDiacritics.has(lang) ? `${normalised} ${stripDiacritics(normalised)}` : normalised;
  });
  const wordLists = texts.map(wordsOf);
  const alphabet = buildAlphabet(wordLists.map((words) => words.join(' ')));
  const trigramCounts = wordLists.map((words) => {
    const counts = new Map<number, number>();
    for (const word of words) forEachTrigram(alphabet, word, (key) => count(counts, key));
    return counts;
  });
  const wordCounts = wordLists.map((words) => {
    const counts = new Map<string, number>();
    for (const word of words) count(counts, word);
    return counts;
  });
  const trigrams = { rows: logProbs(trigramCounts) };
  if (langs.length > 16) throw new Error('langid: at most 16 languages per script group');
  const trigramRows = new TrigramTable(trigrams.rows.size);
  const trigramLogProb = new Float32Array(trigrams.rows.size * langs.length);
  const trigramSeenBy = new Uint16Array(trigrams.rows.size);
  for (const [key, logProb] of trigrams.rows) {
    const row = trigramRows.add(key);
    trigramLogProb.set(logProb, row * langs.length);
    trigramCounts.forEach((counts, i) => {
      if (counts.has(key)) trigramSeenBy[row]! |= 1 << i;
    });
  }
  return { langs, alphabet, trigramRows, trigramLogProb, trigramSeenBy, words: logProbs(wordCounts) };
}

/** Fixed-size hash map from 24-bit trigram keys to row numbers (linear probing, never resized). */
export class TrigramTable {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacityHint: number) {
    let capacity = 16;
    while (capacity < capacityHint * 2) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  add(key: number): number {
    const slot = this.slot(key);
    if (this.keys[slot] === -1) {
      this.keys[slot] = key;
      this.rows[slot] = this.size++;
    }
    return this.rows[slot]!;
  }

  /** Row of the key, or -1. */
  get(key: number): number {
    const slot = this.slot(key);
    return this.keys[slot] === key ? this.rows[slot]! : -1;
  }
}

const cache = new Map<ModelScript, GroupModel>();

export function groupModel(script: ModelScript): GroupModel {
  let model = cache.get(script);
  if (!model) {
    model = buildGroup(languagesOf(script));
    cache.set(script, model);
  }
  return model;
}

export interface GroupScore {
  /** Posterior per language of the group, same order as `langs`. */
  posterior: number[];
  /** Share of the text's trigrams that the best two languages saw in training: low means a language outside the model. */
  coverage: number;
}

/** What one word adds to a chunk's score; words repeat a lot (within an ad and across ads), so it is cached. */
interface WordScore {
  /** Log-likelihood per language: the whole-word row (weighted) plus every trigram row. */
  ll: number[];
  /** Evidence count: WORD_WEIGHT for a known word, plus one per trigram seen in training. */
  features: number;
  /** Trigrams of the word, seen or not. */
  trigrams: number;
  /** trigramSeenBy of each seen trigram. */
  seenMasks: number[];
}

/** Cached words per model; cleared when full so memory stays bounded (a few MB at most). */
const MAX_CACHED_WORDS = 8192;
const wordCaches = new WeakMap<GroupModel, Map<string, WordScore>>();

function scoreWord(model: GroupModel, word: string): WordScore {
  const n = model.langs.length;
  const { alphabet, trigramRows, trigramLogProb, trigramSeenBy } = model;
  // Plain arrays: typed-array allocation costs far more than these few numbers (values are doubles either way).
  const ll = new Array<number>(n).fill(0);
  let features = 0;
  const wordRow = model.words.get(word);
  if (wordRow) {
    for (let i = 0; i < n; i++) ll[i]! += wordRow[i]! * WORD_WEIGHT;
    features += WORD_WEIGHT;
  }
  const masks: number[] = [];
  let a = 0;
  let b = 0;
  for (let p = 0; p <= word.length; p++) {
    const c = p < word.length ? alphabet[word.charCodeAt(p)]! : 0;
    const row = trigramRows.get((a << 16) | (b << 8) | c);
    a = b;
    b = c;
    if (row < 0) continue;
    features++;
    masks.push(trigramSeenBy[row]!);
    const base = row * n;
    for (let i = 0; i < n; i++) ll[i]! += trigramLogProb[base + i]!;
  }
  return { ll, features, trigrams: word.length + 1, seenMasks: masks };
}

/** Word scores of one call, reused between calls (no allocation per call). */
const scoredWords: WordScore[] = [];

/**
 * Scores already-normalised words with one group's model. Hot path: each distinct word is scored once and cached.
 * The result is bit-for-bit what summing every trigram in order gives: the log-probabilities are float32 values
 * of moderate size summed in float64, so every partial sum is exact and the order of the additions does not matter. */
export function scoreWords(model: GroupModel, words: readonly string[]): GroupScore {
  const n = model.langs.length;
  let cache = wordCaches.get(model);
  if (!cache) {
    cache = new Map();
    wordCaches.set(model, cache);
  }
  const ll = new Array<number>(n).fill(0);
  let features = 0;
  let total = 0;
  scoredWords.length = 0;
  for (const word of words) {
    let scored = cache.get(word);
    if (!scored) {
      scored = scoreWord(model, word);
      if (cache.size >= MAX_CACHED_WORDS) cache.clear();
      cache.set(word, scored);
    }
    const wordLl = scored.ll;
    for (let i = 0; i < n; i++) ll[i]! += wordLl[i]!;
    features += scored.features;
    total += scored.trigrams;
    scoredWords.push(scored);
  }
  // Naive Bayes is overconfident because trigrams overlap; temper by the square root of the evidence.
  const temper = Math.max(1, Math.sqrt(features) / 2);
  let best = 0;
  for (let i = 1; i < n; i++) if (ll[i]! > ll[best]!) best = i;
  const max = ll[best]! / temper;
  let sum = 0;
  const posterior = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    posterior[i] = Math.exp(ll[i]! / temper - max);
    sum += posterior[i]!;
  }
  for (let i = 0; i < n; i++) posterior[i]! /= sum;
  // Coverage counts trigrams seen by the best or the runner-up language, so code-mixed text (Taglish, Spanish with
  // English job titles) is not mistaken for an unknown language.
  let second = best === 0 ? 1 : 0;
  for (let i = 0; i < n; i++) if (i !== best && ll[i]! > ll[second]!) second = i;
  const pair = (1 << best) | (n > 1 ? 1 << second : 0);
  let seen = 0;
  for (let w = 0; w < scoredWords.length; w++) {
    const masks = scoredWords[w]!.seenMasks;
    for (let k = 0; k < masks.length; k++) if (masks[k]! & pair) seen++;
  }
  scoredWords.length = 0;
  return { posterior, coverage: total === 0 ? 0 : seen / total };
}
