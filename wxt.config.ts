import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Shared by Chrome and Firefox builds. Host access is optional and asked for at run time.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // MV3 everywhere: Firefox 128+ supports optional host permissions asked for at run time.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // e2e builds only: host access to the local test server, standing in for the user's activeTab click.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
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
