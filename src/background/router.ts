// Routes validated messages to their handlers. Content scripts may only report what they found; scanning
// tabs, reading tab state and clearing history are for the extension's own pages.

import type { Browser } from 'wxt/browser';
import { browser } from '#imports';
import { addFeedback, clearHistory } from '../history';
import { splitFlags } from '../report/group-flags';
import {
  type AdsFoundMessage,
  type BackgroundMessage,
  backgroundMessageSchema,
  parseMessage,
} from '../shared/messages';
import { getSettings } from '../shared/settings';
import { showCount } from './action-badge';
import { recordPage } from './history-status';
import { injectAfterGate, scanTabOnDemand } from './inject';
import { scoreAd, scoreText } from './scoring';
import { getTabState, saveTabState, type TabState } from './tab-state';

type Sender = Browser.runtime.MessageSender;

const fromExtensionPage = (sender: Sender) =>
  sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
const fromContentScript = (sender: Sender) =>
  sender.id === browser.runtime.id && sender.tab?.id !== undefined;

async function onAdsFound(message: AdsFoundMessage, tabId: number, incognito: boolean) {
  const settings = await getSettings();
  const ads = message.ads.map((ad) => ({
    index: ad.position.index,
    title: ad.title,
    ad,
    result: scoreAd(ad),
  }));
  const state: TabState = { url: message.url, pageKind: message.pageKind, scannedAt: Date.now(), ads };
  await saveTabState(tabId, state);
  await showCount(tabId, state, settings.badgeLevel);
  // The history keeps ads at medium or above; private windows leave no trace.
  if (!incognito) await recordPage(message.url, ads);
  return {
    results: ads.map(({ index, result }) => ({
      index,
      score: result.score,
      level: result.level,
      // One entry per warning sign, as the popup counts them: context flags never count, and a rule that
      // matched several times is one sign (its first match is highlighted on the page).
      flags: splitFlags(result.flags).signs.map(
        ({ flag: { rule, category, evidence, field, start, end, explanation } }) => ({
          rule,
          category,
          evidence,
          field,
          start,
          end,
          explanation,
        }),
      ),
    })),
    badgeLevel: settings.badgeLevel,
    badgesEnabled: settings.badgesEnabled,
  };
}

export async function handleMessage(message: BackgroundMessage, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'ads-found':
      return fromContentScript(sender)
        ? onAdsFound(message, sender.tab!.id!, sender.tab?.incognito === true)
        : null;
    case 'gate-passed':
      return fromContentScript(sender) ? injectAfterGate(sender.tab!.id!, sender.frameId ?? 0) : null;
    case 'scan-text':
      return fromExtensionPage(sender) ? scoreText(message.text) : null;
    case 'get-tab-state':
      return fromExtensionPage(sender) ? getTabState(message.tabId) : null;
    case 'scan-tab':
      return fromExtensionPage(sender) ? scanTabOnDemand(message.tabId) : null;
    case 'clear-history':
      return fromExtensionPage(sender) ? clearHistory() : null;
    case 'history-feedback':
      if (!fromExtensionPage(sender)) return null;
      {
        const { type: _type, ...feedback } = message;
        return addFeedback(feedback);
      }
  }
}

export function listenForMessages(): void {
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
      const message = parseMessage(backgroundMessageSchema, raw, 'background');
      if (!message) return false;
      handleMessage(message, sender)
        .then(sendResponse)
        .catch((error: unknown) => {
          console.error(`[background] ${message.type} failed`, error);
          sendResponse({ error: String(error) });
        });
      return true; // keeps the channel open for the async reply (Chrome needs this)
    },
  );
}
