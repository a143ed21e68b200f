// Case-history figures at 10,000 entries: fingerprinting, validation on read, the table model (index, filter,
// sort), first render and filtering of the page in happy-dom, and — when Chromium and the e2e build are present —
// the real history page in the browser (import of a 10,000-entry file, first render after reload, filtering).
// Run alone with `npx tsx scripts/bench-history.ts`; `npm run bench` includes it. HISTORY_BENCH_BROWSER=0 skips the browser.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import type { Flag, Level } from '../src/engine/types';
import { entryFromScan } from '../src/history/entry';
import { exportJson } from '../src/history/export';
import { fnv1a64, normaliseText } from '../src/history/fingerprint';
import { upgradeRecord } from '../src/history/migrate';
import { filterRows, NO_FILTERS, sortRows, toRows } from '../src/history/page/model';
import { type HistoryEntry, REVIEW_STATUSES } from '../src/history/schema';
import { HistoryStore } from '../src/history/store';

const N = 10_000;
type Figures = Record<string, number | string>;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

const WORDS =
  'job work abroad salary month hotel club hostess model waitress driver nanny farm factory visa ticket flight passport agency contract fee debt repaid wages housing food transport experience needed young girls boys english customer service online team bonus commission travel paid employer documents apply whatsapp telegram contact urgent start immediately'.split(
    ' ',
  );
const RULES: Array<[string, string, string]> = [
  ['travel-repaid-from-wages', 'Travel paid now, repaid from wages', 'ticket paid, repaid from wages'],
  ['passport-held', 'Employer keeps your passport', 'we keep your passport'],
  ['implausible-pay', 'Pay far above the usual for the work', '5000 USD a month, no experience'],
  ['recruitment-fee', 'You pay a fee to get the job', 'registration fee 300'],
  ['modelling-offer', 'Modelling or hostess offer abroad', 'hostess work abroad'],
  ['scam-compound', 'Customer service job abroad with travel paid', 'customer service in Cambodia'],
];
const SITES = [
  'jobs.example',
  'classifieds.example',
  'ads.example.org',
  'work-abroad.example',
  'forum.example.net',
];

export function syntheticEntries(count = N, seed = 7): HistoryEntry[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const chosen = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(RULES)))];
    const words = Array.from({ length: 180 + Math.floor(rand() * 200) }, () => pick(WORDS));
    const text = `Ad ${i}. ${chosen.map((r) => r[2]).join('. ')}. ${words.join(' ')}.`;
    const flags: Flag[] = chosen.map(([rule, title, evidence]) => ({
      rule,
      category: rule,
      kind: 'structural',
      weight: 3,
      evidence,
      field: 'description',
      start: 0,
      end: evidence.length,
      explanation: {
        title,
        why: 'Used to control workers through debt or documents.',
        ask: 'Ask who pays, and when.',
      },
      sources: [
        { document: '003_077d3deaf5d7ffb6.txt', lines: 'L109-110', quote: 'recruitment fees and debts' },
      ],
      heuristic: false,
      lang: 'en',
    }));
    const level: Level = chosen.length > 1 ? 'high' : 'medium';
    const site = pick(SITES);
    const entry = entryFromScan({
      url: `https://${site}/ad/${i}`,
      ad: { title: `${pick(WORDS)} ${pick(WORDS)} job ${i}`, description: text },
      result: {
        score: chosen.length * 3,
        level,
        flags,
        reassurances: [],
        language: { detected: 'en', packs: ['en'], supported: true },
      },
      now: start + Math.floor(rand() * 300 * 86_400_000),
    });
    return {
      ...entry,
      status: pick(REVIEW_STATUSES),
      lastSeen: entry.firstSeen + Math.floor(rand() * 86_400_000),
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void, runs = 15): number {
  fn(); // warm-up
  return median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    }),
  );
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function benchFingerprint(entries: HistoryEntry[]): Promise<Figures> {
  const texts = entries.slice(0, 2_000).map((e) => normaliseText(e.text));
  const avgChars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  const fnv =
    time(() => {
      for (const text of texts) fnv1a64(text);
    }, 5) / texts.length;
  const encoder = new TextEncoder();
  const shaRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (const t of texts) await crypto.subtle.digest('SHA-256', encoder.encode(t));
    shaRuns.push((performance.now() - t0) / texts.length);
  }
  return {
    'fingerprint text length (chars, avg)': avgChars,
    'fingerprint FNV-1a 64 (µs/ad)': round(fnv * 1000),
    'fingerprint SHA-256 subtle, awaited (µs/ad)': round(median(shaRuns) * 1000),
  };
}

