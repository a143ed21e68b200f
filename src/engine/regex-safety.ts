// Rule patterns come from data files, so each one is checked before it is compiled: a static check rejects the
// constructs that cause catastrophic backtracking or cannot be bounded, and a timed run on adversarial strings
// catches what the static check misses.

import { walkSyntax } from './regex-source';

export interface RegexProblem {
  message: string;
}

/** Static check. Returns a reason when the pattern is not allowed, or null. */
export function unsafeConstruct(source: string): string | null {
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not allowed';
  if (/\(\?<[=!]/.test(source)) return 'lookbehind is not allowed';
  if (/\{\s*\d*\s*,\s*\}|\{\s*\d{3,}/.test(source))
    return 'open or very large repeat counts {n,} are not allowed';
  // Nested quantifiers: a group that contains a quantifier and is itself quantified, e.g. (a+)+, (\w+\s?)*, (?:x*){2,5}.
  const stack: { hasQuantifier: boolean }[] = [];
  let problem: string | null = null;
  const { unclosedClass } = walkSyntax(source, (c, i) => {
    if (c === '(') {
      stack.push({ hasQuantifier: false });
      return false;
    }
    if (c === ')') {
      const group = stack.pop();
      if (!group) {
        problem = 'unbalanced parentheses';
        return true;
      }
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || next === '{' || next === '?';
      const unbounded = next === '*' || next === '+';
      // A small bounded repeat such as (?:\w+\s+){0,3} is allowed: its cost is bounded and the timed run checks it.
      const bounded = /^\{(\d+)(?:,(\d+))?\}/.exec(source.slice(i + 1));
      const largeRepeat = bounded ? Number(bounded[2] ?? bounded[1]) > 5 : false;
      if (group.hasQuantifier && (unbounded || largeRepeat)) {
        problem =
          'nested quantifiers (a group with a quantifier inside, repeated with *, + or more than {0,5}) are not allowed';
        return true;
      }
      const outer = stack.at(-1);
      if (outer && (group.hasQuantifier || quantified)) outer.hasQuantifier = true;
      return false;
    }
    const current = stack.at(-1);
    if ((c === '*' || c === '+' || c === '{') && current) current.hasQuantifier = true;
    return false;
  });
  if (problem) return problem;
  if (stack.length > 0) return 'unbalanced parentheses';
  if (unclosedClass) return 'unclosed character class';
  return null;
}

/** Strings that make backtracking-prone patterns blow up. */
function adversarialInputs(): string[] {
  const inputs: string[] = [];
  for (const unit of ['a', 'a ', 'aa ', '1', '1,', ' ', 'ab', 'x y ', '-'])
    inputs.push(unit.repeat(3000 / unit.length));
  inputs.push(`${'a '.repeat(1500)}!`, `${'passport '.repeat(300)}x`, `${'1,000 '.repeat(400)}$`);
  return inputs;
}

/**
 * Runs the compiled regex on adversarial strings; returns the worst time in ms. `acceptStart` rejects match starts
 * the way the scanner does (see execPattern), which then searches again from the next position.
 */
export function worstMatchTime(
  regex: RegExp,
  acceptStart?: (text: string, index: number) => boolean,
): number {
  let worst = 0;
  for (const input of adversarialInputs()) {
    const t0 = performance.now();
    regex.lastIndex = 0;
    if (regex.global || regex.sticky) {
      let count = 0;
      for (let m = regex.exec(input); m && count < 10000; m = regex.exec(input)) {
        count++;
        if (m[0].length === 0 || (acceptStart && !acceptStart(input, m.index))) regex.lastIndex = m.index + 1;
      }
    } else regex.test(input);
    worst = Math.max(worst, performance.now() - t0);
  }
  regex.lastIndex = 0;
  return worst;
}

/** Time bound for the adversarial run: generous, because a catastrophic pattern takes seconds, not milliseconds. */
export const MAX_ADVERSARIAL_MS = 50;
