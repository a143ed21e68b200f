// The background's last "could this page be recorded in history?" answer (storage.session), for the popup's
// "History is full" notice. A value that does not fit the schema is ignored rather than shown half-read.
import { browser } from '#imports';
import { type HistoryStatusValue, historyStatusSchema } from '../shared/responses';

/** Same key as src/background/history-status.ts (not imported: that module pulls the IndexedDB store in). */
export const HISTORY_STATUS_KEY = 'history-status';

export function parseHistoryStatus(raw: unknown): HistoryStatusValue | null {
  const parsed = historyStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function readHistoryStatus(): Promise<HistoryStatusValue | null> {
  try {
    const stored = await browser.storage.session.get(HISTORY_STATUS_KEY);
    return parseHistoryStatus(stored[HISTORY_STATUS_KEY]);
  } catch {
    return null; // no session storage (older browser): nothing to show
  }
}

/** Calls back whenever the background writes a new status; returns the function that stops watching. */
export function watchHistoryStatus(onChange: (status: HistoryStatusValue | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && HISTORY_STATUS_KEY in changes) {
      onChange(parseHistoryStatus(changes[HISTORY_STATUS_KEY]?.newValue));
    }
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => browser.storage.onChanged.removeListener(listener);
}
