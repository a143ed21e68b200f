// A tiny naive-Bayes language model over character trigrams and whole words, one per script.
// Trained once (lazily, a few milliseconds) from prose written for this project: training-prose.json.
import prose from './training-prose.json';

/** Languages the statistical model separates, per script. "de" and "it" are decoys: text in them is reported
 *  as such (no pack exists) instead of being mistaken for Spanish or Romanian. */
const GROUPS = {
  latin: ['en', 'es', 'pt', 'fr', 'ro', 'tl', 'id', 'vi', 'de', 'it'],
  cyrillic: ['ru', 'uk', 'bg'],
} as const;

export type ModelScript = keyof typeof GROUPS;

/** Ads in these languages are often typed without diacritics; train on both spellings. */
const ALSO_WITHOUT_DIACRITICS = new Set(['ro', 'vi', 'pt', 'es']);

/** Additive smoothing; small, so a trigram never seen in a language weighs clearly against it. */
const SMOOTHING = 0.3;
/** Weight of one whole-word match relative to one trigram. */
export const WORD_WEIGHT = 1.5;

export interface GroupModel {
  langs: readonly string[];
  trigrams: Map<number, Float64Array>;
  words: Map<string, Float64Array>;
}

const WORD_RE = /[\p{L}\p{M}]+/gu;

/** Lower case, composed, Romanian cedilla letters folded to the comma-below letters. */
export function normaliseForModel(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ş/g, 'ș').replace(/ţ/g, 'ț');
}

export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function wordsOf(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Trigram keys of a word padded with spaces: " ab", "abc", "bc ". Code points < 2^17, so a key fits in 51 bits. */
export function forEachTrigram(word: string, visit: (key: number) => void): void {
  let a = 32;
  let b = 32;
  for (const ch of word) {
    const c = ch.codePointAt(0)! & 0x1ffff;
    visit((a * 131072 + b) * 131072 + c);
    a = b;
    b = c;
  }
  visit((a * 131072 + b) * 131072 + 32);
}

function countFeatures(text: string, trigramCounts: Map<number, number>, wordCounts: Map<string, number>): void {
  for (const word of wordsOf(normaliseForModel(text))) {
    wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    forEachTrigram(word, (key) => trigramCounts.set(key, (trigramCounts.get(key) ?? 0) + 1));
  }
}

function logProbTable<K>(perLang: Map<K, number>[]): Map<K, Float64Array> {
  const vocabulary = new Set<K>();
  for (const counts of perLang) for (const key of counts.keys()) vocabulary.add(key);
  const totals = perLang.map((counts) => {
    let n = 0;
    for (const c of counts.values()) n += c;
    return n;
  });
  const table = new Map<K, Float64Array>();
  for (const key of vocabulary) {
    const row = new Float64Array(perLang.length);
    perLang.forEach((counts, i) => {
      row[i] = Math.log(((counts.get(key) ?? 0) + SMOOTHING) / (totals[i]! + SMOOTHING * vocabulary.size));
    });
    table.set(key, row);
  }
  return table;
}

function buildGroup(langs: readonly string[]): GroupModel {
  const texts = (prose as { languages: Record<string, string> }).languages;
  const trigramCounts: Map<number, number>[] = [];
  const wordCounts: Map<string, number>[] = [];
  for (const lang of langs) {
    const text = texts[lang];
    if (!text) throw new Error(`langid: no training prose for "${lang}"`);
    const tri = new Map<number, number>();
    const words = new Map<string, number>();
    countFeatures(text, tri, words);
    if (ALSO_WITHOUT_DIACRITICS.has(lang)) countFeatures(stripDiacritics(text), tri, words);
    trigramCounts.push(tri);
    wordCounts.push(words);
  }
  return { langs, trigrams: logProbTable(trigramCounts), words: logProbTable(wordCounts) };
}

const cache = new Map<ModelScript, GroupModel>();

export function groupModel(script: ModelScript): GroupModel {
  let model = cache.get(script);
  if (!model) {
    model = buildGroup(GROUPS[script]);
    cache.set(script, model);
  }
  return model;
}

export interface GroupScore {
  /** Posterior per language of the group, same order as `langs`. */
  posterior: Float64Array;
  /** Share of the text's trigrams the model has seen at all: low means a language outside the model. */
  coverage: number;
}

/** Scores already-normalised words with one group's model. */
export function scoreWords(model: GroupModel, words: readonly string[]): GroupScore {
  const n = model.langs.length;
  const ll = new Float64Array(n);
  let features = 0;
  let seen = 0;
  let total = 0;
  const addRow = (row: Float64Array, weight: number) => {
    for (let i = 0; i < n; i++) ll[i]! += row[i]! * weight;
  };
  for (const word of words) {
    const wordRow = model.words.get(word);
    if (wordRow) {
      addRow(wordRow, WORD_WEIGHT);
      features += WORD_WEIGHT;
    }
    forEachTrigram(word, (key) => {
      total++;
      const row = model.trigrams.get(key);
      if (row) {
        seen++;
        features++;
        addRow(row, 1);
      }
    });
  }
  // Naive Bayes is overconfident because trigrams overlap; temper by the square root of the evidence.
  const temper = Math.max(1, Math.sqrt(features) / 2);
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) max = Math.max(max, ll[i]! / temper);
  let sum = 0;
  const posterior = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    posterior[i] = Math.exp(ll[i]! / temper - max);
    sum += posterior[i]!;
  }
  for (let i = 0; i < n; i++) posterior[i]! /= sum;
  return { posterior, coverage: total === 0 ? 0 : seen / total };
}
