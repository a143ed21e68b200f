// Evaluation metrics on labelled ads: precision, recall and false-positive rate at each level, and ROC AUC.
import { LEVELS, type Level } from '../engine/types';

export interface Scored {
  fraud: boolean;
  score: number;
  level: Level;
}

export interface LevelMetrics {
  level: Level;
  flagged: number;
  precision: number;
  recall: number;
  fpr: number;
}

export function atLevel(rows: Scored[], level: Level): LevelMetrics {
  const min = LEVELS.indexOf(level);
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  for (const r of rows) {
    const hit = LEVELS.indexOf(r.level) >= min;
    if (r.fraud) {
      pos++;
      if (hit) tp++;
    } else {
      neg++;
      if (hit) fp++;
    }
  }
  return {
    level,
    flagged: tp + fp,
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: pos ? tp / pos : 0,
    fpr: neg ? fp / neg : 0,
  };
}

/** ROC AUC by the rank-sum (Mann-Whitney) formula; ties count half. */
export function rocAuc(rows: Scored[]): number {
  const pos = rows.filter((r) => r.fraud).map((r) => r.score);
  const neg = rows.filter((r) => !r.fraud).map((r) => r.score);
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  const all = [...pos.map((s) => ({ s, p: true })), ...neg.map((s) => ({ s, p: false }))].sort(
    (a, b) => a.s - b.s,
  );
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.s === all[i]!.s) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.p) rankSum += avgRank;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}
