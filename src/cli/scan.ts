// npm run -s scan -- FILE|FOLDER|- [--out report.csv|report.jsonl]
// Prints (or writes) one JSON line per ad: {id, score, level, flags:[{rule, category, evidence}], reassurances,
// language}. A bad single input: message on stderr, exit 2, nothing on stdout. In a folder, a bad file is reported
// and skipped. Progress goes to stderr for long runs.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Engine } from '../engine';
import { engineFromDisk } from '../engine/node-rules';
import type { ScanResult } from '../engine/types';
import { csvCell } from '../shared/csv';
import { type AdSource, folderFiles, InputError, readSource } from './read-ads';

export interface ScanIo {
  out: (s: string) => void;
  err: (s: string) => void;
  stdin: () => string;
  engine?: Engine;
}

export interface ReportRow {
  id: string;
  source: string;
  score: number;
  level: string;
  flags: { rule: string; category: string; evidence: string }[];
  reassurances: { rule: string; evidence: string }[];
  language: { detected: string; supported: boolean };
}

const USAGE = 'usage: npm run -s scan -- FILE|FOLDER|- [--out report.jsonl|report.csv]';

function toRow(result: ScanResult, source: string): ReportRow {
  return {
    id: result.id ?? '',
    source,
    score: result.score,
    level: result.level,
    flags: result.flags
      .filter((f) => f.kind === 'structural')
      .map((f) => ({ rule: f.rule, category: f.category, evidence: f.evidence })),
    reassurances: result.reassurances.map((r) => ({ rule: r.rule, evidence: r.evidence })),
    language: { detected: result.language.detected, supported: result.language.supported },
  };
}

function toCsv(rows: ReportRow[]): string {
  const header = [
    'id',
    'source',
    'score',
    'level',
    'rules',
    'evidence',
    'reassurances',
    'language',
    'language_supported',
  ];
  const lines = [header.join(',')];
  for (const r of rows)
    lines.push(
      [
        r.id,
        r.source,
        r.score,
        r.level,
        [...new Set(r.flags.map((f) => f.rule))].join(' '),
        r.flags.map((f) => f.evidence).join(' | '),
        r.reassurances.map((x) => x.rule).join(' '),
        r.language.detected,
        String(r.language.supported),
      ]
        .map(csvCell)
        .join(','),
    );
  return `${lines.join('\n')}\n`;
}

export function parseArgs(argv: string[]): { input: string; out?: string } | string {
  let input: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' || a === '-o') {
      out = argv[++i];
      if (!out) return '--out needs a file name';
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--help' || a === '-h') return USAGE;
    else if (input === undefined) input = a;
    else return `unexpected argument "${a}"`;
  }
  if (!input) return 'no input given';
  if (out && !['.csv', '.jsonl', '.ndjson'].includes(extname(out).toLowerCase()))
    return `--out must end in .csv or .jsonl: ${out}`;
  const result: { input: string; out?: string } = { input };
  if (out) result.out = out;
  return result;
}

export function main(argv: string[], io: ScanIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(args === USAGE ? USAGE : `scan: ${args}\n${USAGE}`);
    return args === USAGE ? 0 : 2;
  }
  const folder = args.input !== '-' && existsSync(args.input) && statSync(args.input).isDirectory();
  const sources: AdSource[] = [];
  let skipped = 0;
  try {
    if (folder) {
      const files = folderFiles(args.input);
      if (files.length === 0)
        throw new InputError(`${args.input}: no .html, .txt, .jsonl or .csv files in this folder`);
      for (const file of files) {
        try {
          sources.push(readSource(file, io.stdin));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          skipped++;
          io.err(`scan: skipped ${error.message}`);
        }
      }
    } else sources.push(readSource(args.input, io.stdin));
  } catch (error) {
    io.err(`scan: ${error instanceof InputError ? error.message : (error as Error).message}`);
    return 2;
  }
  const engine = io.engine ?? engineFromDisk();
  const total = sources.reduce((n, s) => n + s.ads.length, 0);
  const rows: ReportRow[] = [];
  const t0 = Date.now();
  let lastProgress = t0;
  for (const s of sources)
    for (const ad of s.ads) {
      rows.push(toRow(engine.scan(ad), s.source));
      const now = Date.now();
      if (now - lastProgress > 1000) {
        io.err(`scan: ${rows.length}/${total} ads`);
        lastProgress = now;
      }
    }
  const body =
    args.out && extname(args.out).toLowerCase() === '.csv'
      ? toCsv(rows)
      : rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  if (args.out) {
    // Write to a temporary file first so an interrupted run never leaves half a report.
    const target = resolve(args.out);
    const tmp = `${target}.partial`;
    writeFileSync(tmp, body);
    renameSync(tmp, target);
    io.err(
      `scan: ${rows.length} ads from ${sources.length} file(s) written to ${args.out}${skipped ? `, ${skipped} file(s) skipped` : ''}`,
    );
  } else {
    io.out(body);
    if (folder || Date.now() - t0 > 1000)
      io.err(
        `scan: ${rows.length} ads from ${sources.length} file(s)${skipped ? `, ${skipped} skipped` : ''}`,
      );
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(`${s}\n`),
    stdin: () => readFileSync(0, 'utf8'),
  });
}
