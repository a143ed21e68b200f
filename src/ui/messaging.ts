// Typed, validated calls from the extension pages to the background and the content script.
// Every reply is checked with the zod schemas in src/shared/responses.ts before the interface uses it.

import { z } from 'zod';
import { browser } from '#imports';
import type { ScanResult } from '../engine/types';
import {
  type HistoryFeedbackResponse,
  historyFeedbackResponseSchema,
  scanResultSchema,
  type TabStateResponse,
  tabStateSchema,
} from '../shared/responses';

const errorReplySchema = z.object({ error: z.string() });

export class BackgroundError extends Error {}

function validate<T>(schema: z.ZodType<T>, reply: unknown, what: string): T {
  const failed = errorReplySchema.safeParse(reply);
  if (failed.success) throw new BackgroundError(failed.data.error);
  const parsed = schema.safeParse(reply);
  if (!parsed.success) {
    console.warn(`[ui] unexpected ${what} reply`, z.prettifyError(parsed.error));
    throw new BackgroundError(`unexpected reply to ${what}`);
  }
  return parsed.data;
}

// "Nothing known" may arrive as null or, through some messaging layers, as undefined: both mean not scanned.
export async function getTabState(tabId: number): Promise<TabStateResponse> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'get-tab-state', tabId });
  return validate(tabStateSchema, reply ?? null, 'get-tab-state');
}

export async function scanTab(tabId: number): Promise<TabStateResponse> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'scan-tab', tabId });
  return validate(tabStateSchema, reply ?? null, 'scan-tab');
}

export async function scanText(text: string): Promise<ScanResult> {
  return validate(
    scanResultSchema,
    await browser.runtime.sendMessage({ type: 'scan-text', text }),
    'scan-text',
  );
}

/** Scrolls the page to an ad and opens its badge; false when no content script answers (e.g. page reloaded). */
export async function focusAd(tabId: number, index: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'focus-ad', index });
    return true;
  } catch {
    return false;
  }
}

export async function clearHistory(): Promise<void> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'clear-history' });
  const failed = errorReplySchema.safeParse(reply);
  if (failed.success) throw new BackgroundError(failed.data.error);
  if (reply === null) throw new BackgroundError('the background did not accept the request');
}

export interface FeedbackInput {
  kind: 'false-alarm' | 'missed';
  url: string;
  text?: string;
  rule?: string;
  note?: string;
}

/** Stores a "false alarm" / "missed this" mark through the background; the reply says whether it was kept. */
export async function sendFeedback(input: FeedbackInput): Promise<HistoryFeedbackResponse> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'history-feedback', ...input });
  if (reply === null || reply === undefined) {
    throw new BackgroundError('the background did not accept the request');
  }
  return validate(historyFeedbackResponseSchema, reply, 'history-feedback');
}
