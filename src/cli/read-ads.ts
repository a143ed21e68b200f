// Reads ads from CLI inputs: .txt (one ad), .html (ads extracted like the content script), .jsonl, .csv with a
// header, "-" (standard input: JSONL if every line is a JSON object, else one text ad), or a folder of these.
// Everything is validated before anything is scanned, so bad input never leaves half a report.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { AdInput } from '../engine/types';
import { parseCsv } from '../shared/csv';
import { adRowSchema, rowToAd } from './ad-input';

/**
 * The HTML extractor pulls in linkedom, which takes about a second to load. A command-line run whose inputs are
 * all .txt/.jsonl/.csv/stdin does not load it; every other use (a library import, tests, .html or folder input)
 * does, before the first call, so reading stays synchronous.
 */
function cliNeedsNoHtml(argv: string[]): boolean {
  if (!/[\\/]cli[\\/]scan\.[cm]?[jt]s$/.test(argv[1] ?? '')) return false;
  return argv.slice(2).every((a) => {
    if (a.startsWith('-') && a !== '-') return true; // options; "--out" values end in .csv/.jsonl
    if (/\.html?$/i.test(a)) return false;
    return a === '-' || !existsSync(a) || !statSync(a).isDirectory();
  });
}
const html = cliNeedsNoHtml(process.argv) ? null : await import('../extract/from-html');

export class InputError extends Error {}

export interface AdSource {
  /** File the ads came from (or "-"). */
  source: string;
  ads: AdInput[];
}

function parseJsonl(text: string, name: string): AdInput[] {
  const ads: AdInput[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new InputError(`${name}:${i + 1}: not valid JSON`);
    }
    const parsed = adRowSchema.safeParse(raw);
    if (!parsed.success)
      throw new InputError(`${name}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    ads.push(rowToAd(parsed.data, `${basename(name)}:${i + 1}`));
  });
  return ads;
}

function parseCsvAds(text: string, name: string): AdInput[] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new InputError(`${name}: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new InputError(`${name}: empty CSV (a header row is needed)`);
  const header = records[0]!.map((h) => h.trim().toLowerCase());
  const known = new Set([
    'id',
    'text',
    'title',
    'company',
    'company_profile',
    'location',
    'salary',
    'salary_range',
    'description',
    'requirements',
    'benefits',
    'contact',
    'url',
    'lang',
    'label',
  ]);
  const ads: AdInput[] = [];
  records.slice(1).forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    if (cells.length !== header.length)
      throw new InputError(`${name}:${i + 2}: ${cells.length} columns, the header has ${header.length}`);
    const row: Record<string, string> = {};
    const extra: string[] = [];
    header.forEach((h, k) => {
      if (known.has(h)) row[h] = cells[k]!;
      else if (cells[k]!.trim()) extra.push(cells[k]!);
    });
    // Unknown text columns are part of the ad: joined into the description of a structured row (where "text"
    // is not read), else into the text.
    if (extra.length > 0) {
      const key = ['title', 'description', 'company_profile'].some((k) => row[k] !== undefined)
        ? 'description'
        : 'text';
      row[key] = [row[key], ...extra].filter(Boolean).join('\n');
    }
    const parsed = adRowSchema.safeParse(row);
    if (!parsed.success)
      throw new InputError(`${name}:${i + 2}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    ads.push(rowToAd(parsed.data, `${basename(name)}:${i + 2}`));
  });
  return ads;
}

function htmlAds(text: string, name: string): AdInput[] {
  if (!html) throw new InputError(`${name}: HTML support is not loaded in this run`);
  const page = html.extractFromHtml(text);
  return page.ads.map((ad, i) => {
    const out: AdInput = {
      id: page.ads.length > 1 ? `${basename(name)}#${i + 1}` : basename(name),
      description: ad.description,
    };
    for (const k of ['title', 'company', 'location', 'salary', 'contact', 'url'] as const)
      if (ad[k]) out[k] = ad[k];
    return out;
  });
}

export function adsFromText(text: string, name: string, kind: string): AdInput[] {
  if (text.includes('\u0000')) throw new InputError(`${name}: binary file, not text`);
  switch (kind) {
    case '.jsonl':
    case '.ndjson':
      return parseJsonl(text, name);
    case '.csv':
      return parseCsvAds(text, name);
    case '.html':
    case '.htm':
      return htmlAds(text, name);
    case '.txt':
      if (!text.trim()) throw new InputError(`${name}: empty file`);
      return [{ id: basename(name), text }];
    case '-': {
      const lines = text.split(/\r?\n/).filter((l) => l.trim());
      if (lines.length > 0 && lines.every((l) => l.trim().startsWith('{'))) return parseJsonl(text, 'stdin');
      if (!text.trim()) throw new InputError('stdin: no input');
      return [{ id: 'stdin', text }];
    }
    default:
      throw new InputError(
        `${name}: unsupported file type "${kind}" (use .txt, .html, .jsonl, .csv, a folder or -)`,
      );
  }
}

export function readSource(path: string, stdin: () => string): AdSource {
  if (path === '-') return { source: '-', ads: adsFromText(stdin(), '-', '-') };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return { source: path, ads: adsFromText(text.replace(/^\ufeff/, ''), path, extname(path).toLowerCase()) };
}

/** Files of a folder that the scanner understands, sorted. */
export function folderFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => ['.html', '.htm', '.txt', '.jsonl', '.csv'].includes(extname(f).toLowerCase()))
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}
