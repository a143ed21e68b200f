// A static file server on 127.0.0.1 for browser tests: our own fixtures at /, the team's shared real pages at
// /shared/pages/ and /shared/jsonld/ (when present). Nothing else is reachable from the test browser.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { REPO_ROOT, SHARED_DATA } from '../../support/shared-data';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const ROOTS: Array<[prefix: string, dir: string]> = [
  ['/shared/pages/', join(SHARED_DATA, 'pages')],
  ['/shared/jsonld/', join(SHARED_DATA, 'jsonld')],
  ['/', resolve(REPO_ROOT, 'tests', 'fixtures')],
];

function resolvePath(urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  for (const [prefix, dir] of ROOTS) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return null; // no escaping the root
    const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    return existsSync(target) ? target : null;
  }
  return null;
}

export interface FixtureServer {
  baseUrl: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Extra routes for a test: path → body (served as HTML unless the path has another extension). */
export type ExtraRoutes = Map<string, string | Buffer>;

export async function startFixtureServer(extra: ExtraRoutes = new Map()): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const type = TYPES[extname(path)] ?? 'text/html';
    const body = extra.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    const file = resolvePath(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    // No charset for HTML: pages declare their own encoding (some tests use odd ones).
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    url: (path) => baseUrl + (path.startsWith('/') ? path : `/${path}`),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