function benchModel(entries: HistoryEntry[]): Figures {
  const raw = JSON.parse(JSON.stringify(entries)) as unknown[];
  const rows = toRows(entries);
  const now = Date.UTC(2026, 11, 31);
  return {
    'validate 10k stored records on read (ms)': round(
      time(() => {
        for (const record of raw) upgradeRecord(record);
      }, 5),
    ),
    'build table index, 10k (ms)': round(time(() => toRows(entries), 5)),
    'filter 10k: one word (ms)': round(
      time(() => filterRows(rows, { ...NO_FILTERS, query: 'passport' }, now)),
    ),
    'filter 10k: two words, no match (ms)': round(
      time(() => filterRows(rows, { ...NO_FILTERS, query: 'passport zebra' }, now)),
    ),
    'filter 10k: site + status + rule + 30 days (ms)': round(
      time(() =>
        filterRows(
          rows,
          { ...NO_FILTERS, site: 'jobs.example', status: 'unreviewed', rule: 'passport-held', days: 30 },
          now,
        ),
      ),
    ),
    'sort 10k by title (ms)': round(time(() => sortRows(rows, { key: 'title', dir: 'asc' }))),
    'sort 10k by last seen (ms)': round(time(() => sortRows(rows, { key: 'lastSeen', dir: 'desc' }))),
  };
}

async function benchIndexedDb(entries: HistoryEntry[]): Promise<Figures> {
  const store = new HistoryStore({ factory: new IDBFactory(), dbName: 'bench' });
  const file = exportJson(entries);
  let t0 = performance.now();
  const imported = await store.importJson(file);
  const importMs = performance.now() - t0;
  if (!imported.ok || imported.added !== entries.length)
    throw new Error(`import failed: ${JSON.stringify(imported)}`);
  t0 = performance.now();
  const { entries: read } = await store.readAll();
  const readMs = performance.now() - t0;
  t0 = performance.now();
  await store.recordScan({
    url: 'https://new.example/1',
    ad: { description: `${entries[0]!.text} new` },
    result: {
      score: 5,
      level: 'medium',
      flags: [],
      reassurances: [],
      language: { detected: 'en', packs: [], supported: true },
    },
  });
  const recordMs = performance.now() - t0;
  store.close();
  return {
    'export file size, 10k entries (MB)': round(file.length / 2 ** 20),
    'import 10k entries, fake-indexeddb (ms)': Math.round(importMs),
    'read all 10k, fake-indexeddb + validation (ms)': Math.round(readMs),
    'recordScan with 10k stored, fake-indexeddb (ms)': round(recordMs),
    'entries read back': read.length,
  };
}

/** The real page component in happy-dom: time to the first rendered table, and to a filtered table. */
async function benchHappyDom(entries: HistoryEntry[]): Promise<Figures> {
  const { Window } = await import('happy-dom');
  const window = new Window({ url: 'chrome-extension://bench/history.html' });
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'Event', 'HTMLElement', 'Node', 'navigator'] as const) {
    if (key === 'window') g.window = window;
    else if (key === 'navigator') continue;
    else g[key] = (window as unknown as Record<string, unknown>)[key];
  }
  const { render, h } = await import('preact');
  const { App } = await import('../src/history/page/App');
  const memoryStore = {
    id: 'bench',
    readRecent: async (limit: number) => ({
      entries: [...entries].sort((a, b) => b.lastSeen - a.lastSeen).slice(0, limit),
      total: entries.length,
    }),
    readAll: async () => ({ entries, unreadable: 0 }),
    listFeedback: async () => [],
    storageStatus: async () => null,
  } as unknown as HistoryStore;
  const document = window.document as unknown as Document;
  const root = document.createElement('div');
  document.body.append(root);
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const count = () => root.querySelector('[data-testid="count"]')?.textContent ?? '';

  let t0 = performance.now();
  render(h(App, { store: memoryStore }), root);
  await until(() => root.querySelectorAll('tbody tr').length > 0);
  const firstRender = performance.now() - t0;
  await until(() => count().startsWith(`${entries.length} of`));
  const allLoaded = performance.now() - t0;

  const search = root.querySelector('input[type="search"]') as HTMLInputElement;
  const filterOnce = async (value: string) => {
    const before = count();
    t0 = performance.now();
    search.value = value;
    search.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    await until(() => count() !== before);
    return performance.now() - t0;
  };
  const filterTimes: number[] = [];
  for (const query of ['passport', '', 'hostess visa', '', 'job 42', ''])
    filterTimes.push(await filterOnce(query));
  render(null, root);
  await window.happyDOM.close();
  return {
    'page first render, 10k entries in memory, happy-dom (ms)': Math.round(firstRender),
    'page all 10k indexed and shown, happy-dom (ms)': Math.round(allLoaded),
    'page filter + re-render, 10k, happy-dom, median (ms)': round(median(filterTimes)),
  };
}

