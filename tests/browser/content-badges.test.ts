// The content script with the built extension in Chromium: badges on exactly the risky cards of a mixed listing,
// the badge panel (keyboard, highlighted evidence, per-site off switch), single-page navigation and cards added
// later, and a 5 MB page that must not freeze the tab (longest long task reported).
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

const RISKY_TEXT =
  'Hostess job in a club abroad, salary $6000 per month, no experience needed. We pay your flight and visa now, you repay it from your wages. The agency keeps your passport.';
const ORDINARY_TEXT =
  'Bookkeeper for a family bakery. Part time, 20 hours a week, £13 per hour. Send your CV by email.';

const card = (title: string, text: string) =>
  `<li class="job-card"><h3><a href="/job/${encodeURIComponent(title)}">${title}</a></h3><p>${text}</p></li>`;

const SPA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs – search</title></head><body>
<main><h1>Job vacancies</h1><ul id="list">${[1, 2, 3].map((n) => card(`Bookkeeper ${n}`, ORDINARY_TEXT)).join('')}</ul></main>
<script>
  window.goTo = (path, cards) => {
    history.pushState({}, '', path);
    document.getElementById('list').innerHTML = cards;
  };
  window.addCard = (html) => document.getElementById('list').insertAdjacentHTML('beforeend', html);
</script></body></html>`;

function hugeListing(targetBytes: number): string {
  const cards: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const text =
      i % 50 === 0
        ? RISKY_TEXT
        : `${ORDINARY_TEXT} Reference ${i}. ${'Team details and duties. '.repeat(90)}`;
    const html = card(`Position ${i}`, text);
    cards.push(html);
    size += html.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>All job vacancies</title></head><body>
<main><h1>Job vacancies</h1><ul>${cards.join('\n')}</ul></main></body></html>`;
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The HTML inside each badge's closed shadow root. Page scripts cannot read it (that is the point); the
 * DevTools protocol can, the way a person's eyes can.
 */
