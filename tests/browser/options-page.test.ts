// The options page: accessible, saves the country (which the popup then uses), the badge level and badges on/off,
// rejects a bad site address, and clears the history through the background after a confirmation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { type ExtensionHarness, launchExtension } from './support/extension';

const storedSettings = (h: ExtensionHarness) =>
  h.serviceWorker.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>,
  );

describe('options page', () => {
  let h: ExtensionHarness;
  let options: Page;

  beforeAll(async () => {
    h = await launchExtension();
    options = await h.openExtensionPage('options.html');
    await options.getByTestId('country').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has no serious or critical accessibility violation', async () => {
    await h.screenshot(options, 'options-page');
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('saves the country, and the popup shows that country’s lines', async () => {
    await options.getByTestId('country').selectOption('CA');
    await expect.poll(async () => (await storedSettings(h))?.country).toBe('CA');
    const popup = await h.openExtensionPage('popup.html?tabId=999999');
    await popup.locator('[data-hotline="ca-chth"]').waitFor();
    expect(await popup.locator('[data-hotline="ca-chth"]').textContent()).toContain(
      'Does not report to law enforcement without your consent',
    );
    await popup.close();
  });

  it('saves the badge level and turns badges off, with the keyboard', async () => {
    await options.getByRole('radio', { name: /High/ }).focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings(h))?.badgeLevel).toBe('high');
    await options.getByTestId('badges-enabled').focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings(h))?.badgesEnabled).toBe(false);
  });

  it('refuses a site address that is not one, without asking for any permission', async () => {
    await options.getByLabel('Site address').fill('not a site');
    await options.getByRole('button', { name: 'Add site' }).click();
    expect(await options.getByRole('alert').first().textContent()).toContain(
      "doesn't look like a site address",
    );
    expect((await storedSettings(h))?.autoScanSites ?? []).toEqual([]);
  });

  it('clears the history only after a confirmation', async () => {
    await options.getByTestId('clear-history').click();
    const confirm = options.getByTestId('confirm-clear');
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await confirm.click();
    await expect.poll(() => options.getByText('History cleared.').count()).toBe(1);
  });

  it('opens the case history in a new tab from a link, with the keyboard', async () => {
    const link = options.getByRole('link', { name: 'Case history' });
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${h.extensionId}/case-history.html`);
    await link.focus();
    const [history] = await Promise.all([
      h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/case-history.html') }),
      options.keyboard.press('Enter'),
    ]);
    await history.getByRole('heading', { level: 1 }).waitFor();
    expect(await history.getByRole('heading', { level: 1 }).textContent()).toContain('Case history');
    expect(options.isClosed()).toBe(false);
    await history.close();
  });
});
