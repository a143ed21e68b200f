// zod schemas for the background's RESPONSES to the extension pages (popup, report, options, history).
// The popup validates every reply with these before rendering it: a reply that does not fit is shown as an error,
// never half-rendered.
import { z } from 'zod';
import type { ScanResult } from '../engine/types';
import { extractedAdSchema } from './messages';

const str = (max = 20_000) => z.string().max(max);

export const levelSchema = z.enum(['none', 'low', 'medium', 'high']);
export const adFieldSchema = z.enum([
  'title',
  'company',
  'location',
  'salary',
  'description',
  'contact',
  'text',
]);

export const sourceRefSchema = z.object({
  document: str(500),
  lines: str(100).optional(),
  quote: str(5_000),
  url: str(4_000).optional(),
});

export const explanationSchema = z.object({ title: str(500), why: str(5_000), ask: str(5_000) });

export const flagSchema = z.object({
  rule: str(200),
  category: str(200),
  kind: z.enum(['structural', 'context']),
  weight: z.number(),
  evidence: str(5_000),
  field: adFieldSchema,
  start: z.number().int(),
  end: z.number().int(),
  explanation: explanationSchema,
  sources: z.array(sourceRefSchema).max(50),
  heuristic: z.boolean(),
  lang: str(20),
});

export const reassuranceSchema = z.object({
  rule: str(200),
  evidence: str(5_000),
  field: adFieldSchema,
  start: z.number().int(),
  end: z.number().int(),
  lang: str(20),
});

export const scanResultSchema = z.object({
  id: str(500).optional(),
  score: z.number(),
  level: levelSchema,
  flags: z.array(flagSchema).max(500),
  reassurances: z.array(reassuranceSchema).max(500),
  language: z.object({ detected: str(20), packs: z.array(str(20)).max(50), supported: z.boolean() }),
});

export const scoredAdSchema = z.object({
  index: z.number().int().min(0),
  title: str(2_000).optional(),
  ad: extractedAdSchema,
  result: scanResultSchema,
});

/** Reply to get-tab-state and scan-tab: what is known about a tab, or null when it has not been scanned. */
export const tabStateSchema = z
  .object({
    url: str(4_000),
    pageKind: z.enum(['detail', 'listing', 'none']),
    scannedAt: z.number(),
    ads: z.array(scoredAdSchema).max(500),
  })
  .nullable();

/** Reply to clear-history. */
export const clearHistoryResponseSchema = z.object({ ok: z.boolean(), error: str(2_000).optional() });

/** Reply to history-feedback: the stored mark, or why it was not stored (storage full, invalid input...). */
export const historyFeedbackResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    feedback: z.object({
      id: str(100),
      kind: z.enum(['false-alarm', 'missed']),
      url: str(4_000),
      createdAt: z.number(),
    }),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['quota', 'error', 'invalid', 'not-found']),
    message: str(5_000),
  }),
]);

/** What the background keeps in storage.session after recording a page in history (src/background/history-status.ts). */
export const historyStatusSchema = z.object({
  ok: z.boolean(),
  message: str(5_000).optional(),
  at: z.number(),
});

export type TabStateResponse = z.infer<typeof tabStateSchema>;
export type HistoryFeedbackResponse = z.infer<typeof historyFeedbackResponseSchema>;
export type HistoryStatusValue = z.infer<typeof historyStatusSchema>;
export type ScoredAdResponse = z.infer<typeof scoredAdSchema>;
export type ClearHistoryResponse = z.infer<typeof clearHistoryResponseSchema>;

// Compile-time check: a validated scan result is a ScanResult (the engine's type) and vice versa.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _scanResultMatches: Same<z.infer<typeof scanResultSchema>, ScanResult> = true;
void _scanResultMatches;
