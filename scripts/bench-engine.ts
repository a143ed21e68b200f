// Engine throughput (ads/s and MB/s on ~3 KB ads, start-up excluded), time for a 100 KB page after warm-up, and CLI
// start-up time. Run directly (`tsx scripts/bench-engine.ts`) or through scripts/bench.ts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { engineFromDisk } from '../src/engine/node-rules';

const SAMPLE =
  'We are hiring friendly staff for our hotel and restaurant team. Duties include serving guests, cleaning rooms and helping in the kitchen. ' +
  'Salary $2,500 per month, accommodation provided. Free flight and visa, costs deducted from your first salary. Contact us on WhatsApp. ' +
  'Applicants should be reliable, punctual and able to work weekends. Training is given on the job; no experience needed. ';

function adOf(bytes: number, seed: number): string {
  let s = `Job ${seed}. `;
  while (s.length < bytes) s += SAMPLE;
  return s.slice(0, bytes);
}

export async function benchEngine(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const engine = engineFromDisk();
  const loadMs = performance.now() - t0;
  const ads = Array.from({ length: 400 }, (_, i) => adOf(3000, i));
  for (const text of ads.slice(0, 50)) engine.scan({ text });
  const start = performance.now();
  let n = 0;
  let bytes = 0;
  while (performance.now() - start < 2000) {
    const text = ads[n % ads.length]!;
    engine.scan({ text });
    n++;
    bytes += text.length;
  }
  const secs = (performance.now() - start) / 1000;
  const page = adOf(100_000, 1);
  for (let i = 0; i < 3; i++) engine.scan({ text: page });
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    engine.scan({ text: page });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const file = join(tmpdir(), `bench-ad-${process.pid}.txt`);
  writeFileSync(file, ads[0]!);
  const cli = resolve(import.meta.dirname, '..', 'src', 'cli', 'scan.ts');
  const c0 = performance.now();
  spawnSync(process.execPath, ['--import', 'tsx', cli, file], {
    cwd: resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
  const cliMs = performance.now() - c0;
  return {
    'engine.rulesLoadMs': Math.round(loadMs),
    'engine.adsPerSecond(3KB)': Math.round(n / secs),
    'engine.MBPerSecond': Number((bytes / secs / 1e6).toFixed(2)),
    'engine.page100KBMedianMs': Number(times[5]!.toFixed(1)),
    'cli.startupMs(one .txt ad)': Math.round(cliMs),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  benchEngine().then((r) => {
    for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(32)} ${v}`);
  });
}
