// What the background keeps in the case history: ads at medium or above, each under its own URL, never from
// private windows; a failure to save is kept for the popup to show instead of being dropped silently.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HISTORY_STATUS_KEY } from '../../../src/background/history-status';
import { handleMessage } from '../../../src/background/router';
import { clearHistory, historyStore, listEntries, listFeedback } from '../../../src/history';

const page = 'https://classifieds.example/jobs?page=1';
const tab = (incognito: boolean) => ({
  id: fakeBrowser.runtime.id,
  url: page,
  tab: { id: 9, incognito } as never,
});
const EXTENSION_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

const message = {
  type: 'ads-found' as const,
  url: page,
  pageKind: 'listing' as const,
  ads: [
    {
      title: 'Hostess abroad',
      description:
        'We pay your ticket and visa, repaid from your salary. Your passport will be kept by the agency.',
      url: 'https://classifieds.example/ad/77',
      extractor: 'generic' as const,
      position: { index: 0 },
    },
    {
      title: 'Bakery cashier',
      description: 'Weekday mornings at our bakery, paid by bank transfer.',
      extractor: 'generic' as const,
      position: { index: 1 },
    },
  ],
};

describe('background → case history', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    await clearHistory();
  });

  it('keeps the risky ad under its own URL and skips the ordinary one', async () => {
    await handleMessage(message, tab(false));
    const entries = await listEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.urls).toEqual(['https://classifieds.example/ad/77']);
    const status = await fakeBrowser.storage.session.get(HISTORY_STATUS_KEY);
    expect(status[HISTORY_STATUS_KEY]).toMatchObject({ ok: true });
  });

  it('keeps nothing from a private window', async () => {
    await handleMessage(message, tab(true));
    expect(await listEntries()).toEqual([]);
  });

  it('reports a full storage for the popup instead of dropping it silently', async () => {
    const store = historyStore();
    vi.spyOn(store, 'recordScans').mockResolvedValue([
      { ok: false, reason: 'quota', message: 'History is full: export and delete old entries.' },
    ]);
    await handleMessage(message, tab(false));
    const status = await fakeBrowser.storage.session.get(HISTORY_STATUS_KEY);
    expect(status[HISTORY_STATUS_KEY]).toMatchObject({ ok: false, message: expect.stringMatching(/full/) });
  });

  it('keeps "false alarm" feedback from the popup', async () => {
    await handleMessage(
      { type: 'history-feedback', kind: 'false-alarm', url: page, rule: 'documents.retained' },
      EXTENSION_PAGE,
    );
    const feedback = await listFeedback();
    expect(feedback.map((f) => [f.kind, f.rule])).toContainEqual(['false-alarm', 'documents.retained']);
  });
});
