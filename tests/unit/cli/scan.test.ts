// The scan CLI: every input kind (.txt, .jsonl, .csv, stdin, a folder of .html with a bad file), both report
// formats, and bad input (exit 2, a clear message on stderr, nothing on stdout). Mostly through main() with
// injected streams; two real spawns check the process wiring.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, parseArgs, type ReportRow } from '../../../src/cli/scan';
import { engineFromDisk } from '../../../src/engine/node-rules';
import { parseCsv } from '../../../src/shared/csv';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const engine = engineFromDisk();
const dir = mkdtempSync(join(tmpdir(), 'scan-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function run(argv: string[], stdin = '') {
  let out = '';
  const err: string[] = [];
  const code = main(argv, { out: (s) => (out += s), err: (s) => err.push(s), stdin: () => stdin, engine });
  return { code, out, err: err.join('\n') };
}

function rows(out: string): ReportRow[] {
  return out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ReportRow);
}

const RISKY =
  'Hotel cleaners for Dubai. Free flight and visa. We keep your passport during the contract. Registration fee of $200.';
const SAFE = 'Warehouse pickers in Leeds, paid weekly. We never charge fees to candidates.';

function jobPage(title: string, body: string, company = 'Gulf Stars Recruitment'): string {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    description: `<p>${body}</p>`,
    hiringOrganization: { '@type': 'Organization', name: company },
  };
  return `<!doctype html><html><head><title>${title}</title><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body><h1>${title}</h1><p>${body}</p></body></html>`;
}

