// A report draft: what the popup captured (ads, scores, screenshot) handed to the report page through
// storage.session, which lives in memory and is cleared when the browser closes. Validated on both sides.
import { z } from 'zod';
import { extractedAdSchema } from '../shared/messages';
import { scanResultSchema } from '../shared/responses';

export const reportAdSchema = z.object({
  index: z.number().int().min(0).optional(),
  ad: extractedAdSchema,
  result: scanResultSchema,
});

export const reportDraftSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{6,64}$/),
  createdAt: z.number().int().positive(),
  source: z.enum(['page', 'message']),
  pageUrl: z.string().max(4_000).optional(),
  ads: z.array(reportAdSchema).min(1).max(50),
  screenshot: z
    .object({ dataUrl: z.string().startsWith('data:image/png;base64,').max(9_000_000) })
    .optional(),
  /** Why there is no screenshot, in words for the user. */
  screenshotError: z.string().max(500).optional(),
  country: z
    .string()
    .regex(/^([A-Z]{2})?$/)
    .default(''),
});

export type ReportAd = z.infer<typeof reportAdSchema>;
export type ReportDraft = z.infer<typeof reportDraftSchema>;

export const DRAFT_KEY = 'report-draft';

export function newDraftId(now = Date.now(), random = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
}
