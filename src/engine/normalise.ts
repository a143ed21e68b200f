// Text normalisation for matching. Every output character remembers the index of the original character it came
// from, so evidence offsets always point into the text the user sees.
//
// Steps (per code point, so the offset map stays exact): NFKC (ligatures, full-width forms), lower case, curly
// quotes and dashes to ASCII, zero-width characters dropped, emoji to spaces, whitespace runs collapsed (a run with
// a line break becomes "\n", a clause break). Then two obfuscation repairs: look-alike digits and symbols inside
// words ("p@ssp0rt" → "passport") and letters spaced out ("p a s s p o r t" → "passport").

export interface NormalisedText {
  /** Normalised text. */
  text: string;
  /** map[i] = index in the original string of the character that produced text[i]; map[text.length] = original length. */
  map: Int32Array;
}

const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff\ufe0e\ufe0f]/u;
const EMOJI = /[\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\u{1f1e6}-\u{1f1ff}\u20e3]/u;
const SPACE = /\s/u;
const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
/** Look-alikes used to dodge keyword filters; only repaired inside words (see repairLeet). */
const LEET: Record<string, string> = {
  '@': 'a',
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  $: 's',
  '!': 'i',
};

const cache = new Map<string, string>();
function normaliseChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  out = QUOTES[ch] ?? ch.normalize('NFKC').toLowerCase();
  for (const [from, to] of Object.entries(QUOTES)) if (out.includes(from)) out = out.split(from).join(to);
  if (cache.size < 20000) cache.set(ch, out);
  return out;
}

export function normalise(original: string): NormalisedText {
  const chars: string[] = [];
  const map: number[] = [];
  let pendingSpace: string | null = null;
  let pendingAt = 0;
  const n = original.length;
  for (let i = 0; i < n; ) {
    const at = i;
    const code = original.charCodeAt(i);
    let ch: string;
    let space: boolean;
    let isBreak = false;
    if (code < 0x80) {
      // ASCII fast path: most ad text.
      i++;
      space = code === 32 || (code >= 9 && code <= 13);
      isBreak = code === 10 || code === 13;
      ch = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[at]!;
    } else {
      const cp = original.codePointAt(i)!;
      const raw = String.fromCodePoint(cp);
      i += raw.length;
      if (ZERO_WIDTH.test(raw)) continue;
      space = SPACE.test(raw) || EMOJI.test(raw);
      isBreak = raw === '\u2028' || raw === '\u2029';
      ch = space ? ' ' : normaliseChar(raw);
    }
    if (space) {
      if (pendingSpace === null) {
        pendingSpace = isBreak ? '\n' : ' ';
        pendingAt = at;
      } else if (isBreak) pendingSpace = '\n';
      continue;
    }
    if (pendingSpace !== null) {
      if (chars.length > 0) {
        chars.push(pendingSpace);
        map.push(pendingAt);
      }
      pendingSpace = null;
    }
    if (ch.length === 1) {
      chars.push(ch);
      map.push(at);
    } else
      for (const o of ch) {
        chars.push(o);
        map.push(at);
      }
  }
  map.push(original.length);
  repairLeet(chars);
  return joinSpacedLetters(chars, map);
}

const WORD_CHAR = /[\p{L}\p{M}]/u;
/** Replace look-alikes inside a word chunk that has at least three letters and no run of two digits (so "5000usd" and
 *  "covid19" are left alone, while "p@ssp0rt" and "l0an" are repaired). Same length, so offsets are unchanged. */
function repairLeet(chars: string[]): void {
  let start = 0;
  const n = chars.length;
  while (start < n) {
    while (start < n && (chars[start] === ' ' || chars[start] === '\n')) start++;
    let end = start;
    while (end < n && chars[end] !== ' ' && chars[end] !== '\n') end++;
    // Trim trailing punctuation such as "p@ssport," or "fee!".
    let stop = end;
    while (stop > start && /[.,;:?!)"']/.test(chars[stop - 1])) stop--;
    let letters = 0;
    let leet = 0;
    let digitRun = 0;
    let ok = stop - start >= 4;
    for (let k = start; k < stop && ok; k++) {
      const c = chars[k];
      if (WORD_CHAR.test(c)) {
        letters++;
        digitRun = 0;
      } else if (LEET[c] !== undefined) {
        leet++;
        if (/\d/.test(c)) {
          digitRun++;
          if (digitRun >= 2) ok = false;
        } else digitRun = 0;
        // A look-alike must touch a letter on at least one side ("p@ss", "l0an"), not stand alone.
        const prev = chars[k - 1];
        const next = chars[k + 1];
        if (!(k > start && prev && WORD_CHAR.test(prev)) && !(k + 1 < stop && next && WORD_CHAR.test(next)))
          ok = false;
        // "$50" or "@name" at the start are money and handles, not disguised letters.
        if (k === start && (c === '$' || c === '@')) ok = false;
      } else ok = false;
    }
    if (ok && leet > 0 && letters >= 3)
      for (let k = start; k < stop; k++) if (LEET[chars[k]]) chars[k] = LEET[chars[k]];
    start = end;
  }
}

const SINGLE_LETTER = /^[\p{Script=Latin}\p{Script=Cyrillic}]$/u;
const SPACER = /^[ .\-_*·]$/;
/** "p a s s p o r t" or "p.a.s.s.p.o.r.t" (four or more single letters) becomes "passport". */
function joinSpacedLetters(chars: string[], map: number[]): NormalisedText {
  const outChars: string[] = [];
  const outMap: number[] = [];
  const n = chars.length;
  let k = 0;
  const isBoundary = (idx: number) => idx < 0 || idx >= n || !/[\p{L}\p{N}]/u.test(chars[idx]);
  while (k < n) {
    if (SINGLE_LETTER.test(chars[k]) && isBoundary(k - 1)) {
      // Collect letter, spacer, letter, spacer... with single spacers.
      let j = k;
      const letters: number[] = [k];
      while (
        j + 2 < n &&
        SPACER.test(chars[j + 1]) &&
        SINGLE_LETTER.test(chars[j + 2]) &&
        isBoundary(j + 3)
      ) {
        j += 2;
        letters.push(j);
      }
      if (letters.length >= 4) {
        for (const idx of letters) {
          outChars.push(chars[idx]);
          outMap.push(map[idx]);
        }
        k = j + 1;
        continue;
      }
    }
    outChars.push(chars[k]);
    outMap.push(map[k]);
    k++;
  }
  outMap.push(map[n]);
  return { text: outChars.join(''), map: Int32Array.from(outMap) };
}

/** Remove accents, keeping one output character per input character (so the same offset map applies). */
export function foldAccents(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0xc0) {
      out += ch;
      continue;
    }
    const folded = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Original-text span for a span [start, end) of the normalised text. */
export function originalSpan(
  norm: NormalisedText,
  original: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const s = norm.map[start];
  const last = norm.map[Math.max(start, end - 1)];
  const code = original.charCodeAt(last);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return { start: s, end: Math.min(original.length, Math.max(last + width, s)) };
}
