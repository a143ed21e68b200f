// Records a page's ads in the case history and keeps the last failure where the popup can show it
// ("History is full: export and delete old entries"). Nothing is dropped silently.
import { browser } from '#imports';
import type { ScanResult } from '../engine/types';
import type { ExtractedAd } from '../extract/types';
import { type RecordResult, recordScans } from '../history';

export const HISTORY_STATUS_KEY = 'history-status';

export interface HistoryStatus {
  ok: boolean;
  message?: string;
  at: number;
}

export async function recordPage(
  pageUrl: string,
  ads: Array<{ ad: ExtractedAd; result: ScanResult }>,
): Promise<RecordResult[]> {
  const site = hostOf(pageUrl);
  const inputs = ads.map(({ ad, result }) => ({ url: ad.url ?? pageUrl, site, ad, result }));
  let results: RecordResult[];
  try {
    results = await recordScans(inputs);
  } catch (error) {
    const detail = String(error);
    const message =
      browser.i18n.getMessage('history_error', [detail]) || `History could not be saved: ${detail}`;
    results = [{ ok: false, reason: 'error', message }];
  }
  const failure = results.find((r): r is Extract<RecordResult, { ok: false }> => !r.ok);
  const status: HistoryStatus = failure
    ? { ok: false, message: failure.message, at: Date.now() }
    : { ok: true, at: Date.now() };
  await browser.storage.session?.set({ [HISTORY_STATUS_KEY]: status }).catch(() => undefined);
  return results;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
