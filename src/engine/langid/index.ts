// Offline language identification for ads: script first, then a small trigram + word model inside Latin and
// Cyrillic. Mixed-language ads (Taglish, Russian with English words) get several languages with their shares.
import { groupModel, type ModelScript, normaliseForModel, scoreWords } from './model';
import { type Script, SINGLE_LANGUAGE_SCRIPTS, scriptOf } from './scripts';

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" for text in a script the model covers but a language it does not know. */
  lang: string;
  /** Share of the sampled text attributed to this language, 0..1. */
  score: number;
}

/** Only the head of an ad is sampled: enough to decide, and it keeps detection well under a millisecond. */
export const SAMPLE_CHARS = 1536;
/** Below this many letters the text says too little to guess. */
const MIN_LETTERS = 4;
/** Sentences are grouped until a chunk has this many words, so short lines borrow context from neighbours. */
const CHUNK_WORDS = 8;
/** A language with a smaller share is noise (a brand name, one loanword) and is not reported. */
const MIN_SHARE = 0.1;
/** If fewer of a chunk's trigrams than this were seen in the best language's training, the chunk is in some
 *  other language (Polish, Turkish, Czech...). Cyrillic is lower: its prose is shorter and it has no decoys. */
const MIN_COVERAGE: Record<ModelScript, number> = { latin: 0.5, cyrillic: 0.3 };
/** A few words in a second script inside a chunk (brand names like "WhatsApp" in a Russian ad) are not a language. */
const MIN_MINORITY_WORDS = 4;
/** CJK characters carry more than one Latin letter's worth of text. */
const CJK_LETTER_WEIGHT = 2;
/** Japanese mixes Han with kana; above this kana share the Han characters are Japanese, not Chinese. */
const KANA_SHARE_FOR_JAPANESE = 0.15;

function scriptOfWord(word: string): Script | null {
  for (const ch of word) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (script) return script;
  }
  return null;
}

/** A word, or a run of sentence-break characters (full stops, ! ? ; : | • line breaks, CJK full stops). */
const WORD_OR_BREAK = /[\p{L}\p{M}]+|[.!?;:|•\n\r\u3002\uff01\uff1f]+/gu;

/** Splits the sample into chunks of at least CHUNK_WORDS words (the last one may be shorter). A chunk ends only at a
 *  sentence break, so short lines borrow context from their neighbours. One pass, no intermediate arrays. */
function chunksOf(sample: string): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  WORD_OR_BREAK.lastIndex = 0;
  for (let m = WORD_OR_BREAK.exec(sample); m; m = WORD_OR_BREAK.exec(sample)) {
    const token = m[0];
    const code = token.charCodeAt(0);
    const isBreak =
      code === 0x2e ||
      code === 0x21 ||
      code === 0x3f ||
      code === 0x3b ||
      code === 0x3a ||
      code === 0x7c ||
      code === 0x2022 ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x3002 ||
      code === 0xff01 ||
      code === 0xff1f;
    if (!isBreak) current.push(token);
    else if (current.length >= CHUNK_WORDS) {
      chunks.push(current);
      current = [];
    }
  }
  if (current.length >= CHUNK_WORDS) {
    chunks.push(current);
    current = [];
  }
  if (current.length > 0) {
    // A short tail joins the previous chunk rather than being judged alone.
    const last = chunks.at(-1);
    if (last && current.length < CHUNK_WORDS / 2) last.push(...current);
    else chunks.push(current);
  }
  return chunks;
}

function add(weights: Map<string, number>, lang: string, weight: number): void {
  weights.set(lang, (weights.get(lang) ?? 0) + weight);
}

function scoreModelScript(
  weights: Map<string, number>,
  script: ModelScript,
  words: string[],
  letters: number,
) {
  const model = groupModel(script);
  const { posterior, coverage } = scoreWords(model, words);
  if (coverage < MIN_COVERAGE[script]) {
    add(weights, 'und', letters);
    return;
  }
  model.langs.forEach((lang, i) => {
    add(weights, lang, letters * posterior[i]!);
  });
}

/**
 * Languages of a text, best first, with their share of the text (0..1).
 * Returns [] when the text has too few letters to judge; "und" marks text the model cannot place.
 */
export function detectLanguages(text: string): LanguageGuess[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const sample = normaliseForModel(text.slice(0, SAMPLE_CHARS));
  const weights = new Map<string, number>();
  let total = 0;

  for (const chunk of chunksOf(sample)) {
    const byScript: Record<ModelScript, { words: string[]; letters: number }> = {
      latin: { words: [], letters: 0 },
      cyrillic: { words: [], letters: 0 },
    };
    for (const word of chunk) {
      const script = scriptOfWord(word);
      if (!script) continue;
      const letters = word.length;
      if (script === 'latin' || script === 'cyrillic') {
        byScript[script].words.push(word);
        byScript[script].letters += letters;
      } else {
        total += countScriptLetters(weights, word);
      }
    }
    const mainLetters = Math.max(byScript.latin.letters, byScript.cyrillic.letters);
    for (const script of ['latin', 'cyrillic'] as const) {
      const { words, letters } = byScript[script];
      if (letters === 0) continue;
      if (letters < mainLetters && words.length < MIN_MINORITY_WORDS) continue;
      scoreModelScript(weights, script, words, letters);
      total += letters;
    }
  }

  if (total < MIN_LETTERS) return [];
  foldJapaneseHan(weights);
  const guesses = [...weights]
    .map(([lang, weight]) => ({ lang, score: weight / total }))
    .sort((a, b) => b.score - a.score);
  return guesses.filter((guess, i) => i === 0 || guess.score >= MIN_SHARE);
}

/** Runs without spaces (Chinese, Japanese, Thai) can mix scripts: count each character. Returns the weight added. */
function countScriptLetters(weights: Map<string, number>, run: string): number {
  // Totals per language for the run, in order of first appearance, then one update each (Thai and Chinese runs are
  // long; the weights are whole numbers, so adding them once per run gives exactly the same sums).
  const langs: string[] = [];
  const totals: number[] = [];
  let added = 0;
  for (let i = 0; i < run.length; i++) {
    const cp = run.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const script = scriptOf(cp);
    if (!script) continue;
    const weight = script === 'han' || script === 'kana' || script === 'hangul' ? CJK_LETTER_WEIGHT : 1;
    const lang = SINGLE_LANGUAGE_SCRIPTS[script] ?? 'und';
    const at = langs.indexOf(lang);
    if (at < 0) {
      langs.push(lang);
      totals.push(weight);
    } else totals[at]! += weight;
    added += weight;
  }
  for (let k = 0; k < langs.length; k++) add(weights, langs[k]!, totals[k]!);
  return added;
}

/** Han characters next to enough kana are Japanese kanji. */
function foldJapaneseHan(weights: Map<string, number>): void {
  const kana = weights.get('ja') ?? 0;
  const han = weights.get('zh') ?? 0;
  if (kana > 0 && han > 0 && kana / (kana + han) >= KANA_SHARE_FOR_JAPANESE) {
    weights.set('ja', kana + han);
    weights.delete('zh');
  }
}

/** The single most likely language, or "und". */
export function detectLanguage(text: string): string {
  return detectLanguages(text)[0]?.lang ?? 'und';
}
