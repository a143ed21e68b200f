// Browser figures with the built extension (e2e build) in Debian's Chromium:
// - time from navigation to scored results (what the badges wait for) on each real listing page;
// - service-worker JS heap after scanning 1,000 ads (read over the DevTools protocol).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { E2E_BUILD_DIR, launchExtension } from '../tests/browser/support/extension';
import { HAS_SHARED_DATA, REPO_ROOT, SHARED_DATA } from '../tests/support/shared-data';

const DEBUG_PORT = 9339;

function generatedListing(start: number, count: number): string {
  const cards = Array.from({ length: count }, (_, i) => {
    const n = start + i;
    const risky = n % 4 === 0;
    const text = risky
      ? `Hostess job number ${n} in a club abroad. We pay your ticket and visa, repaid from your salary. Passport kept by the agency. Contact on WhatsApp only.`
      : `Position ${n}: office assistant in our regional branch. Filing, scheduling and answering calls. Salary according to the collective agreement; apply through our website.`;
    return `<li itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">Job ${n}</h2><div itemprop="description">${text} ${'Details about the team and the role. '.repeat(20)}</div></li>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>Jobs ${start}</title></head><body><h1>Job vacancies</h1><ul>${cards.join('')}</ul></body></html>`;
}

async function serviceWorkerHeapMb(extensionId: string): Promise<number> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${DEBUG_PORT}`);
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    if (!worker) throw new Error('service worker target not found');
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as { sessionId: string };
    let nextId = 1;
    const call = (method: string) =>
      new Promise<Record<string, number>>((resolve) => {
        const id = nextId++;
        const onMessage = (event: { sessionId: string; message: string }) => {
          const reply = JSON.parse(event.message);
          if (event.sessionId === sessionId && reply.id === id) {
            cdp.off('Target.receivedMessageFromTarget', onMessage);
            resolve(reply.result ?? {});
          }
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.enable');
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return (usage.usedSize ?? 0) / 2 ** 20;
  } finally {
    await browser.close();
  }
}

export async function benchBrowser(): Promise<Record<string, number | string>> {
  if (!existsSync(join(E2E_BUILD_DIR, 'manifest.json')) || process.env.E2E_NO_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: REPO_ROOT, stdio: 'ignore' });
  }
  const routes = new Map<string, string>();
  for (let i = 0; i < 10; i++) routes.set(`/bench/listing-${i}.html`, generatedListing(i * 100, 100));
  const h = await launchExtension({ routes, extraArgs: [`--remote-debugging-port=${DEBUG_PORT}`] });
  const figures: Record<string, number | string> = {};
  try {
    await h.setSettings({ autoScanSites: ['127.0.0.1'] });
    await new Promise((r) => setTimeout(r, 500)); // registration is re-synced on the settings change

    const pages = HAS_SHARED_DATA
      ? (
          JSON.parse(readFileSync(join(SHARED_DATA, 'pages', 'MANIFEST.json'), 'utf8')) as Array<{
            file: string;
            page_type: string;
          }>
        )
          .filter((p) => /listing|search/i.test(p.page_type))
          .map((p) => p.file)
      : [];
    if (!HAS_SHARED_DATA) figures['real listing pages'] = 'skipped: shared data absent';
    for (const file of pages) {
      const page = await h.context.newPage();
      const started = Date.now();
      await page.goto(h.url(`/shared/pages/${file}`), { waitUntil: 'commit' });
      const tabId = await h.tabIdOf(page);
      let ms: number | string = 'no result in 15 s';
      while (Date.now() - started < 15_000) {
        const state = await h.serviceWorker.evaluate(
          async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
          tabId,
        );
        if (state) {
          ms = Date.now() - started;
          break;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      figures[`time to scored results: ${file} (ms)`] = ms;
      await page.close();
    }

    const before = await serviceWorkerHeapMb(h.extensionId);
    for (let i = 0; i < 10; i++) {
      const page = await h.openPage(`/bench/listing-${i}.html`);
      await h.scanTab(page);
      await page.close();
    }
    const after = await serviceWorkerHeapMb(h.extensionId);
    figures['service worker heap before scans (MB)'] = Number(before.toFixed(1));
    figures['service worker heap after 1,000 ads (MB)'] = Number(after.toFixed(1));
  } finally {
    await h.close();
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchBrowser());
