// One warning sign per rule: the engine reports every match of a rule as its own flag (each with its
// offsets, for highlighting), but a person reads "3 warning signs", each with all the words that matched it.
import type { Flag } from '../engine/types';

export interface FlagGroup {
  rule: string;
  /** The first flag of the rule: explanation, sources, heuristic and language come from it. */
  flag: Flag;
  /** Every distinct matched text, in the order found. */
  evidence: string[];
}

export function groupFlags(flags: readonly Flag[]): FlagGroup[] {
  const groups = new Map<string, FlagGroup>();
  for (const flag of flags) {
    const group = groups.get(flag.rule);
    if (!group) {
      groups.set(flag.rule, { rule: flag.rule, flag, evidence: [flag.evidence] });
      continue;
    }
    const seen = group.evidence.some((text) => text.toLowerCase() === flag.evidence.toLowerCase());
    if (!seen) group.evidence.push(flag.evidence);
  }
  return [...groups.values()];
}

/** Structural flags are warning signs; context flags (work abroad, a sector, a destination) only add weight to
 * them and are never shown or counted as a warning sign of their own. */
export function splitFlags(flags: readonly Flag[]): { signs: FlagGroup[]; context: FlagGroup[] } {
  const groups = groupFlags(flags);
  return {
    signs: groups.filter((group) => group.flag.kind !== 'context'),
    context: groups.filter((group) => group.flag.kind === 'context'),
  };
}
