// The background's reply to `ads-found`: one score per ad, and how the page should show badges.
// The content script checks the same shape with a hand-written guard (src/content/scored-guard.ts) to stay
// small; a unit test keeps the two in step.
import { z } from 'zod';

const str = (max = 5_000) => z.string().max(max);

export const scoredFlagSchema = z.object({
  rule: str(200),
  category: str(200),
  evidence: str(),
  field: str(40),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  explanation: z.object({ title: str(500), why: str(), ask: str() }),
});

export const adScoreSchema = z.object({
  index: z.number().int().min(0),
  score: z.number(),
  level: z.enum(['none', 'low', 'medium', 'high']),
  flags: z.array(scoredFlagSchema).max(200),
});

export const adsScoredSchema = z.object({
  results: z.array(adScoreSchema).max(500),
  badgeLevel: z.enum(['low', 'medium', 'high']),
  badgesEnabled: z.boolean(),
});

export type ScoredFlag = z.infer<typeof scoredFlagSchema>;
export type AdScore = z.infer<typeof adScoreSchema>;
export type AdsScored = z.infer<typeof adsScoredSchema>;
