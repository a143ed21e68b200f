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

// Both are tested on one code point at a time, so a class (not an alternation of sequences) is what is meant.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: tested on single code points
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff\ufe0e\ufe0f]/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: tested on single code points
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
  // Russian writes ё as е in most text; fold it so one spelling of a phrase matches both (same length, offsets kept).
  if (out.includes('ё')) out = foldYo(out);
  for (const [from, to] of Object.entries(QUOTES)) if (out.includes(from)) out = out.split(from).join(to);
  if (cache.size < 20000) cache.set(ch, out);
  return out;
}

/** What a non-ASCII code point becomes: dropped, a space, a line break, or its normalised text. */
const DROP = 0;
const BLANK = 1;
const BREAK = 2;
const classCache = new Map<string, string | number>();
function classifyNonAscii(raw: string): string | number {
  let out = classCache.get(raw);
  if (out !== undefined) return out;
  if (ZERO_WIDTH.test(raw)) out = DROP;
  else if (SPACE.test(raw) || EMOJI.test(raw)) out = raw === '\u2028' || raw === '\u2029' ? BREAK : BLANK;
  else out = normaliseChar(raw);
  if (classCache.size < 20000) classCache.set(raw, out);
  return out;
}

/** Offsets of output code points, growing as needed. */
class OffsetMap {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(at: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = at;
  }
  pushRun(from: number, to: number): void {
    const need = this.length + (to - from);
    if (need > this.data.length) {
      const bigger = new Int32Array(Math.max(need, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    const data = this.data;
    let k = this.length;
    for (let at = from; at < to; at++) data[k++] = at;
    this.length = k;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

export function normalise(original: string): NormalisedText {
  const parts: string[] = [];
  // One entry per output UTF-16 unit (plus the end), so every repair below keeps offsets exact.
  const map = new OffsetMap(original.length + 1);
  let pendingSpace: string | null = null;
  let pendingAt = 0;
  const n = original.length;
  const flushSpace = () => {
    if (pendingSpace === null) return;
    if (map.length > 0) {
      parts.push(pendingSpace);
      map.push(pendingAt);
    }
    pendingSpace = null;
  };
  for (let i = 0; i < n; ) {
    const at = i;
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiSpace(code)) {
        i++;
        if (pendingSpace === null) {
          pendingSpace = code === 10 || code === 13 ? '\n' : ' ';
          pendingAt = at;
        } else if (code === 10 || code === 13) pendingSpace = '\n';
        continue;
      }
      // ASCII fast path (most ad text): a run of printable ASCII, with the single spaces between its words (they are
      // already normal), is lower-cased in one go.
      let end = i + 1;
      while (end < n) {
        const c = original.charCodeAt(end);
        if (c === 32) {
          const next = original.charCodeAt(end + 1);
          if (next < 0x80 && !isAsciiSpace(next)) {
            end += 2;
            continue;
          }
          break;
        }
        if (c >= 0x80 || isAsciiSpace(c)) break;
        end++;
      }
      flushSpace();
      parts.push(original.slice(i, end).toLowerCase());
      map.pushRun(i, end);
      i = end;
      continue;
    }
    const cp = original.codePointAt(i) ?? code;
    const raw = String.fromCodePoint(cp);
    i += raw.length;
    const kind = classifyNonAscii(raw);
    if (kind === DROP) continue;
    if (kind === BLANK || kind === BREAK) {
      if (pendingSpace === null) {
        pendingSpace = kind === BREAK ? '\n' : ' ';
        pendingAt = at;
      } else if (kind === BREAK) pendingSpace = '\n';
      continue;
    }
    const ch = typeof kind === 'string' ? kind : ' ';
    flushSpace();
    parts.push(ch);
    // One map entry per UTF-16 unit of output (text offsets are unit offsets), so "𠀀" (two units) gets two.
    for (let k = 0; k < ch.length; k++) map.push(at);
  }
  map.push(original.length);
  // Both repairs are rare; a regex over the whole text (fast, native) rules them out before any per-character work.
  let text = parts.join('');
  let chars: string[] | null = null;
  if (LEET_NEXT_TO_LETTER.test(text)) {
    chars = Array.from(text);
    if (repairLeet(chars)) text = chars.join('');
  }
  if (!SPACED_LETTERS.test(text)) return { text, map: map.done() };
  return joinSpacedLetters(chars ?? Array.from(text), map.done());
}

/** A look-alike touching a letter: every word repairLeet changes has one. */
const LEET_NEXT_TO_LETTER = /[\p{L}\p{M}][@01345$!]|[@01345$!][\p{L}\p{M}]/u;
/** Four single letters with single spacers between them: every run joinSpacedLetters joins matches this. */
const SPACED_LETTERS =
  /[\p{Script=Latin}\p{Script=Cyrillic}][ .\-_*·][\p{Script=Latin}\p{Script=Cyrillic}][ .\-_*·][\p{Script=Latin}\p{Script=Cyrillic}][ .\-_*·][\p{Script=Latin}\p{Script=Cyrillic}]/u;

const WORD_CHAR = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SINGLE_LETTER = /^[\p{Script=Latin}\p{Script=Cyrillic}]$/u;

/** Per-character class tests with an ASCII fast path; Unicode property regexes are slow when run per character. */
function memo(test: RegExp, ascii: (code: number) => boolean): (c: string | undefined) => boolean {
  const seen = new Map<string, boolean>();
  return (c) => {
    if (c === undefined || c.length === 0) return false;
    if (c.length === 1) {
      const code = c.charCodeAt(0);
      if (code < 0x80) return ascii(code);
    }
    let yes = seen.get(c);
    if (yes === undefined) {
      yes = test.test(c);
      if (seen.size < 20000) seen.set(c, yes);
    }
    return yes;
  };
}
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
/** [\p{L}\p{M}] */
const isWordChar = memo(WORD_CHAR, isAsciiLetter);
/** [\p{L}\p{N}] */
const isLetterOrDigit = memo(LETTER_OR_DIGIT, (c) => isAsciiLetter(c) || isAsciiDigit(c));
/** Letters of scripts where digits are never disguised letters. */
const isNoLeetScript = memo(
  /[\p{Script=Han}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u,
  () => false,
);
/** One Latin or Cyrillic letter (the whole string). */
const isSingleLetter = memo(SINGLE_LETTER, isAsciiLetter);

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '?', '!', ')', '"', "'"]);
const SPACERS = new Set([' ', '.', '-', '_', '*', '·']);

function leetOf(c: string | undefined): string | undefined {
  return c === undefined ? undefined : LEET[c];
}

/** Replace look-alikes inside a word chunk that has at least three letters and no run of two digits (so "5000usd" and
 *  "covid19" are left alone, while "p@ssp0rt" and "l0an" are repaired). Same length, so offsets are unchanged. */
function repairLeet(chars: string[]): boolean {
  let changed = false;
  let start = 0;
  const n = chars.length;
  while (start < n) {
    while (start < n && (chars[start] === ' ' || chars[start] === '\n')) start++;
    let end = start;
    let hasLeet = false;
    for (; end < n; end++) {
      const c = chars[end];
      if (c === ' ' || c === '\n') break;
      if (!hasLeet && leetOf(c) !== undefined) hasLeet = true;
    }
    // Most words hold no look-alike at all: nothing to check.
    if (hasLeet && repairWord(chars, start, end)) changed = true;
    start = end;
  }
  return changed;
}

/** Repairs one word in place; true when it changed. */
function repairWord(chars: string[], start: number, end: number): boolean {
  // Trim trailing punctuation such as "p@ssport," or "fee!".
  let stop = end;
  while (stop > start && TRAILING_PUNCTUATION.has(chars[stop - 1] ?? '')) stop--;
  let letters = 0;
  let leet = 0;
  let digitRun = 0;
  let ok = stop - start >= 4;
  for (let k = start; k < stop && ok; k++) {
    const c = chars[k];
    if (isWordChar(c)) {
      // Scripts without look-alike digits (Chinese, Thai...): a digit next to them is a number ("月薪3万元").
      if (isNoLeetScript(c)) ok = false;
      letters++;
      digitRun = 0;
    } else if (leetOf(c) !== undefined) {
      leet++;
      if (c !== undefined && c.length === 1 && isAsciiDigit(c.charCodeAt(0))) {
        digitRun++;
        if (digitRun >= 2) ok = false;
      } else digitRun = 0;
      // A look-alike must touch a letter on at least one side ("p@ss", "l0an"), not stand alone.
      if (!(k > start && isWordChar(chars[k - 1])) && !(k + 1 < stop && isWordChar(chars[k + 1]))) ok = false;
      // "$50" or "@name" at the start are money and handles, not disguised letters.
      if (k === start && (c === '$' || c === '@')) ok = false;
    } else ok = false;
  }
  if (!ok || leet === 0 || letters < 3) return false;
  for (let k = start; k < stop; k++) {
    const to = leetOf(chars[k]);
    if (to) chars[k] = to;
  }
  return true;
}

/** "p a s s p o r t" or "p.a.s.s.p.o.r.t" (four or more single letters) becomes "passport". `chars` are code points,
 *  `map` has one entry per UTF-16 unit, so a code point's entries start at unitOf[k]. */
function joinSpacedLetters(chars: string[], map: Int32Array): NormalisedText {
  const n = chars.length;
  const isBoundary = (idx: number) => idx < 0 || idx >= n || !isLetterOrDigit(chars[idx]);
  /** Indices of a run of single letters starting at k, or null when k does not start a run of four or more. */
  const spacedRunAt = (k: number): number[] | null => {
    // Cheapest test first: a run needs a spacer right after its first letter.
    if (!SPACERS.has(chars[k + 1] ?? '') || !isSingleLetter(chars[k]) || !isBoundary(k - 1)) return null;
    // Collect letter, spacer, letter, spacer... with single spacers.
    let j = k;
    const letters: number[] = [k];
    while (
      j + 2 < n &&
      SPACERS.has(chars[j + 1] ?? '') &&
      isSingleLetter(chars[j + 2]) &&
      isBoundary(j + 3)
    ) {
      j += 2;
      letters.push(j);
    }
    return letters.length >= 4 ? letters : null;
  };
  let first = -1;
  for (let k = 0; k < n && first < 0; k++) if (spacedRunAt(k)) first = k;
  // Nothing spaced out (the usual case): the text is the characters as they are.
  if (first < 0) return { text: chars.join(''), map };

  const unitOf = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) unitOf[k + 1] = (unitOf[k] ?? 0) + (chars[k]?.length ?? 0);
  const outChars: string[] = chars.slice(0, first);
  const outMap: number[] = Array.from(map.subarray(0, unitOf[first]));
  const keep = (idx: number) => {
    outChars.push(chars[idx] ?? '');
    for (let u = unitOf[idx] ?? 0; u < (unitOf[idx + 1] ?? 0); u++) outMap.push(map[u] ?? 0);
  };
  let k = first;
  while (k < n) {
    const letters = spacedRunAt(k);
    if (letters) {
      for (const idx of letters) keep(idx);
      k = (letters.at(-1) ?? k) + 1;
      continue;
    }
    keep(k);
    k++;
  }
  outMap.push(map[unitOf[n] ?? 0] ?? 0);
  return { text: outChars.join(''), map: Int32Array.from(outMap) };
}

/** ё → е (Cyrillic): ad text is folded in normalise, so rule text is folded the same way when compiled. */
export function foldYo(text: string): string {
  return text.includes('ё') || text.includes('Ё') ? text.replace(/ё/g, 'е').replace(/Ё/g, 'Е') : text;
}

const foldCache = new Map<string, string>();
/** Remove accents, keeping one output character per input character (so the same offset map applies). */
export function foldAccents(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0xc0) i++;
  // No accented letter at all: nothing to fold.
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (const ch of text.slice(i)) {
    const code = ch.charCodeAt(0);
    if (code < 0xc0) {
      out += ch;
      continue;
    }
    let folded = foldCache.get(ch);
    if (folded === undefined) {
      const bare = ch.normalize('NFD').replace(/\p{M}+/gu, '');
      folded = bare.length === ch.length ? bare : ch;
      if (foldCache.size < 20000) foldCache.set(ch, folded);
    }
    out += folded;
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
  const s = norm.map[start] ?? original.length;
  const last = norm.map[Math.max(start, end - 1)] ?? s;
  const code = original.charCodeAt(last);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return { start: s, end: Math.min(original.length, Math.max(last + width, s)) };
}
