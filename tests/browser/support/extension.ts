// Reusable browser-test harness: launches Debian's Chromium with the built extension (e2e build, see
// tests/browser/support/global-setup.ts), serves fixture pages from 127.0.0.1, and gives tests the handles they
// need: extension id, service worker, extension pages as tabs, settings, on-demand scans and screenshots.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { REPO_ROOT } from '../../support/shared-data';
import { type ExtraRoutes, startFixtureServer } from './server';

/** The e2e build, or another unpacked build to test (E2E_EXTENSION_DIR), e.g. one with a part removed. */
export const E2E_BUILD_DIR = process.env.E2E_EXTENSION_DIR ?? resolve(REPO_ROOT, '.output', 'chrome-mv3-e2e');
export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Unpacked extension to load; defaults to the e2e build. */
  extensionDir?: string;
  /** Extra routes served by the fixture server (path → body). */
  routes?: ExtraRoutes;
  /** Extra Chromium flags (e.g. a debugging port for benchmarks). */
  extraArgs?: string[];
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  baseUrl: string;
  /** Every URL any page, frame or worker of this browser requested (for the no-network test). */
  requests: string[];
  url(path: string): string;
  openPage(path: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** The popup for a tab, opened in its own window so the tab stays visible (the screenshot captures it). */
  openPopup(target: Page): Promise<Page>;
  /** Sends a message to the background from an extension page, as the popup does, and returns the reply. */
  sendToBackground<T = unknown>(message: unknown): Promise<T>;
  /** Scans a tab on demand, like the toolbar button; resolves with the tab state the popup would show. */
  scanTab<T = unknown>(page: Page): Promise<T>;
  setSettings(patch: Record<string, unknown>): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const extensionDir = options.extensionDir ?? E2E_BUILD_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npx wxt build --mode e2e" first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH.`,
    );
  }
  // Let Playwright report the service worker's own requests too (the no-network test needs them).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const server = await startFixtureServer(options.routes);
  const profileDir = mkdtempSync(join(tmpdir(), 'arl-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumArgs(extensionDir), ...(options.extraArgs ?? [])],
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  let messenger: Page | null = null;

  const harness: ExtensionHarness = {
    context,
    extensionId,
    serviceWorker,
    baseUrl: server.baseUrl,
    requests,
    url: server.url,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(path.startsWith('http') ? path : server.url(path));
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async tabIdOf(page) {
      // The browser may not have committed the tab's URL yet right after a navigation starts: ask a few times.
      const url = page.url();
      for (let attempt = 0; attempt < 40; attempt++) {
        const id = await serviceWorker.evaluate(async (target) => {
          const tabs = await chrome.tabs.query({});
          return tabs.find((tab) => tab.url === target || tab.pendingUrl === target)?.id ?? null;
        }, url);
        if (id !== null) return id;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`No tab found for ${url}`);
    },
    async openPopup(target) {
      const tabId = await harness.tabIdOf(target);
      const url = `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
      const [popup] = await Promise.all([
        context.waitForEvent('page', { predicate: (p) => p.url().startsWith(url) }),
        serviceWorker.evaluate(
          (u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 900 }),
          url,
        ),
      ]);
      await popup.waitForLoadState('domcontentloaded');
      await popup.setViewportSize({ width: 400, height: 1400 });
      return popup;
    },
    async sendToBackground(message) {
      if (!messenger || messenger.isClosed()) {
        // Any extension page can message the background as the popup does; options.html is light.
        messenger = await harness.openExtensionPage('options.html');
      }
      return messenger.evaluate((msg) => chrome.runtime.sendMessage(msg), message);
    },
    async scanTab(page) {
      const tabId = await harness.tabIdOf(page);
      return harness.sendToBackground({ type: 'scan-tab', tabId });
    },
    async setSettings(patch) {
      await serviceWorker.evaluate(async (values) => {
        const { settings } = await chrome.storage.local.get('settings');
        // With the version marker, as the extension's own settings store writes it (no migration re-run).
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...values }, settings$: { v: 2 } });
      }, patch);
    },
    async screenshot(page, name) {
      const dir = join(ARTIFACTS_DIR, 'screenshots');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return harness;
}
