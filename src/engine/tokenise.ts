// Splits normalised text into word tokens with clause and sentence numbers. Clause breaks (commas, semicolons,
// full stops, line breaks) bound negation windows; sentence breaks bound exceptions and reassurances.

export interface Token {
  /** Token text (normalised). */
  t: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  clause: number;
  sentence: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CLAUSE_BREAK = /[,;:()\n•|\u3001\uff0c\uff1b]/;
const SENTENCE_BREAK = /[.!?\n•|\u3002\uff01\uff1f]/;

/** Adds words in text order, numbering clauses and sentences from the gaps between them. */
class TokenList {
  readonly tokens: Token[] = [];
  private clause = 0;
  private sentence = 0;
  private last = 0;

  /** anyGapBreaksClause: Thai separates phrases with a space where English uses a comma, and a segmenter keeps
   *  numbers such as "1,000" whole, so between segmenter words every gap is a clause break. */
  constructor(
    private readonly text: string,
    private readonly anyGapBreaksClause = false,
  ) {}

  add(word: string, index: number): void {
    // A single space (most gaps in spaced languages) breaks neither a clause nor a sentence.
    if (this.tokens.length > 0 && index > this.last) {
      const { text } = this;
      const gap = text.slice(this.last, index);
      if (SENTENCE_BREAK.test(gap) && !/^\.\d/.test(text.slice(index - 1, index + 1))) {
        this.sentence++;
        this.clause++;
      } else if (this.anyGapBreaksClause || this.isClauseBreak(gap, index)) this.clause++;
    }
    const end = index + word.length;
    this.tokens.push({ t: word, start: index, end, clause: this.clause, sentence: this.sentence });
    this.last = end;
  }

  private isClauseBreak(gap: string, index: number): boolean {
    return gap !== ' ' && CLAUSE_BREAK.test(gap) && !/^,\d$/.test(gap + this.text[index]);
  }
}

export function tokenise(text: string): Token[] {
  const list = new TokenList(text);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) list.add(m[0], m.index);
  return list.tokens;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** V8's Intl.Segmenter slows down quadratically on one long string (64 KB: 0.5 s, 256 KB: 53 s measured), so text
 *  is segmented in pieces of about this many characters, cut at a space or punctuation. */
const SEGMENT_CHUNK = 512;
const CHUNK_CUT = /[\s\p{P}]/u;

/** End of the piece starting at `from`: just after the last space or punctuation in its second half. */
function chunkEnd(text: string, from: number): number {
  const end = from + SEGMENT_CHUNK;
  if (end >= text.length) return text.length;
  for (let i = end - 1; i > from + SEGMENT_CHUNK / 2; i--) if (CHUNK_CUT.test(text.charAt(i))) return i + 1;
  return end;
}

/**
 * Words of a language written without spaces (Thai, Chinese), found by Intl.Segmenter, with the same clause and
 * sentence numbers as tokenise. Rule phrases are still matched as substrings (a segmenter splits the same phrase
 * differently in different contexts); these tokens bound negation cues, windows and sentences.
 * Falls back to tokenise where Intl.Segmenter is missing.
 */
export function segmentWords(text: string, lang: string): Token[] {
  if (typeof Intl.Segmenter !== 'function') return tokenise(text);
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  const list = new TokenList(text, true);
  for (let from = 0; from < text.length; ) {
    const end = chunkEnd(text, from);
    for (const s of segmenter.segment(text.slice(from, end)))
      if (s.isWordLike) list.add(s.segment, from + s.index);
    from = end;
  }
  return list.tokens;
}

/** Words of a phrase, split the same way as ad text. */
export function phraseWords(phrase: string): string[] {
  return phrase.match(WORD) ?? [];
}

/** Index of the first token whose end is after `pos` (binary search). */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const token = tokens[mid];
    if (token !== undefined && token.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
