// Checks the background's reply to `ads-found` without zod (the content script must stay under 15 KB gzipped).
// Same shape as adsScoredSchema in src/shared/scored.ts; tests/unit/extract/scored-guard.test.ts compares them.

export type Level = 'none' | 'low' | 'medium' | 'high';
export interface ScoredFlag {
  rule: string;
  category: string;
  evidence: string;
  field: string;
  start: number;
  end: number;
  explanation: { title: string; why: string; ask: string };
}
export interface AdScore {
  index: number;
  score: number;
  level: Level;
  flags: ScoredFlag[];
}
export interface AdsScored {
  results: AdScore[];
  badgeLevel: Exclude<Level, 'none'>;
  badgesEnabled: boolean;
}

export const LEVELS: readonly Level[] = ['none', 'low', 'medium', 'high'];

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 5_000): v is string => typeof v === 'string' && v.length <= max;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function isFlag(v: unknown): v is ScoredFlag {
  if (!isObj(v) || !isObj(v.explanation)) return false;
  const e = v.explanation;
  return (
    isStr(v.rule, 200) &&
    isStr(v.category, 200) &&
    isStr(v.evidence) &&
    isStr(v.field, 40) &&
    isIndex(v.start) &&
    isIndex(v.end) &&
    isStr(e.title, 500) &&
    isStr(e.why) &&
    isStr(e.ask)
  );
}

function isScore(v: unknown): v is AdScore {
  return (
    isObj(v) &&
    isIndex(v.index) &&
    typeof v.score === 'number' &&
    LEVELS.includes(v.level as Level) &&
    Array.isArray(v.flags) &&
    v.flags.length <= 200 &&
    v.flags.every(isFlag)
  );
}

/** The reply when it fits the protocol, else null (a malformed reply shows no badge rather than a wrong one). */
export function parseAdsScored(raw: unknown): AdsScored | null {
  if (!isObj(raw) || !Array.isArray(raw.results) || raw.results.length > 500) return null;
  if (
    !['low', 'medium', 'high'].includes(raw.badgeLevel as string) ||
    typeof raw.badgesEnabled !== 'boolean'
  ) {
    return null;
  }
  return raw.results.every(isScore) ? (raw as unknown as AdsScored) : null;
}

export const levelRank = (level: Level) => LEVELS.indexOf(level);
