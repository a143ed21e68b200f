// Engine throughput (ads/s and MB/s on ~3 KB ads, start-up excluded), time for a 100 KB page after warm-up, rule
// loading (lazy and eager), and CLI start-up. Run directly (`tsx scripts/bench-engine.ts`) or through
// scripts/bench.ts. Wall-clock figures suffer when the machine is busy; the CPU figures (process.cpuUsage) are
// what one core spends and are the ones to compare against the targets (≥ 2,000 ads/s, ≤ 20 ms per 100 KB page).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { engineFromDisk, loadRuleSetFromDisk } from '../src/engine/node-rules';

const SAMPLE =
  'We are hiring friendly staff for our hotel and restaurant team. Duties include serving guests, cleaning rooms and helping in the kitchen. ' +
  'Salary $2,500 per month, accommodation provided. Free flight and visa, costs deducted from your first salary. Contact us on WhatsApp. ' +
  'Applicants should be reliable, punctual and able to work weekends. Training is given on the job; no experience needed. ';
const REPO = resolve(import.meta.dirname, '..');

function adOf(bytes: number, seed: number): string {
  let s = `Job ${seed}. `;
  while (s.length < bytes) s += SAMPLE;
  return s.slice(0, bytes);
}

/** Wall and CPU milliseconds of one call. */
function timed(run: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median wall time of spawning `args` with Node, three runs. */
function spawnMs(args: string[]): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

export async function benchEngine(): Promise<Record<string, number | string>> {
  let engine = engineFromDisk();
  const load = timed(() => {
    engine = engineFromDisk(`${join(REPO, 'rules')}/`); // another spelling of the path: not cached, a fresh load
  });
  const firstScan = timed(() => engine.scan({ text: adOf(3000, 0) }));
  const eager = timed(() => loadRuleSetFromDisk());

  const ads = Array.from({ length: 400 }, (_, i) => adOf(3000, i));
  for (const text of ads.slice(0, 50)) engine.scan({ text });
  let n = 0;
  let bytes = 0;
  const loop = timed(() => {
    const start = performance.now();
    while (performance.now() - start < 3000) {
      const text = ads[n % ads.length] ?? '';
      engine.scan({ text });
      n++;
      bytes += text.length;
    }
  });

  const page = adOf(100_000, 1);
  for (let i = 0; i < 3; i++) engine.scan({ text: page });
  const pageRuns = Array.from({ length: 11 }, () => timed(() => engine.scan({ text: page })));

  const words = {
    title: 'Hotel cleaner',
    description: 'Hotel cleaning job abroad. We pay seven thousand dollars a week, accommodation included.',
  };
  const wordsFirst = timed(() => engine.scan(words));
  const wordsNext = timed(() => engine.scan(words));

  const file = join(tmpdir(), `bench-ad-${process.pid}.txt`);
  writeFileSync(file, ads[0] ?? '');
  // `npm run scan` runs the bundled CLI (scripts/cli.mjs); the first spawn builds the bundle if it is stale.
  spawnMs([join(REPO, 'scripts', 'cli.mjs'), 'scan', file]);
  const cliMs = spawnMs([join(REPO, 'scripts', 'cli.mjs'), 'scan', file]);
  const bareMs = spawnMs(['-e', '']);
  const round1 = (x: number) => Number(x.toFixed(1));
  return {
    'engine.rulesLoadMs(lazy packs)': Math.round(load.wall),
    'engine.firstScanMs(compiles en)': Math.round(firstScan.wall),
    'engine.rulesLoadMs(all packs)': Math.round(eager.wall),
    'engine.adsPerSecond(3KB, wall)': Math.round(n / (loop.wall / 1000)),
    'engine.adsPerSecond(3KB, CPU)': Math.round(n / (loop.cpu / 1000)),
    'engine.MBPerSecond(CPU)': Number((bytes / (loop.cpu / 1000) / 1e6).toFixed(2)),
    'engine.page100KBMedianMs(wall)': round1(median(pageRuns.map((r) => r.wall))),
    'engine.page100KBMedianMs(CPU)': round1(median(pageRuns.map((r) => r.cpu))),
    'engine.payInWordsFirstMs(loads compromise)': Math.round(wordsFirst.wall),
    'engine.payInWordsMs': round1(wordsNext.wall),
    'cli.startupMs(one .txt ad)': Math.round(cliMs),
    'cli.bareNodeMs(floor)': Math.round(bareMs),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  benchEngine().then((r) => {
    for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(44)} ${v}`);
  });
}
