// `npm run demo`: builds the extension and opens Chromium with it loaded on our sample page of ads
// (tests/fixtures/demo/index.html). Without a display it says so and explains how to load the build by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/browser/support/extension';
import { startFixtureServer } from '../tests/browser/support/server';
import { REPO_ROOT } from '../tests/support/shared-data';

const buildDir = resolve(REPO_ROOT, '.output', 'chrome-mv3');
const samplePage = resolve(REPO_ROOT, 'tests', 'fixtures', 'demo', 'index.html');

execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.log(`
No display is available here, so the demo browser cannot open.
To try the extension by hand on a machine with a desktop:
  Chrome/Chromium: open chrome://extensions, turn on "Developer mode", "Load unpacked", choose
                   ${buildDir}
  Firefox:         npm run build:firefox, then about:debugging → This Firefox → "Load Temporary Add-on…",
                   choose ${resolve(REPO_ROOT, '.output', 'firefox-mv3', 'manifest.json')}
Then open the sample page of ads:
  ${samplePage}
and click the extension's toolbar button (or press Alt+Shift+S) to scan it.`);
  process.exit(0);
}

const server = await startFixtureServer();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'arl-demo-')), {
  executablePath: CHROMIUM_PATH,
  headless: false,
  args: chromiumArgs(buildDir),
  viewport: null,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.url('/demo/'));
console.log(
  `Demo open at ${server.url('/demo/')}. Click the toolbar button to scan. Close the browser to finish.`,
);
await new Promise<void>((done) => context.on('close', () => done()));
await server.close();
