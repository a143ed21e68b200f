// "Check selected text for warning signs": works on any page (messenger web apps, social posts) through the
// activeTab grant that a context-menu click gives; the selection is scored here and shown in the popup.
import { browser } from '#imports';
import type { ExtractedAd } from '../extract/types';
import { scoreText } from './scoring';
import { saveTabState, type TabState } from './tab-state';

export const MENU_ID = 'check-selection';

export function createContextMenu(): void {
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuCheckSelection') || 'Check selected text for warning signs',
    contexts: ['selection'],
  });
}

export async function checkSelection(text: string, tabId: number, url: string): Promise<TabState> {
  const ad: ExtractedAd = { description: text, extractor: 'selection', position: { index: 0 } };
  const state: TabState = {
    url,
    pageKind: 'detail',
    scannedAt: Date.now(),
    ads: [
      {
        index: 0,
        title: browser.i18n.getMessage('selectedText') || 'Selected text',
        ad,
        result: scoreText(text),
      },
    ],
  };
  await saveTabState(tabId, state);
  // Opening the popup from a menu click works in current Chrome and Firefox; elsewhere the toolbar badge shows.
  await browser.action.openPopup?.().catch(() => undefined);
  return state;
}