/** The built history page in Chromium: imports 10k entries through the page, reloads, reads the page's marks. */
async function benchChromium(entries: HistoryEntry[]): Promise<Figures> {
  const { E2E_BUILD_DIR, CHROMIUM_PATH, launchExtension } = await import(
    '../tests/browser/support/extension'
  );
  if (process.env.HISTORY_BENCH_BROWSER === '0')
    return { 'browser figures': 'skipped (HISTORY_BENCH_BROWSER=0)' };
  const extensionDir = process.env.HISTORY_E2E_DIR || E2E_BUILD_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')) || !existsSync(CHROMIUM_PATH)) {
    return { 'browser figures': 'skipped (no e2e build or Chromium; run npx wxt build --mode e2e)' };
  }
  const harness = await launchExtension({ extensionDir });
  try {
    const page = await harness.openExtensionPage('case-history.html');
    await page.getByText('No ads in history yet').waitFor();
    const allShown = page
      .getByTestId('count')
      .filter({ hasText: `${entries.length} of ${entries.length} entries` });

    // A file on disk: the browser reads it directly (a 37 MB buffer over the protocol is slow and can time out).
    const file = join(mkdtempSync(join(tmpdir(), 'arl-bench-')), 'history.json');
    writeFileSync(file, exportJson(entries));
    await page.getByLabel('Import JSON').setInputFiles(file, { timeout: 120_000 });
    await allShown.waitFor({ timeout: 180_000 });
    rmSync(file, { force: true });
    const importMs = await page.evaluate(
      () => performance.getEntriesByName('history:import')[0]?.duration ?? Number.NaN,
    );

    /** Start time of a mark (ms since navigation), waiting for it to appear. */
    const mark = (name: string) =>
      page.evaluate(async (markName) => {
        for (let i = 0; i < 1_000 && performance.getEntriesByName(markName).length === 0; i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return performance.getEntriesByName(markName)[0]?.startTime ?? Number.NaN;
      }, name);
    const firstRender: number[] = [];
    const firstPaint: number[] = [];
    const allLoaded: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.reload();
      firstRender.push(await mark('history:first-render'));
      firstPaint.push(await mark('history:first-paint'));
      allLoaded.push(await mark('history:all-loaded'));
    }
    await allShown.waitFor({ timeout: 60_000 });

    const queries = ['passport', '', 'hostess visa', '', 'job 42', '', 'zzz', ''];
    const commit: number[] = [];
    const painted: number[] = [];
    const search = page.getByRole('searchbox');
    for (const query of queries) {
      const before = await page.evaluate(() => performance.getEntriesByName('history:filter-painted').length);
      await search.fill(query);
      const [c, p] = await page.evaluate(async (n) => {
        for (let i = 0; i < 500 && performance.getEntriesByName('history:filter-painted').length <= n; i++) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        // No helper functions in here: tsx would wrap them in a __name() the page does not have.
        return ['history:filter', 'history:filter-painted'].map(
          (name) => performance.getEntriesByName(name).at(-1)?.duration ?? Number.NaN,
        );
      }, before);
      commit.push(c!);
      painted.push(p!);
    }
    return {
      'Chromium: import a 10k-entry file in the page: read, validate, write (ms)': Math.round(importMs),
      'Chromium: first render after reload, 10k stored, median of 3 (ms since navigation)': Math.round(
        median(firstRender),
      ),
      'Chromium: first paint after reload, 10k stored, median of 3 (ms since navigation)': Math.round(
        median(firstPaint),
      ),
      'Chromium: all 10k loaded and searchable, median of 3 (ms since navigation)': Math.round(
        median(allLoaded),
      ),
      'Chromium: filter 10k, input → DOM updated, median (ms)': round(median(commit)),
      'Chromium: filter 10k, input → DOM updated, worst (ms)': round(Math.max(...commit)),
      'Chromium: filter 10k, input → painted, median (ms)': round(median(painted)),
      'Chromium: filter 10k, input → painted, each query (ms)': painted.map(round).join(' / '),
    };
  } finally {
    await harness.close();
  }
}

export async function benchHistory(): Promise<Figures> {
  const entries = syntheticEntries();
  return {
    entries: entries.length,
    ...(await benchFingerprint(entries)),
    ...benchModel(entries),
    ...(await benchIndexedDb(entries)),
    ...(await benchHappyDom(entries)),
    ...(await benchChromium(entries)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchHistory();
  for (const [key, value] of Object.entries(figures)) console.log(`${key}: ${value}`);
}
