import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { formatRuleFileError } from './src/engine/load';
import { loadRuleSetFromDisk } from './src/engine/node-rules';

// Shared by Chrome and Firefox builds. Host access is optional and asked for at run time.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // MV3 everywhere: Firefox 128+ supports optional host permissions asked for at run time.
  manifestVersion: 3,
  hooks: {
    // Rule files are data: a broken one stops the build with messages naming the file, the rule and the field.
    // (The timed regex check runs in `npm run check-rules` and the tests, not here: timing is machine-dependent.)
    'build:before': () => {
      const problems = loadRuleSetFromDisk(undefined, { timedRegexCheck: false }).errors.map(
        formatRuleFileError,
      );
      if (problems.length > 0) throw new Error(`Rule files are not valid:\n${problems.join('\n')}`);
    },
  },
  vite: () => ({
    plugins: [preact()],
    // No modulepreload polyfill: it is the only fetch() in the bundle, and extension pages don't need it.
    build: { target: 'es2022', modulePreload: { polyfill: false } },
  }),
  // Firefox reviewers get the sources; test artifacts (screenshots, reports) are not sources.
  zip: { excludeSources: ['artifacts/**', '.ci/**'] },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // e2e builds only: host access standing in for the activeTab grant of a real click on the toolbar button
    // (tabs.captureVisibleTab accepts only activeTab or <all_urls>). The test browser resolves no host but 127.0.0.1.
    ...(mode === 'e2e' ? { host_permissions: ['<all_urls>'] } : {}),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'scan-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdScanPage__' },
    },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ad-risk-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
