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
const str = (max: number) => (v: unknown) => typeof v === 'string' && v.length <= max;
const isIndex = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

type Shape = Record<string, (v: unknown) => boolean>;
const fits = (v: unknown, shape: Shape): v is Record<string, unknown> =>
  isObj(v) && Object.keys(shape).every((key) => shape[key]!(v[key]));

/** The bounds of adsScoredSchema, field by field. */
const EXPLANATION: Shape = { title: str(500), why: str(5_000), ask: str(5_000) };
const FLAG: Shape = {
  rule: str(200),
  category: str(200),
  evidence: str(5_000),
  field: str(40),
  start: isIndex,
  end: isIndex,
  explanation: (v) => fits(v, EXPLANATION),
};
const SCORE: Shape = {
  index: isIndex,
  score: (v) => typeof v === 'number',
  level: (v) => LEVELS.includes(v as Level),
  flags: (v) => Array.isArray(v) && v.length <= 200 && v.every((flag) => fits(flag, FLAG)),
};

/** The reply when it fits the protocol, else null (a malformed reply shows no badge rather than a wrong one). */
export function parseAdsScored(raw: unknown): AdsScored | null {
  const ok =
    isObj(raw) &&
    Array.isArray(raw.results) &&
    raw.results.length <= 500 &&
    LEVELS.indexOf(raw.badgeLevel as Level) > 0 &&
    typeof raw.badgesEnabled === 'boolean' &&
    raw.results.every((result) => fits(result, SCORE));
  return ok ? (raw as unknown as AdsScored) : null;
}

export const levelRank = (level: Level) => LEVELS.indexOf(level);
