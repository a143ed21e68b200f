// The background's message router: malformed messages are dropped with a logged reason, each sender may only
// use its own messages, and ads found by the content script come back scored.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage, listenForMessages } from '../../../src/background/router';
import { saveTabState } from '../../../src/background/tab-state';

const EXTENSION_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const CONTENT_SCRIPT = {
  id: fakeBrowser.runtime.id,
  url: 'https://jobs.example/ad/1',
  tab: { id: 7 } as never,
};
const RISKY_AD = {
  title: 'Waitress in a hotel abroad',
  description:
    'We pay your flight and visa now; the cost is deducted from your first salaries. Your passport will be kept by the employer.',
  extractor: 'microdata' as const,
  position: { index: 0 },
};

describe('background router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser has no i18n.getUILanguage; explanations follow the interface language.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });
  afterEach(() => vi.restoreAllMocks());

  it('drops a malformed message and logs why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    listenForMessages();
    const replies: unknown[] = [];
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const results = await trigger({ type: 'ads-found', url: 42 }, CONTENT_SCRIPT, (reply: unknown) =>
      replies.push(reply),
    );
    expect(results).toEqual([false]);
    expect(replies).toEqual([]);
    expect(warn.mock.calls[0]?.[0]).toMatch(/dropped malformed message[\s\S]*url/);
  });

  it('drops messages of unknown type', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    listenForMessages();
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    expect(await trigger({ type: 'eval', code: '1' }, EXTENSION_PAGE, () => {})).toEqual([false]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('does not let a content script read tab state or scan tabs', async () => {
    await saveTabState(3, { url: 'https://a.example', pageKind: 'none', scannedAt: 1, ads: [] });
    expect(await handleMessage({ type: 'get-tab-state', tabId: 3 }, CONTENT_SCRIPT)).toBeNull();
    expect(await handleMessage({ type: 'get-tab-state', tabId: 3 }, EXTENSION_PAGE)).toMatchObject({
      url: 'https://a.example',
    });
  });

  it('ignores ads reported by an extension page instead of a tab', async () => {
    const message = {
      type: 'ads-found' as const,
      url: 'https://x.example',
      pageKind: 'detail' as const,
      ads: [RISKY_AD],
    };
    expect(await handleMessage(message, EXTENSION_PAGE)).toBeNull();
  });

  it('scores the ads a content script found and keeps them as the tab state', async () => {
    const message = {
      type: 'ads-found' as const,
      url: 'https://jobs.example/ad/1',
      pageKind: 'detail' as const,
      ads: [
        RISKY_AD,
        {
          description: 'Cashier at our bakery, weekday mornings, paid by bank transfer.',
          extractor: 'generic' as const,
          position: { index: 1 },
        },
      ],
    };
    const reply = (await handleMessage(message, CONTENT_SCRIPT)) as {
      results: Array<{ index: number; level: string; flags: Array<{ rule: string; evidence: string }> }>;
      badgeLevel: string;
    };
    expect(reply.badgeLevel).toBe('medium');
    expect(reply.results.map((r) => r.index)).toEqual([0, 1]);
    expect(reply.results[0]?.level).toMatch(/medium|high/);
    expect(reply.results[0]?.flags.map((f) => f.rule)).toContain('documents.retained');
    expect(reply.results[1]?.level).toBe('none');
    // One entry per warning sign, as the popup counts them: no repeated rule, no context-only flag.
    const rules = reply.results[0]!.flags.map((f) => f.rule);
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules.filter((rule) => rule.startsWith('context.'))).toEqual([]);
    const state = (await handleMessage({ type: 'get-tab-state', tabId: 7 }, EXTENSION_PAGE)) as {
      ads: unknown[];
    };
    expect(state.ads).toHaveLength(2);
  });

  it('scores pasted text for the popup', async () => {
    const result = (await handleMessage(
      { type: 'scan-text', text: 'Registration fee of $200 before you start. We keep your passport.' },
      EXTENSION_PAGE,
    )) as { flags: Array<{ rule: string }> };
    expect(result.flags.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['fees.upfront', 'documents.retained']),
    );
  });

  it('explains flags in the interface language', async () => {
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('es-MX');
    const result = (await handleMessage(
      { type: 'scan-text', text: 'We keep your passport during the contract.' },
      EXTENSION_PAGE,
    )) as { flags: Array<{ rule: string; evidence: string; explanation: { title: string } }> };
    const flag = result.flags.find((f) => f.rule === 'documents.retained');
    expect(flag?.evidence).toMatch(/passport/);
    expect(flag?.explanation.title).toMatch(/empleador|documentos/i);
  });
});
