// Walks the syntax of a regular-expression source, for the checks and analyses that read rule patterns.

/**
 * Calls `visit` with each character of `source` that is syntax: not escaped (`\x`) and not inside a character class
 * (`[...]`; the brackets themselves are not visited either), from `from` on. Stops when `visit` returns true.
 * Returns the index it stopped at (-1 when it did not stop) and whether the source ends inside a character class.
 */
export function walkSyntax(
  source: string,
  visit: (c: string, i: number) => boolean,
  from = 0,
): { stoppedAt: number; unclosedClass: boolean } {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (visit(c, i)) return { stoppedAt: i, unclosedClass: false };
  }
  return { stoppedAt: -1, unclosedClass: inClass };
}
