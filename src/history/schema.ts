// History records and the export file, validated with zod wherever they cross a boundary (IndexedDB reads,
// imported files). v1 records kept one `url`; v2 keeps every URL the ad was seen at and a review timestamp.
import { z } from 'zod';
import { LEVELS } from '../engine/types';

export const HISTORY_SCHEMA_VERSION = 2;

/** Caps keep one entry bounded: a hostile page cannot make history unusable. */
export const LIMITS = {
  urls: 20,
  url: 4_000,
  title: 2_000,
  text: 50_000,
  note: 5_000,
  flags: 100,
  evidence: 2_000,
  sources: 20,
  feedbackText: 50_000,
} as const;

export const REVIEW_STATUSES = ['unreviewed', 'looked-fine', 'reported', 'false-alarm'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const str = (max: number) => z.string().max(max);

export const sourceRefSchema = z.object({
  document: str(1_000),
  lines: str(100).optional(),
  quote: str(5_000),
  url: str(LIMITS.url).optional(),
});

/** A flag as kept in history: everything needed to show and hand on the evidence, nothing page-bound. */
export const storedFlagSchema = z.object({
  rule: str(200),
  category: str(200),
  kind: z.enum(['structural', 'context']),
  weight: z.number().finite(),
  evidence: str(LIMITS.evidence),
  field: z.enum(['title', 'company', 'location', 'salary', 'description', 'contact', 'text']),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  explanation: z.object({ title: str(1_000), why: str(5_000), ask: str(5_000) }),
  sources: z.array(sourceRefSchema).max(LIMITS.sources),
  heuristic: z.boolean(),
  lang: str(20),
});
export type StoredFlag = z.infer<typeof storedFlagSchema>;

const levelSchema = z.enum(LEVELS);
const timeSchema = z.number().int().min(0);

export const historyEntryV2Schema = z.object({
  schemaVersion: z.literal(2),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  /** Most recent first. */
  urls: z.array(str(LIMITS.url)).max(LIMITS.urls),
  site: str(253),
  title: str(LIMITS.title),
  /** The captured ad text the flags point into. */
  text: str(LIMITS.text),
  level: levelSchema,
  score: z.number().finite(),
  flags: z.array(storedFlagSchema).max(LIMITS.flags),
  language: str(20),
  firstSeen: timeSchema,
  lastSeen: timeSchema,
  seenCount: z.number().int().min(1),
  status: z.enum(REVIEW_STATUSES),
  note: str(LIMITS.note),
  /** When the status or note last changed: on import, the newer review wins. */
  reviewedAt: timeSchema.optional(),
});
export type HistoryEntry = z.infer<typeof historyEntryV2Schema>;

/** The v1 shape (single URL, no seen count, no review time): still accepted from the database and from files. */
export const historyEntryV1Schema = z.object({
  schemaVersion: z.literal(1),
  fingerprint: z.string(),
  url: str(LIMITS.url),
  site: str(253),
  title: str(LIMITS.title),
  text: str(LIMITS.text),
  level: levelSchema,
  score: z.number().finite(),
  flags: z.array(storedFlagSchema).max(LIMITS.flags),
  firstSeen: timeSchema,
  lastSeen: timeSchema,
  status: z.enum(REVIEW_STATUSES),
  note: str(LIMITS.note),
});
export type HistoryEntryV1 = z.infer<typeof historyEntryV1Schema>;

export const FEEDBACK_KINDS = ['false-alarm', 'missed'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** A "false alarm" or "missed this" mark, kept for rule authors. */
export const feedbackSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(FEEDBACK_KINDS),
  url: str(LIMITS.url),
  site: str(253),
  text: str(LIMITS.feedbackText).optional(),
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
  rule: str(200).optional(),
  note: str(LIMITS.note).optional(),
  createdAt: timeSchema,
});
export type FeedbackRecord = z.infer<typeof feedbackSchema>;

export const EXPORT_FORMAT = 'ad-risk-lens-history';

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string().optional(),
  // Each entry is checked by upgradeRecord (per version), which names the exact field that is wrong.
  entries: z.array(z.unknown()).max(200_000),
  feedback: z.array(feedbackSchema).max(200_000).optional(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
