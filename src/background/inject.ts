// On-demand scans: ask the content script already in the tab to scan again, or inject it (activeTab grant from
// the toolbar button, the shortcut or the context menu) and then ask.
import { browser } from '#imports';
import { nextTabState, type TabState } from './tab-state';

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const GATE_SCRIPT_FILE = '/gate.js';
const SCAN_TIMEOUT_MS = 8_000;

async function askToRescan(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'rescan', force: true });
    return true;
  } catch {
    return false; // no content script in the tab yet
  }
}

export async function scanTabOnDemand(tabId: number): Promise<TabState | null> {
  const next = nextTabState(tabId, SCAN_TIMEOUT_MS);
  if (!(await askToRescan(tabId))) {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    await askToRescan(tabId);
  }
  return next;
}

/** The gate on an automatically scanned site saw a job page: bring in the full content script for that frame. */
export async function injectAfterGate(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [CONTENT_SCRIPT_FILE],
  });
}
