// Cheap gate before a regular expression runs: the literal text any match must contain. A pattern like
// "(?:passport|documents)\s+kept" gives ["kept"]; "(?:loan|advance)s?\s+for" gives ["for"] or ["loan","advance"].
// The regex runs only when one of the literals occurs in the text (String.includes is far cheaper than a regex).

import { walkSyntax } from './regex-source';

/** Literal alternatives of which at least one must occur, or null when no useful literal can be found. */
export function requiredLiterals(source: string): string[] | null {
  const alternatives = splitTopLevel(source);
  if (alternatives.length > 1) {
    const all: string[] = [];
    for (const alt of alternatives) {
      const lits = bestOfSequence(alt);
      if (!lits) return null;
      all.push(...lits);
    }
    return dedupe(all);
  }
  return bestOfSequence(source);
}

const MIN_LITERAL = 3;

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** Split on "|" outside groups and classes. */
export function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  walkSyntax(source, (c, i) => {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(last, i));
      last = i + 1;
    }
    return false;
  });
  parts.push(source.slice(last));
  return parts;
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  const { stoppedAt } = walkSyntax(
    source,
    (c) => {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else return false;
      return depth === 0;
    },
    open,
  );
  return stoppedAt < 0 ? source.length - 1 : stoppedAt;
}

function isOptionalQuantifier(source: string, i: number): boolean {
  const q = source[i];
  return q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(source.slice(i)));
}

/** Skip a quantifier (and its lazy "?") starting at i; returns the next index. */
function skipQuantifier(source: string, i: number): number {
  if (source[i] === '*' || source[i] === '+' || source[i] === '?') i++;
  else if (source[i] === '{') {
    const close = source.indexOf('}', i);
    i = close < 0 ? source.length : close + 1;
  } else return i;
  if (source[i] === '?') i++;
  return i;
}

/** The best required piece of a sequence: the longest literal run, or a group whose alternatives all have literals. */
function bestOfSequence(source: string): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    const trimmed = run.trim();
    // "@" is rare in prose, so even alone it rules out most texts (e-mail patterns have no other fixed literal).
    if (trimmed.length >= MIN_LITERAL || trimmed.includes('@')) candidates.push([trimmed]);
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '(') {
      flush();
      const close = closingParen(source, i);
      let inner = source.slice(i + 1, close);
      if (inner.startsWith('?:')) inner = inner.slice(2);
      else if (inner.startsWith('?=') || inner.startsWith('?!')) inner = '';
      let next = close + 1;
      const optional = isOptionalQuantifier(source, next);
      next = skipQuantifier(source, next);
      if (!optional && inner) {
        const lits = requiredLiterals(inner);
        if (lits) candidates.push(lits);
      }
      i = next;
      continue;
    }
    if (c === '[') {
      flush();
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = skipQuantifier(source, j + 1);
      continue;
    }
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      let literal: string | null = null;
      if (/[.\-$()[\]{}*+?|/\\^]/.test(e)) literal = e;
      else if (e === 's') literal = null;
      let next = i + 2;
      if (e === 'p' || e === 'P') next = source.indexOf('}', i) + 1 || source.length;
      const quantified = next !== skipQuantifier(source, next);
      // Whitespace always ends a literal: the text may hold a line break where the pattern has a space.
      if (literal !== null && !quantified) run += literal;
      else flush();
      i = skipQuantifier(source, next);
      continue;
    }
    if (c === '.' || c === '^' || c === '$' || c === '|') {
      flush();
      i = skipQuantifier(source, i + 1);
      continue;
    }
    // Plain character.
    const next = i + 1;
    if (c === ' ') {
      flush();
      i = next;
      continue;
    }
    if (isOptionalQuantifier(source, next)) {
      flush();
      i = skipQuantifier(source, next);
      continue;
    }
    if (source[next] === '+' || source[next] === '{') {
      run += c;
      flush();
      i = skipQuantifier(source, next);
      continue;
    }
    run += c;
    i = next;
  }
  flush();
  if (candidates.length === 0) return null;
  // Prefer the rarest-looking piece: the longest shortest-alternative (capped, long words are all rare enough),
  // then the fewest alternatives.
  const strength = (lits: string[]) => Math.min(6, ...lits.map((x) => x.length));
  candidates.sort((a, b) => strength(b) - strength(a) || a.length - b.length);
  return candidates[0] ?? null;
}

const GRAM_BITS = 1 << 16;

/**
 * Answers "does this literal occur in the text?" for many literals against one text. A bitmap of the text's
 * character triples (hashed) rules most absent literals out without a scan (pairs are too common in prose to rule
 * much out); String.includes confirms the rest, so the answer is always exact.
 */
export class LiteralIndex {
  private readonly bits = new Uint32Array(GRAM_BITS >>> 5);
  private readonly known = new Map<string, boolean>();

  constructor(private readonly text: string) {
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const h = trigramHash(a, b, c);
      this.bits[h >>> 5] = (this.bits[h >>> 5] ?? 0) | (1 << (h & 31));
      a = b;
      b = c;
    }
  }

  has(literal: string): boolean {
    // Most literals are absent and ruled out by the bitmap alone; only the rest need a (remembered) scan.
    if (!this.mayHave(literal)) return false;
    let present = this.known.get(literal);
    if (present === undefined) {
      present = this.text.includes(literal);
      this.known.set(literal, present);
    }
    return present;
  }

  private mayHave(literal: string): boolean {
    for (let i = 2; i < literal.length; i++) {
      const h = trigramHash(literal.charCodeAt(i - 2), literal.charCodeAt(i - 1), literal.charCodeAt(i));
      if (((this.bits[h >>> 5] ?? 0) & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}

function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c) & (GRAM_BITS - 1);
}
