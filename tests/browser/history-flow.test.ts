// Case history end to end: scan two risky ads, find both on the history page, review one, export CSV and JSON
// (contents checked), delete everything, import the JSON back and see the entries again with their review.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/shared/csv';
import { seriousViolations } from './support/axe';
import { type ExtensionHarness, launchExtension } from './support/extension';

const HOSTESS = 'Hostess work in a club abroad – flight paid';
const CALL_CENTRE = 'Online customer service in Cambodia – free flight and visa';

async function download(page: Page, button: string): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

describe('case history', () => {
  let h: ExtensionHarness;
  let history: Page;
  const urls: string[] = [];

  beforeAll(async () => {
    h = await launchExtension(
      process.env.HISTORY_E2E_DIR ? { extensionDir: process.env.HISTORY_E2E_DIR } : {},
    );
    for (const path of ['/history/hostess.html', '/history/call-centre.html']) {
      const page = await h.openPage(path);
      const state = await h.scanTab<{ ads: Array<{ result: { level: string } }> } | null>(page);
      expect(state?.ads[0]?.result.level, `${path} should scan at medium or high`).toMatch(/medium|high/);
      urls.push(page.url());
    }
    history = await h.openExtensionPage('case-history.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  const row = (title: string) => history.locator('tbody tr', { hasText: title });

  it('lists both scanned ads with their site, level and evidence', async () => {
    await expect.poll(() => history.locator('tbody tr').count(), { timeout: 10_000 }).toBe(2);
    for (const title of [HOSTESS, CALL_CENTRE]) {
      await expect.poll(() => row(title).textContent()).toContain('127.0.0.1');
      expect(await row(title).textContent()).toMatch(/High|Medium/);
    }
    await row(HOSTESS).getByRole('button', { name: HOSTESS }).click();
    const details = history.getByTestId('details');
    expect(await details.textContent()).toContain(urls[0]);
    expect(await details.locator('.flags mark').count()).toBeGreaterThan(0);
    await h.screenshot(history, 'history-page');
    expect(await seriousViolations(history)).toEqual([]);
  });

  it('changes a status, and the change is kept', async () => {
    await history.getByLabel(`Status: ${CALL_CENTRE}`).selectOption('reported');
    await expect.poll(() => history.getByRole('status').textContent()).toContain('Updated 1 entries');
    await history.reload();
    expect(await history.getByLabel(`Status: ${CALL_CENTRE}`).inputValue()).toBe('reported');
    expect(await history.getByLabel(`Status: ${HOSTESS}`).inputValue()).toBe('unreviewed');
  });

  let json = '';
  let jsonPath = '';

  it('exports CSV with one row per ad, the review and the evidence', async () => {
    const csv = await download(history, 'Export CSV');
    expect(csv.name).toMatch(/^ad-risk-lens-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(header).toContain('evidence');
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(2);
    const byTitle = new Map(rows.map((r) => [r[col('title')], r]));
    expect(byTitle.get(CALL_CENTRE)?.[col('status')]).toBe('reported');
    expect(byTitle.get(HOSTESS)?.[col('status')]).toBe('unreviewed');
    expect(byTitle.get(HOSTESS)?.[col('urls')]).toBe(urls[0]);
    expect(byTitle.get(CALL_CENTRE)?.[col('urls')]).toBe(urls[1]);
    for (const r of rows) {
      expect(r[col('site')]).toBe('127.0.0.1');
      expect(r[col('level')]).toMatch(/^(medium|high)$/);
      expect(r[col('evidence')]).toMatch(/^[\w.-]+: ".+"/);
      expect(Number(r[col('warning_signs')])).toBeGreaterThan(0);
    }
    expect(byTitle.get(HOSTESS)?.[col('text')]).toContain('Your passport will be kept by the');
  });

  it('exports JSON with entries, evidence and sources', async () => {
    const file = await download(history, 'Export JSON');
    json = file.text;
    jsonPath = file.path;
    const data = JSON.parse(json);
    expect(data).toMatchObject({ format: 'ad-risk-lens-history', version: 2 });
    expect(data.entries).toHaveLength(2);
    const call = data.entries.find((e: { title: string }) => e.title === CALL_CENTRE);
    expect(call).toMatchObject({ status: 'reported', urls: [urls[1]], site: '127.0.0.1', schemaVersion: 2 });
    expect(call.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    for (const entry of data.entries) {
      expect(entry.flags.length).toBeGreaterThan(0);
      for (const flag of entry.flags) {
        expect(flag.evidence.length).toBeGreaterThan(0);
        expect(flag.explanation.title.length).toBeGreaterThan(0);
      }
      expect(entry.flags.some((flag: { sources: unknown[] }) => flag.sources.length > 0)).toBe(true);
    }
  });

  it('deletes all history after confirmation', async () => {
    await history.getByRole('button', { name: 'Delete all history' }).click();
    await history.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => history.locator('main').textContent()).toContain('No ads in history yet');
    await history.reload();
    await expect.poll(() => history.locator('main').textContent()).toContain('No ads in history yet');
  });

  it('rejects a bad file with a clear message', async () => {
    await history.getByLabel('Import JSON').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format": "ad-risk-lens-history", "version": 2, "entries": [{"schemaVersion": 2}]}',
      ),
    });
    await expect.poll(() => history.getByRole('alert').textContent()).toMatch(/invalid entries.*entry 1/);
  });

  it('imports the exported JSON back, with the review', async () => {
    expect(json).not.toBe('');
    await history.getByLabel('Import JSON').setInputFiles(jsonPath);
    await expect
      .poll(() => history.getByRole('status').textContent())
      .toContain('Imported: 2 new, 0 updated');
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    expect(await history.getByLabel(`Status: ${CALL_CENTRE}`).inputValue()).toBe('reported');
    expect(await row(HOSTESS).textContent()).toContain('127.0.0.1');
  });
});
