// The one message protocol between the content script, the background and the extension pages.
// Every message is validated with zod on receipt; a malformed one is dropped with a logged reason.
import { z } from 'zod';

const MAX_TEXT = 200_000;
const text = (max = MAX_TEXT) => z.string().max(max);

export const extractedAdSchema = z.strictObject({
  title: text(2_000).optional(),
  company: text(2_000).optional(),
  location: text(2_000).optional(),
  salary: text(2_000).optional(),
  description: text(),
  contact: text(2_000).optional(),
  url: text(4_000).optional(),
  extractor: z.union([
    z.enum(['jsonld', 'microdata', 'generic', 'selection']),
    z.templateLiteral(['adapter:', z.string().max(40)]),
  ]),
  position: z.strictObject({ index: z.number().int().min(0), selector: text(2_000).optional() }),
});

/** Content script → background: the ads found on the page (replaces what was known for that tab). */
export const adsFoundSchema = z.strictObject({
  type: z.literal('ads-found'),
  url: text(4_000),
  pageKind: z.enum(['detail', 'listing', 'none']),
  ads: z.array(extractedAdSchema).max(500),
});

/** Gate script → background: this page of an automatically scanned site looks like a job ad or listing. */
export const gatePassedSchema = z.strictObject({
  type: z.literal('gate-passed'),
  url: text(4_000),
});

/** Any page → background: score a piece of text (popup "check a message", context menu). */
export const scanTextSchema = z.strictObject({
  type: z.literal('scan-text'),
  text: text(),
});

/** Popup → background: what is known about a tab. */
export const getTabStateSchema = z.strictObject({
  type: z.literal('get-tab-state'),
  tabId: z.number().int(),
});

/** Popup → background: scan the active tab now (injects the content script under activeTab). */
export const scanTabSchema = z.strictObject({
  type: z.literal('scan-tab'),
  tabId: z.number().int(),
});

/** Background/popup → content script: scroll to an ad and open its badge. */
export const focusAdSchema = z.strictObject({
  type: z.literal('focus-ad'),
  index: z.number().int().min(0),
});

/** Background → content script: extract again and send ads-found; `force` skips the cheap gate (the user asked). */
export const rescanSchema = z.strictObject({
  type: z.literal('rescan'),
  force: z.boolean().default(false),
});

/** Popup/options → background: delete the stored history. */
export const clearHistorySchema = z.strictObject({ type: z.literal('clear-history') });

/** Popup/history → background: "false alarm" or "missed this", kept for rule authors (exportable). */
export const historyFeedbackSchema = z.strictObject({
  type: z.literal('history-feedback'),
  kind: z.enum(['false-alarm', 'missed']),
  url: text(4_000),
  text: text().optional(),
  rule: text(200).optional(),
  note: text(4_000).optional(),
});

export const backgroundMessageSchema = z.discriminatedUnion('type', [
  adsFoundSchema,
  gatePassedSchema,
  scanTextSchema,
  getTabStateSchema,
  scanTabSchema,
  clearHistorySchema,
  historyFeedbackSchema,
]);

export const contentMessageSchema = z.discriminatedUnion('type', [focusAdSchema, rescanSchema]);

export type AdsFoundMessage = z.infer<typeof adsFoundSchema>;
export type ScanTextMessage = z.infer<typeof scanTextSchema>;
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/** Parses an incoming message; returns null and logs why when it does not fit the protocol. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown, where: string): T | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`[${where}] dropped malformed message: ${z.prettifyError(parsed.error)}`);
  return null;
}
