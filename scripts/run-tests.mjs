#!/usr/bin/env node
// `npm test`: type check, lint, rule-file check, both builds, unit tests, browser tests. Every step runs even
// when an earlier one fails, so one run shows everything; the last line is the summary CI reads:
// "N passed, N failed" (checks count as one test each; Vitest counts come from its JSON reports).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const ARTIFACTS = 'artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- unit` runs only the named steps
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(
    `=== ${name}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds} s`,
  );
  return ok;
}

function check(name, command, args) {
  if (only.length && !only.includes(name)) return;
  if (run(name, command, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function vitest(name, args) {
  if (only.length && !only.includes(name)) return;
  const report = `${ARTIFACTS}/${name}-report.json`;
  rmSync(report, { force: true });
  const ok = run(name, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${name} (no report: the run crashed before any test finished)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  if (json.numFailedTests > 0 || !ok) {
    failures.push(`${name}: ${json.numFailedTests} failed`);
    if (json.numFailedTests === 0) failed++; // a suite-level error (e.g. a file that failed to load)
  }
  if (json.numTotalTests === 0) {
    failed++;
    failures.push(`${name}: no tests ran`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['biome', 'check', '.']);
check('rules', 'node', ['scripts/cli.mjs', 'check-rules']);
check('build-chrome', 'npx', ['wxt', 'build']);
check('build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
vitest('unit', []);
vitest('browser', ['-c', 'vitest.browser.config.ts']);

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
