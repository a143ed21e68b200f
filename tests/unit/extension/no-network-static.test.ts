// A static guarantee to go with the browser test that records requests: the shipped code contains no API that
// sends data over the network and no remotely hosted script.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared-data';

const NETWORK_APIS = [
  'fetch(',
  'XMLHttpRequest',
  'WebSocket',
  'sendBeacon',
  'EventSource',
  'importScripts',
  'RTCPeerConnection',
];

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

describe.each(['chrome', 'firefox'] as const)('%s build', (browser) => {
  const dir = join(REPO_ROOT, '.output', `${browser}-mv3`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', browser], { cwd: REPO_ROOT, stdio: 'ignore' });
  }

  it.each(NETWORK_APIS)('ships no call to %s', (api) => {
    const offenders = files(dir, '.js').filter((file) => readFileSync(file, 'utf8').includes(api));
    expect(offenders).toEqual([]);
  });

  it('loads only its own scripts in extension pages', () => {
    for (const file of files(dir, '.html')) {
      const html = readFileSync(file, 'utf8');
      const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      for (const src of sources) expect(src, file).toMatch(/^\/(?!\/)/);
    }
  });
});
