// Bundle sizes of the shipped Chrome build, gzipped as a store serves them.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../tests/support/shared-data';

const BUILD = resolve(REPO_ROOT, '.output', 'chrome-mv3');
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** JS files an HTML entry loads (its own chunk and the shared chunks it imports). */
function scriptsOf(html: string): string[] {
  const files = new Set<string>();
  const queue = [...readFileSync(join(BUILD, html), 'utf8').matchAll(/src="\/?([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(join(BUILD, file), 'utf8').matchAll(/from\s*"\.\/?\.?\/?([^"]+\.js)"/g)) {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const target = m[1]!.startsWith('chunks/') ? m[1]! : dir + m[1]!;
      if (existsSync(join(BUILD, target))) queue.push(target);
    }
  }
  return [...files];
}

export async function benchBundles(): Promise<Record<string, string>> {
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const total = (files: string[]) => files.reduce((sum, f) => sum + gz(join(BUILD, f)), 0);
  const all = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? all(join(dir, name)) : [join(dir, name)],
    );
  return {
    'content script (gzip)': kb(gz(join(BUILD, 'content-scripts', 'content.js'))),
    'popup JS (gzip, with shared chunks)': kb(total(scriptsOf('popup.html'))),
    'background (gzip)': kb(gz(join(BUILD, 'background.js'))),
    'whole extension (gzip, all files)': kb(all(BUILD).reduce((sum, f) => sum + gz(f), 0)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchBundles());
