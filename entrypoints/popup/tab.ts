// Which tab the popup is about: ?tabId=N when opened as a page (tests, the history page), else the active tab.
import { browser } from '#imports';

export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export async function resolveTabId(
  search = location.search,
): Promise<{ tabId: number | null; asPage: boolean }> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return { tabId: fromQuery, asPage: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, asPage: false };
}
