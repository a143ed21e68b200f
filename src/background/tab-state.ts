// What the background knows about each tab: the ads found there and their scores. Kept in storage.session so it
// survives the service worker being stopped, and never written to disk.
import { browser } from '#imports';
import type { ScanResult } from '../engine/types';
import type { ExtractedAd, PageKind } from '../extract/types';

export interface ScoredAd {
  index: number;
  title?: string;
  ad: ExtractedAd;
  result: ScanResult;
}

export interface TabState {
  url: string;
  pageKind: PageKind;
  scannedAt: number;
  ads: ScoredAd[];
}

const key = (tabId: number) => `tab:${tabId}`;
const waiters = new Map<number, Array<(state: TabState) => void>>();

// storage.session is missing in very old Firefox; fall back to memory so scanning still works.
const memory = new Map<string, TabState>();
const session = () => browser.storage.session as typeof browser.storage.local | undefined;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(key(tabId), state);
  try {
    await session()?.set({ [key(tabId)]: state });
  } catch (error) {
    console.warn('[tab-state] session storage refused the state; kept in memory only', error);
  }
  for (const resolve of waiters.get(tabId) ?? []) resolve(state);
  waiters.delete(tabId);
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const cached = memory.get(key(tabId));
  if (cached) return cached;
  const stored = (await session()?.get(key(tabId)))?.[key(tabId)] as TabState | undefined;
  return stored ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(key(tabId));
  await session()?.remove(key(tabId));
}

/** Resolves with the next state saved for the tab, or null after `timeoutMs`. */
export function nextTabState(tabId: number, timeoutMs: number): Promise<TabState | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      const list = waiters.get(tabId)?.filter((fn) => fn !== done) ?? [];
      waiters.set(tabId, list);
      resolve(null);
    }, timeoutMs);
    const done = (state: TabState) => {
      clearTimeout(timer);
      resolve(state);
    };
    waiters.set(tabId, [...(waiters.get(tabId) ?? []), done]);
  });
}
