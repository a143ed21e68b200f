// Privacy and safety, end to end in Chromium with the built extension:
// - nothing the extension does makes a request anywhere but the served test pages;
// - hostile pages (markup in ad text, huge text, deep DOM, shadow DOM, frames, RTL, invisible characters,
//   broken encodings) neither break the page nor inject anything into the badges, popup or history.
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, type ExtensionHarness, launchExtension } from './support/extension';

const deepDom = (depth: number) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Job vacancies – deep</title></head><body><h1>Job vacancies</h1>${'<div>'.repeat(depth)}<p>Hostess abroad, ticket paid and repaid from wages, passport kept by the agency.</p>${'</div>'.repeat(depth)}<script>window.__pageOk = true;</script></body></html>`;

const hugePage = (bytes: number) => {
  const para = `${'<p>Warehouse work, forklift licence, day shifts, apply on our site. '.padEnd(200, 'x')}</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Job vacancies – huge</title></head><body><h1>Job vacancies</h1>${para.repeat(Math.ceil(bytes / para.length))}<script>window.__pageOk = true;</script></body></html>`;
};

const HOSTILE_PAGES = [
  '/hostile/script-like.html',
  '/hostile/shadow-iframe.html',
  '/hostile/rtl-zero-width.html',
  '/hostile/broken-encoding.html',
  '/generated/deep.html',
  '/generated/huge.html',
];

async function assertNotInjected(page: Page, where: string) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,
  }));
  expect(state.pwned, `${where}: page text was executed`).toBeNull();
  expect(state.handlers, `${where}: inline event handlers appeared`).toBe(0);
}

describe('privacy and hostile pages', () => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    const routes = new Map<string, string>([
      ['/generated/deep.html', deepDom(3_000)],
      ['/generated/huge.html', hugePage(5 * 2 ** 20)],
    ]);
    h = await launchExtension({ routes });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('makes no network request other than to the served test pages through a full session', async () => {
    const page = await h.openPage('/demo/');
    await h.scanTab(page);
    const tabId = await h.tabIdOf(page);
    await h.sendToBackground({ type: 'scan-text', text: 'We keep your passport and pay your ticket.' });
    const pages = readdirSync(E2E_BUILD_DIR).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('popup.html');
    for (const file of pages) {
      const extensionPage = await h.openExtensionPage(`${file}?tabId=${tabId}`);
      await extensionPage.waitForLoadState('networkidle');
      await extensionPage.close();
    }
    const allowed = (url: string) =>
      url.startsWith(`${h.baseUrl}/`) ||
      url.startsWith(`chrome-extension://${h.extensionId}/`) ||
      url.startsWith('data:') ||
      url.startsWith('blob:');
    expect(h.requests.length).toBeGreaterThan(0);
    expect(h.requests.filter((url) => !allowed(url))).toEqual([]);
  });

  for (const path of HOSTILE_PAGES) {
    it(`stays safe on ${path}`, async () => {
      const page = await h.openPage(path);
      await h.scanTab(page); // may find nothing; must not throw or hang
      expect(await page.evaluate(() => (window as unknown as { __pageOk?: boolean }).__pageOk)).toBe(true);
      await assertNotInjected(page, `${path} (page)`);
      const tabId = await h.tabIdOf(page);
      const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForLoadState('networkidle');
      await assertNotInjected(popup, `${path} (popup)`);
      if (path.includes('script-like')) {
        await expect
          .poll(() => popup.locator('body').innerText(), { timeout: 10_000 })
          .toContain('<img src=x');
      }
      await popup.close();
      await page.close();
    });
  }

  it('keeps hostile text inert in the history page', async () => {
    const history = await h.openExtensionPage('case-history.html');
    await history.waitForLoadState('networkidle');
    await assertNotInjected(history, 'history');
    await history.close();
  });
});
