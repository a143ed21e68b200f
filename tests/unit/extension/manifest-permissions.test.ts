// The built manifests ask for the agreed permissions only: nothing at install beyond storage, activeTab,
// contextMenus and scripting; host access only as optional permissions asked for at run time.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared-data';

const AGREED_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const AGREED_OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

function builtManifest(browser: 'chrome' | 'firefox') {
  const dir = join(REPO_ROOT, '.output', `${browser}-mv3`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', browser], { cwd: REPO_ROOT, stdio: 'ignore' });
  }
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  const manifest = builtManifest(browser);

  it('asks only for the agreed permissions', () => {
    expect([...manifest.permissions].sort()).toEqual(AGREED_PERMISSIONS);
  });

  it('has no install-time host access and no content script matching every page', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    for (const script of manifest.content_scripts ?? []) expect(script.matches).toEqual([]);
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(AGREED_OPTIONAL_HOSTS);
  });

  it('runs no remote code: a strict CSP for extension pages and no externally connectable pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

describe('firefox manifest', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const { gecko } = builtManifest('firefox').browser_specific_settings;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
