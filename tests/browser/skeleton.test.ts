// The extension end to end: the content script runs on a served page, the background receives and scores what
// it found, and the popup shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHarness, launchExtension } from './support/extension';

interface TabState {
  url: string;
  pageKind: string;
  ads: Array<{ index: number; title?: string; result: { level: string; flags: Array<{ rule: string }> } }>;
}

describe('extension skeleton', () => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads with a service worker and an extension id', () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('extracts the ads of a page in the content script and scores them in the background', async () => {
    const page = await h.openPage('/demo/');
    const state = await h.scanTab<TabState | null>(page);
    expect(state, 'no tab state: the content script did not report to the background').not.toBeNull();
    expect(state!.url).toBe(page.url());
    expect(state!.ads).toHaveLength(6);
    const byTitle = new Map(state!.ads.map((ad) => [ad.title, ad.result]));
    expect(byTitle.get('Waitresses for hotel in Dubai – travel paid')?.level).toBe('high');
    expect(byTitle.get('Warehouse operative (nights)')?.level).toMatch(/none|low/);
  });

  it('shows the scanned ads in the popup', async () => {
    const page = await h.openPage('/demo/');
    await h.scanTab(page);
    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(async () => popup.locator('body').innerText(), { timeout: 10_000 })
      .toContain('Waitresses for hotel in Dubai');
    await h.screenshot(popup, 'skeleton-popup');
  });
});
