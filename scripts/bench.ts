// `npm run bench`: prints every figure we track and rewrites the "Latest run" section of BENCHMARKS.md with
// the date and machine. Each part lives next to the code it measures; this script only runs them in turn.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../tests/support/shared-data';

type Figures = Record<string, number | string>;
type Part = { name: string; run: () => Promise<Figures> };

const parts: Part[] = [
  { name: 'engine', run: async () => (await import('./bench-engine')).benchEngine() },
  { name: 'extraction', run: async () => (await import('./bench-extract')).benchExtract() },
  { name: 'bundles', run: async () => (await import('./bench-bundles')).benchBundles() },
  { name: 'browser', run: async () => (await import('./bench-browser')).benchBrowser() },
  { name: 'history', run: async () => (await import('./bench-history')).benchHistory() },
];

const only = process.argv.slice(2);
// The extraction part also measures, in Chromium, what the scripts add to a plain non-ad page.
process.env.BENCH_BROWSER ??= '1';
const results: Array<[string, Figures | Error]> = [];
for (const part of parts) {
  if (only.length && !only.includes(part.name)) continue;
  console.log(`\n## ${part.name}`);
  try {
    const figures = await part.run();
    for (const [key, value] of Object.entries(figures)) console.log(`${key}: ${value}`);
    results.push([part.name, figures]);
  } catch (error) {
    console.log(`FAILED: ${(error as Error).message}`);
    results.push([part.name, error as Error]);
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const lines = [
  `## Latest run`,
  '',
  `Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC  `,
  `Machine: ${machine}`,
  '',
];
for (const [name, figures] of results) {
  lines.push(`### ${name}`, '');
  if (figures instanceof Error) lines.push(`Failed: ${figures.message}`, '');
  else {
    lines.push('| figure | value |', '| --- | --- |');
    for (const [key, value] of Object.entries(figures)) lines.push(`| ${key} | ${value} |`);
    lines.push('');
  }
}
const file = resolve(REPO_ROOT, 'BENCHMARKS.md');
const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
const head =
  previous.split('## Latest run')[0] ||
  '# Benchmarks\n\nFigures from `npm run bench`; targets in the issues.\n\n';
if (!only.length) writeFileSync(file, `${head.trimEnd()}\n\n${lines.join('\n')}`);
const failed = results.filter(([, f]) => f instanceof Error).length;
process.exit(failed ? 1 : 0);
