// The popup and the case history together: "Looks fine – false alarm" on a flagged ad and "I think this ad is
// risky – it was missed" on a clean one are stored (checked through the case-history page and its feedback export),
// the popup links to the case history, and a failed history write ("History is full") is shown with that link.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { type ExtensionHarness, launchExtension } from './support/extension';

const HOSTESS = 'Hostess work in a club abroad – flight paid';
const HISTORY_FULL = 'History is full: export and delete old entries, then scan again. Nothing was deleted.';

const CLEAN_AD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bakery assistant</title></head><body>
<main><article itemscope itemtype="https://schema.org/JobPosting">
<h1 itemprop="title">Bakery assistant, early shifts</h1>
<div itemprop="description">Our family bakery in the town centre is looking for an assistant for early shifts, five days a
week. You will help prepare dough, bake bread and pastries, keep the kitchen clean and serve customers in the shop in the
morning rush. A year of kitchen or shop work helps, and we show you our recipes. We offer a permanent contract, paid holidays and a staff
discount. Send us your CV through our website or come by the shop to talk to the manager.</div>
</article></main></body></html>`;

describe('popup ↔ case history', () => {
  let h: ExtensionHarness;

  /** Clicks a link that opens the case history in a new tab; resolves with that tab. */
  async function followToHistory(from: Page, link: ReturnType<Page['getByRole']>): Promise<Page> {
    const [history] = await Promise.all([
      h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/case-history.html') }),
      link.click(),
    ]);
    await history.waitForLoadState('domcontentloaded');
    expect(from.isClosed()).toBe(false); // opened as a page (?tabId), the popup stays
    return history;
  }

  const setHistoryStatus = (status: { ok: boolean; message?: string; at: number }) =>
    h.serviceWorker.evaluate((value) => chrome.storage.session.set({ 'history-status': value }), status);

  beforeAll(async () => {
    h = await launchExtension({
      ...(process.env.POPUP_E2E_DIR ? { extensionDir: process.env.POPUP_E2E_DIR } : {}),
      routes: new Map([['/popup-history/clean.html', CLEAN_AD]]),
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('marks a flagged ad as a false alarm with the keyboard; the case history shows it', async () => {
    const page = await h.openPage('/history/hostess.html?case=feedback');
    const state = await h.scanTab<{ ads: Array<{ result: { flags: unknown[] } }> } | null>(page);
    expect(state?.ads[0]?.result.flags.length).toBeGreaterThan(0);
    const popup = await h.openPopup(page);
    const button = popup.getByRole('button', { name: 'Looks fine – false alarm' });
    await button.focus();
    await popup.keyboard.press('Enter');
    const status = popup.getByTestId('feedback').getByRole('status');
    await expect.poll(() => status.textContent()).toContain('your mark is saved');
    expect(await popup.getByRole('button', { name: 'Looks fine – false alarm' }).count()).toBe(0);
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    await h.screenshot(popup, 'popup-feedback-saved');
    expect(await seriousViolations(popup)).toEqual([]);

    const history = await followToHistory(popup, status.getByRole('link', { name: 'Case history' }));
    const status$ = history.getByLabel(`Status: ${HOSTESS}`);
    await expect.poll(() => status$.inputValue(), { timeout: 10_000 }).toBe('false-alarm');
    await history.close();
    await popup.close();
  });

  it('marks a clean ad as missed; the mark is in the feedback export', async () => {
    const page = await h.openPage('/popup-history/clean.html?case=missed');
    const state = await h.scanTab<{ ads: Array<{ result: { flags: unknown[] } }> } | null>(page);
    expect(state?.ads[0]?.result.flags).toEqual([]);
    const popup = await h.openPopup(page);
    await popup.getByRole('button', { name: 'I think this ad is risky – it was missed' }).click();
    await expect
      .poll(() => popup.getByTestId('feedback').getByRole('status').textContent())
      .toContain('your mark is saved');

    const history = await followToHistory(popup, popup.getByRole('link', { name: 'Case history' }).first());
    await history.getByText('Feedback for rule authors', { exact: true }).click();
    await expect.poll(() => history.locator('details.feedback').textContent()).toContain('Missed ads: 1');
    const [file] = await Promise.all([
      history.waitForEvent('download'),
      history.getByRole('button', { name: 'Export feedback for rule authors' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
    const byKind = (kind: string) => exported.marks.filter((m: { kind: string }) => m.kind === kind);
    expect(byKind('missed')).toEqual([
      expect.objectContaining({
        url: page.url(),
        site: '127.0.0.1',
        text: expect.stringContaining('bakery'),
      }),
    ]);
    const [falseAlarm] = byKind('false-alarm');
    expect(falseAlarm.url).toContain('/history/hostess.html?case=feedback');
    expect(falseAlarm.rule).toMatch(/^[\w.-]+( \| [\w.-]+)*$/);
    expect(exported.falseAlarms).toHaveLength(1);
    await history.close();
    await popup.close();
  });

  it('says when history is full, with a link to the case history, and clears the notice when recording works', async () => {
    const page = await h.openPage('/popup-history/clean.html?case=full');
    await h.scanTab(page); // the background writes an ok status after recording...
    await setHistoryStatus({ ok: false, message: HISTORY_FULL, at: Date.now() }); // ...then a failed one
    const popup = await h.openPopup(page);
    const notice = popup.getByTestId('history-problem');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain(HISTORY_FULL);
    await h.screenshot(popup, 'popup-history-full');
    expect(await seriousViolations(popup)).toEqual([]);
    const history = await followToHistory(popup, notice.getByRole('link', { name: 'Open the case history' }));
    await history.close();

    await setHistoryStatus({ ok: true, at: Date.now() });
    await expect.poll(() => notice.count()).toBe(0);
    await popup.close();
  });

  it('records a real scan as ok, so no notice shows', async () => {
    const page = await h.openPage('/history/call-centre.html?case=ok');
    await h.scanTab(page);
    const stored = await h.serviceWorker.evaluate(
      async () => (await chrome.storage.session.get('history-status'))['history-status'],
    );
    expect(stored).toMatchObject({ ok: true });
    const popup = await h.openPopup(page);
    await popup.getByTestId('page-result').waitFor();
    expect(await popup.getByTestId('history-problem').count()).toBe(0);
    await popup.close();
  });
});