async function badgeShadowHtml(h: ExtensionHarness, page: Page): Promise<string[]> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    const walk = (node: CdpNode) => {
      if (node.nodeName === 'ARL-BADGE') hosts.push(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    const out: string[] = [];
    for (const host of hosts) {
      let html = '';
      for (const child of host.shadowRoots?.[0]?.children ?? []) {
        html += ((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string })
          .outerHTML;
      }
      out.push(html);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Indexes of the cards (in document order) that carry a badge. */
async function badgedCards(page: Page, cardSelector: string): Promise<number[]> {
  return page.$$eval(cardSelector, (cards) =>
    cards.flatMap((c, i) => (c.querySelector('arl-badge') ? [i] : [])),
  );
}

describe('content script in the page', () => {
  let h: ExtensionHarness;
  const routes = new Map<string, string>([
    ['/spa/jobs', SPA],
    ['/huge/listing.html', hugeListing(5 * 1024 * 1024)],
  ]);

  beforeAll(async () => {
    h = await launchExtension({ routes });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('puts badges on exactly the risky ads of a mixed listing', async () => {
    const page = await h.openPage(MIXED);
    const state = (await h.scanTab(page)) as { ads: unknown[] } | null;
    expect(state?.ads).toHaveLength(mixedExpected.ads);
    await expect
      .poll(() => badgedCards(page, 'li.job-card'), { timeout: 10_000 })
      .toEqual(mixedExpected.risky);
    await h.screenshot(page, 'content-mixed-listing-badges');
    await page.close();
  });

  it('opens the badge from the keyboard and shows the matched words highlighted', async () => {
    const page = await h.openPage(`${MIXED}?keyboard`);
    await h.scanTab(page);
    await expect
      .poll(() => page.locator('arl-badge').count(), { timeout: 10_000 })
      .toBe(mixedExpected.risky.length);
    const [closed] = await badgeShadowHtml(h, page);
    expect(closed).toMatch(/<div class="panel"[^>]*hidden/);
    // Tab through the page until focus reaches the first badge's button, then open it with Enter.
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.tagName === 'ARL-BADGE')) && guard++ < 40) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARL-BADGE');
    await page.keyboard.press('Enter');
    const [open] = await badgeShadowHtml(h, page);
    expect(open).toMatch(/aria-expanded="true"/);
    expect(open).not.toMatch(/<div class="panel"[^>]*hidden/);
    expect(open).toMatch(/This ad shows \d+ warning signs?/);
    expect(open).toMatch(/<mark>[^<]+<\/mark>/); // the matched words, highlighted in the ad text
    expect(open).not.toMatch(/<script/i);
    await h.screenshot(page, 'content-badge-open');
    await page.keyboard.press('Escape');
    const [closedAgain] = await badgeShadowHtml(h, page);
    expect(closedAgain).toMatch(/aria-expanded="false"/);
    await page.close();
  });

  it('scrolls to an ad and opens its badge when the popup asks (focus-ad)', async () => {
    const page = await h.openPage(`${MIXED}?focus`);
    await h.scanTab(page);
    await expect
      .poll(() => page.locator('arl-badge').count(), { timeout: 10_000 })
      .toBe(mixedExpected.risky.length);
    const tabId = await h.tabIdOf(page);
    const target = mixedExpected.risky[1]!;
    const reply = await h.serviceWorker.evaluate(
      ([tab, index]) => chrome.tabs.sendMessage(tab, { type: 'focus-ad', index }),
      [tabId, target] as const,
    );
    expect(reply).toEqual({ ok: true });
    const shadows = await badgeShadowHtml(h, page);
    expect(shadows.map((html) => /aria-expanded="true"/.test(html))).toEqual([false, true]);
    const inView = await page.$$eval(
      'li.job-card',
      (cards, i) => {
        const box = cards[i]!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      },
      target,
    );
    expect(inView).toBe(true);
    await page.close();
  });

  it('hides the badges on a site when asked, and remembers it', async () => {
    const page = await h.openPage(`${MIXED}?hide`);
    await h.scanTab(page);
    await expect.poll(() => page.locator('arl-badge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('arl-badge').first().click(); // opens the panel; focus moves to its heading
    await expect.poll(async () => (await badgeShadowHtml(h, page))[0] ?? '').toMatch(/aria-expanded="true"/);
    await page.keyboard.press('Tab'); // → "Hide badges on this site"
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('arl-badge').count()).toBe(0);
    const stored = await h.serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings,
    );
    expect((stored as { badgesOffSites?: string[] }).badgesOffSites).toContain('127.0.0.1');
    await page.reload();
    await h.scanTab(page);
    await page.waitForTimeout(1_000);
    expect(await page.locator('arl-badge').count()).toBe(0);
    await h.setSettings({ badgesOffSites: [] });
    await page.close();
  });

  it('follows a single-page navigation and a card added later', async () => {
    const page = await h.openPage('/spa/jobs?start');
    await h.scanTab(page);
    await page.waitForTimeout(800);
    expect(await page.locator('arl-badge').count()).toBe(0);

    const page2 = card('Bookkeeper 4', ORDINARY_TEXT) + card('Hostess abroad', RISKY_TEXT);
    await page.evaluate(
      (cards) =>
        (window as unknown as { goTo: (p: string, c: string) => void }).goTo('/spa/jobs?page=2', cards),
      page2,
    );
    await page.evaluate(
      (html) => (window as unknown as { addCard: (h: string) => void }).addCard(html),
      `<li class="job-card"><h3><a href="/job/c">Bookkeeper 5</a></h3><p>${ORDINARY_TEXT}</p></li>`,
    );
    await expect.poll(() => badgedCards(page, 'li.job-card'), { timeout: 10_000 }).toEqual([1]);

    await page.evaluate(
      (html) => (window as unknown as { addCard: (h: string) => void }).addCard(html),
      `<li class="job-card"><h3><a href="/job/d">Club hostess, flight paid</a></h3><p>${RISKY_TEXT}</p></li>`,
    );
    await expect.poll(() => badgedCards(page, 'li.job-card'), { timeout: 10_000 }).toEqual([1, 3]);
    await page.close();
  });

  it('does not freeze the tab on a 5 MB page (longest long task reported)', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[]; __observing: boolean };
      w.__longTasks = [];
      w.__observing = false;
      new PerformanceObserver((list) => {
        if (!w.__observing) return; // page parsing and first layout are the page's own cost
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.goto(h.url('/huge/listing.html'), { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      (window as unknown as { __observing: boolean }).__observing = true;
    });
    const started = Date.now();
    const state = (await h.scanTab(page)) as { ads: unknown[] } | null;
    const scanMs = Date.now() - started;
    await expect.poll(() => page.locator('arl-badge').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The page stays responsive: a click handler runs promptly while the scan's effects settle.
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const longest = Math.max(0, ...tasks);
    const bytes = routes.get('/huge/listing.html')!.length;
    console.log(
      `[5 MB page] ${(bytes / 2 ** 20).toFixed(1)} MB, ${state?.ads.length} ads sent, scan ${scanMs} ms, ` +
        `${tasks.length} long tasks, longest ${longest.toFixed(0)} ms`,
    );
    expect(state?.ads.length).toBe(500); // capped at the protocol's maximum
    expect(longest).toBeLessThan(1_000); // a frozen tab is seconds; the chunked scan stays far below
    await page.close();
  });
});
