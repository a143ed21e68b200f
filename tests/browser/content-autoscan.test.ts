// Automatic scanning end to end: the user enables a site, the background registers the content script for it, and
// a page with risky ads there gets badges without any on-demand scan. Removing the site unregisters it. A tab
// where the script is both registered and injected on demand runs one scanner (one badge per ad).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-data';
import { type ExtensionHarness, launchExtension } from './support/extension';

const MIXED = '/pages/generic-mixed-listing/source.html';
const mixedExpected = JSON.parse(
  readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/generic-mixed-listing/expected.json'), 'utf8'),
) as { ads: number; risky: number[] };

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
}

const registered = (h: ExtensionHarness) =>
  h.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts()) as Promise<Registered[]>;

/** Indexes of the cards (in document order) that carry a badge, and the most badges any one card has. */
const badges = (page: Page) =>
  page.$$eval('li.job-card', (cards) => ({
    cards: cards.flatMap((c, i) => (c.querySelector('arl-badge') ? [i] : [])),
    most: Math.max(0, ...cards.map((c) => c.querySelectorAll('arl-badge').length)),
  }));

describe('automatic scanning on the sites the user enabled', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('registers nothing until a site is enabled', async () => {
    expect(await registered(h)).toEqual([]);
    const page = await h.openPage(`${MIXED}?before`);
    await page.waitForTimeout(1_500);
    expect(await page.locator('arl-badge').count()).toBe(0);
    await page.close();
  });

  it('badges a page of an enabled site without any on-demand scan', async () => {
    await h.setSettings({ autoScanSites: ['127.0.0.1'] });
    await expect
      .poll(() => registered(h), { timeout: 10_000 })
      .toEqual([
        expect.objectContaining({
          id: 'auto-scan',
          matches: expect.arrayContaining(['*://127.0.0.1/*']),
          js: ['gate.js'],
        }),
      ]);
    const page = await h.openPage(`${MIXED}?auto`);
    await expect
      .poll(() => badges(page), { timeout: 10_000 })
      .toEqual({ cards: mixedExpected.risky, most: 1 });
    // The background recorded the scan for the popup, as an on-demand scan would.
    const tabId = await h.tabIdOf(page);
    const state = await h.sendToBackground<{ ads: unknown[] } | null>({ type: 'get-tab-state', tabId });
    expect(state?.ads).toHaveLength(mixedExpected.ads);
    await page.close();
  });

  it('runs one scanner when the script is also injected on demand', async () => {
    const page = await h.openPage(`${MIXED}?twice`);
    await expect
      .poll(() => badges(page), { timeout: 10_000 })
      .toEqual({ cards: mixedExpected.risky, most: 1 });
    // The toolbar button: the registered script answers the rescan itself.
    const state = await h.scanTab<{ ads: unknown[] } | null>(page);
    expect(state?.ads).toHaveLength(mixedExpected.ads);
    // A second copy injected into the same tab (e.g. the click came before the registered one was seen) replaces
    // the first instead of scanning beside it.
    const tabId = await h.tabIdOf(page);
    await h.serviceWorker.evaluate(
      (tab) =>
        chrome.scripting.executeScript({ target: { tabId: tab }, files: ['/content-scripts/content.js'] }),
      tabId,
    );
    await h.scanTab(page);
    await page.waitForTimeout(1_000);
    expect(await badges(page)).toEqual({ cards: mixedExpected.risky, most: 1 });
    await page.close();
  });

  it('unregisters the script when the site is removed', async () => {
    await h.setSettings({ autoScanSites: [] });
    await expect.poll(() => registered(h), { timeout: 10_000 }).toEqual([]);
    const page = await h.openPage(`${MIXED}?after`);
    await page.waitForTimeout(1_500);
    expect(await page.locator('arl-badge').count()).toBe(0);
    await page.close();
  });
});
