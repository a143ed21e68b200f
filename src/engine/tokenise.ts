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

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let sentence = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // A single space (most gaps) breaks neither a clause nor a sentence.
    if (tokens.length > 0 && !(m.index === last + 1 && text.charCodeAt(last) === 32)) {
      const gap = text.slice(last, m.index);
      if (SENTENCE_BREAK.test(gap) && !/^\.\d/.test(text.slice(m.index - 1, m.index + 1))) {
        sentence++;
        clause++;
      } else if (CLAUSE_BREAK.test(gap) && !/^,\d$/.test(gap + text[m.index])) clause++;
    }
    tokens.push({ t: m[0], start: m.index, end: m.index + m[0].length, clause, sentence });
    last = m.index + m[0].length;
  }
  return tokens;
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