describe('scan: inputs', () => {
  it('.txt: one ad, id from the file name, JSON line with score, level, flags and language', () => {
    const { code, out, err } = run([file('ad.txt', RISKY)]);
    expect(code, err).toBe(0);
    const [row, ...rest] = rows(out);
    expect(rest).toHaveLength(0);
    expect(row!.id).toBe('ad.txt');
    expect(['medium', 'high']).toContain(row!.level);
    expect(row!.flags.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['documents.retained', 'fees.upfront']),
    );
    expect(row!.flags.every((f) => f.evidence.length > 0 || f.rule.startsWith('employer.'))).toBe(true);
    expect(row!.language).toEqual({ detected: 'en', supported: true });
  });

  it('.jsonl with {id,text} and structured {id,title,description,company} rows', () => {
    const path = file(
      'ads.jsonl',
      [
        JSON.stringify({ id: 'a1', text: RISKY }),
        '',
        JSON.stringify({ id: 7, title: 'Warehouse picker', company: 'Northline Ltd', description: SAFE }),
        JSON.stringify({ title: 'Office assistant', company: '', description: 'Office assistant wanted.' }),
      ].join('\n'),
    );
    const { code, out } = run([path]);
    expect(code).toBe(0);
    const r = rows(out);
    expect(r.map((x) => x.id)).toEqual(['a1', '7', 'ads.jsonl:4']);
    expect(r[0]!.level).not.toBe('none');
    expect(r[1]!.level).toBe('none');
    expect(r[1]!.reassurances.map((x) => x.rule)).toContain('fees.upfront');
    // company "" in a structured row means no employer named.
    expect(r[2]!.flags.map((f) => f.rule)).toContain('employer.unverifiable');
  });

  it('.csv with a header, quoted fields with commas, doubled quotes and newlines', () => {
    const path = file(
      'ads.csv',
      `id,title,description\r\nc1,Hotel cleaner,"${RISKY.replace(/\./g, '.\n')}"\r\nc2,Picker,"Leeds, UK. ""Paid weekly"". Registration fee required."\r\n`,
    );
    const { code, out } = run([path]);
    expect(code).toBe(0);
    const r = rows(out);
    expect(r.map((x) => x.id)).toEqual(['c1', 'c2']);
    expect(r[0]!.flags.map((f) => f.rule)).toContain('documents.retained');
    expect(r[1]!.flags.map((f) => f.rule)).toContain('fees.upfront');
  });

  it('keeps a CSV column with an unknown name when the row also has a description', () => {
    // read-ads.ts joins unknown columns into row.text, but rowToAd (ad-input.ts) ignores text for structured rows
    // that have a description, so the "notes" column below is never scanned.
    const path = file(
      'extra.csv',
      'id,title,description,notes\nc2,Picker,Warehouse work in Leeds.,Registration fee required\n',
    );
    const r = rows(run([path]).out);
    expect(r[0]!.flags.map((f) => f.rule)).toContain('fees.upfront');
  });

  it("stdin '-': free text, or JSONL when every line is a JSON object", () => {
    const text = run(['-'], RISKY);
    expect(text.code).toBe(0);
    expect(rows(text.out).map((r) => r.id)).toEqual(['stdin']);
    const jsonl = run(
      ['-'],
      `${JSON.stringify({ id: 'x', text: RISKY })}\n${JSON.stringify({ id: 'y', text: SAFE })}\n`,
    );
    expect(rows(jsonl.out).map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('a folder of .html pages: each page scanned, a bad file reported on stderr and skipped', () => {
    const folder = join(dir, 'pages');
    file('pages/1-risky.html', jobPage('Hotel cleaner', RISKY));
    file('pages/2-safe.html', jobPage('Warehouse picker', SAFE, 'Northline Logistics Ltd'));
    file('pages/3-bad.html', `<html>\u0000\u0000binary</html>`);
    file('pages/notes.md', 'ignored: not a scanned type');
    const { code, out, err } = run([folder]);
    expect(code).toBe(0);
    const r = rows(out);
    expect(r.map((x) => x.id)).toEqual(['1-risky.html', '2-safe.html']);
    expect(r[0]!.source).toContain('1-risky.html');
    expect(r[0]!.level).not.toBe('none');
    expect(err).toMatch(/skipped .*3-bad\.html/);
    expect(err).toMatch(/1 skipped/);
  });
});

describe('scan: reports', () => {
  it('--out report.jsonl writes the same rows, nothing on stdout', () => {
    const input = file(
      'for-out.jsonl',
      `${JSON.stringify({ id: 'a', text: RISKY })}\n${JSON.stringify({ id: 'b', text: SAFE })}\n`,
    );
    const target = join(dir, 'report.jsonl');
    const { code, out, err } = run([input, '--out', target]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toContain('2 ads');
    expect(rows(readFileSync(target, 'utf8'))).toEqual(rows(run([input]).out));
  });

  it('--out report.csv writes a header and one row per ad, with rules and evidence', () => {
    const input = file(
      'for-csv.jsonl',
      `${JSON.stringify({ id: 'a', text: RISKY })}\n${JSON.stringify({ id: 'b', text: SAFE })}\n`,
    );
    const target = join(dir, 'report.csv');
    const { code, out } = run([input, `--out=${target}`]);
    expect(code).toBe(0);
    expect(out).toBe('');
    const [header, ...records] = parseCsv(readFileSync(target, 'utf8'));
    expect(header).toEqual([
      'id',
      'source',
      'score',
      'level',
      'rules',
      'evidence',
      'reassurances',
      'language',
      'language_supported',
    ]);
    expect(records.map((r) => r[0])).toEqual(['a', 'b']);
    const col = (name: string) => header!.indexOf(name);
    expect(records[0]![col('rules')]).toContain('documents.retained');
    expect(records[0]![col('evidence')]).toContain('passport');
    expect(records[1]![col('reassurances')]).toContain('fees.upfront');
    expect(records[1]![col('language_supported')]).toBe('true');
  });

  it('--out report.csv defuses spreadsheet formulas in ids and ad text', () => {
    const input = file('formula.jsonl', `${JSON.stringify({ id: '=HYPERLINK("http://x")', text: RISKY })}\n`);
    const target = join(dir, 'formula.csv');
    expect(run([input, `--out=${target}`]).code).toBe(0);
    const [, record] = parseCsv(readFileSync(target, 'utf8'));
    expect(record![0]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('scan: bad input → exit 2, clear stderr, nothing on stdout', () => {
  it.each([
    ['a missing file', () => [join(dir, 'nope.txt')], /nope\.txt: cannot read \(ENOENT\)/],
    ['an unsupported file type', () => [file('ad.pdf', 'x')], /unsupported file type "\.pdf"/],
    ['an empty .txt', () => [file('empty.txt', '  \n')], /empty file/],
    ['a binary file', () => [file('bin.txt', 'a\u0000b')], /binary file/],
    [
      'bad JSON on a JSONL line',
      () => [file('bad.jsonl', `${JSON.stringify({ text: 'ok' })}\n{"text": oops}\n`)],
      /bad\.jsonl:2: not valid JSON/,
    ],
    [
      'a JSONL row without text',
      () => [file('notext.jsonl', JSON.stringify({ id: 'x', title: '  ' }))],
      /notext\.jsonl:1: .*no text/,
    ],
    [
      'a CSV row with the wrong number of columns',
      () => [file('cols.csv', 'id,text\na,b,c\n')],
      /cols\.csv:2: 3 columns, the header has 2/,
    ],
    ['a CSV with an unclosed quote', () => [file('quote.csv', 'id,text\na,"b\n')], /unclosed quote/],
    ['an empty folder', () => [mkdtempSync(join(dir, 'empty-'))], /no \.html, \.txt, \.jsonl or \.csv files/],
    ['no input at all', () => [], /no input given/],
    [
      'an unknown --out type',
      () => [file('ok.txt', RISKY), '--out', join(dir, 'r.xml')],
      /--out must end in \.csv or \.jsonl/,
    ],
    ['two inputs', () => [file('one.txt', RISKY), file('two.txt', RISKY)], /unexpected argument/],
    ['empty stdin', () => ['-'], /stdin: no input/],
  ])('%s', (_name, argv, message) => {
    const { code, out, err } = run(argv());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('a bad row aborts before anything is written with --out (no half report)', () => {
    const target = join(dir, 'never.jsonl');
    const input = file('half.jsonl', `${JSON.stringify({ id: 'a', text: RISKY })}\nnot json\n`);
    expect(run([input, '--out', target]).code).toBe(2);
    expect(() => readFileSync(target)).toThrow();
  });

  it('--help prints usage and exits 0', () => {
    expect(parseArgs(['--help'])).toMatch(/usage/);
    const { code, out, err } = run(['--help']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/usage/);
  });
});

describe('scan: real process', () => {
  const tsx = join(REPO, 'node_modules', '.bin', 'tsx');

  it('success: exit 0, JSON lines on stdout', () => {
    const input = file('spawn.txt', RISKY);
    const r = spawnSync(tsx, ['src/cli/scan.ts', input], { cwd: REPO, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const [row] = rows(r.stdout);
    expect(row!.id).toBe('spawn.txt');
    expect(row!.flags.length).toBeGreaterThan(0);
  });

  it('failure: exit 2, message on stderr, nothing on stdout', () => {
    const r = spawnSync(tsx, ['src/cli/scan.ts', join(dir, 'missing.jsonl')], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/missing\.jsonl: cannot read/);
  });
});
