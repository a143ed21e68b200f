// Scoring model (docs/scoring.md): each structural rule counts once, with its catalogue weight raised by the
// context rules it lists in boostedBy (each present context adds its weight in percent, at most +60%). Rules
// combine like independent pieces of evidence: score = 100 × (1 − Π(1 − w/100)). An ad whose only signs are
// "lure" rules (modelling, hostess, marriage...) stays at level low at most. Each distinct reassurance lowers the
// score by 20% (at most three count). Three or more independent mechanism signs (distinct categories, not lures)
// put an ad at medium at least: weak signs that agree are more than their combined weights say.
import type { Level } from './types';

export const LEVEL_THRESHOLDS = { low: 15, medium: 40, high: 70 } as const;
export const MAX_BOOST = 0.6;
export const LURE_ONLY_CAP = LEVEL_THRESHOLDS.medium - 1;
export const REASSURANCE_FACTOR = 0.8;
export const MAX_REASSURANCES = 3;
/** Independent (distinct-category, non-lure) structural signs that put an ad at medium at least. */
export const INDEPENDENT_SIGNS_FOR_MEDIUM = 3;

export function levelOf(score: number): Level {
  if (score >= LEVEL_THRESHOLDS.high) return 'high';
  if (score >= LEVEL_THRESHOLDS.medium) return 'medium';
  if (score >= LEVEL_THRESHOLDS.low) return 'low';
  return 'none';
}

export function boostedWeight(weight: number, boosts: number[]): number {
  const boost = Math.min(MAX_BOOST, boosts.reduce((a, b) => a + b, 0) / 100);
  return Math.min(95, weight * (1 + boost));
}

export function combine(
  weights: number[],
  lureOnly: boolean,
  reassurances: number,
  independentSigns = 0,
): number {
  let keep = 1;
  for (const w of weights) keep *= 1 - Math.min(95, Math.max(0, w)) / 100;
  let score = 100 * (1 - keep);
  if (lureOnly) score = Math.min(score, LURE_ONLY_CAP);
  else if (independentSigns >= INDEPENDENT_SIGNS_FOR_MEDIUM) score = Math.max(score, LEVEL_THRESHOLDS.medium);
  score *= REASSURANCE_FACTOR ** Math.min(MAX_REASSURANCES, reassurances);
  return Math.round(score);
}
