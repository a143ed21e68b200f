import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, exportFeedback, exportJson } from '../../../src/history/export';
import { parseImport } from '../../../src/history/import';
import { csvCell, parseCsv } from '../../../src/shared/csv';
import { AD_TEXT, flag, freshStore, result, scan } from './helpers';

async function twoEntryStore() {
  const store = freshStore();
  await store.recordScan(scan('https://a.example/1', AD_TEXT, 'high', 1000));
  await store.recordScan({
    url: 'https://b.example/2',
    ad: {
      title: '=HYPERLINK("http://evil")',
      description: 'Model work, "great pay", line one\nline two, fees apply',
    },
    result: result('medium', [
      flag('fee-upfront', 'fees apply'),
      flag('modelling-offer', 'Model work', { category: 'modelling' }),
    ]),
    now: 2000,
  });
  return store;
}

describe('exportCsv', () => {
  it('writes one row per entry with evidence and sources, quoting and defusing formulas', async () => {
    const store = await twoEntryStore();
    const entries = await store.listEntries();
    const rows = parseCsv(exportCsv(entries));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const b = rows[1]!; // newest first
    expect(b[col('title')]).toBe(`'=HYPERLINK("http://evil")`);
    expect(b[col('text')]).toBe('Model work, "great pay", line one\nline two, fees apply');
    expect(b[col('rules')]).toBe('fee-upfront | modelling-offer');
    expect(b[col('evidence')]).toBe('fee-upfront: "fees apply" | modelling-offer: "Model work"');
    expect(b[col('sources')]).toBe('003_077d3deaf5d7ffb6.txt L109-110');
    expect(b[col('last_seen')]).toBe('1970-01-01T00:00:02.000Z');
    expect(rows[2]![col('urls')]).toBe('https://a.example/1');
    expect(rows[2]![col('level')]).toBe('high');
  });

  it('defuses every formula prefix', () => {
    expect(['=1', '+1', '-1', '@a', '\tx'].map(csvCell)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\tx"]);
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('export JSON → import', () => {
  it('round-trips entries, reviews and feedback into an empty history', async () => {
    const store = await twoEntryStore();
    const [first] = await store.listEntries();
    await store.updateEntry(first!.fingerprint, { status: 'reported', note: 'hotline case 12' });
    await store.addFeedback({
      kind: 'missed',
      url: 'https://m.example/',
      text: 'Your passport stays with us',
    });
    const json = exportJson(await store.listEntries(), await store.listFeedback());

    const target = freshStore();
    expect(await target.importJson(json)).toEqual({ ok: true, added: 2, updated: 0, kept: 0, feedback: 1 });
    expect(await target.listEntries()).toEqual(await store.listEntries());
    expect(await target.listFeedback()).toEqual(await store.listFeedback());
    // Importing the same file again changes nothing.
    expect(await target.importJson(json)).toMatchObject({ ok: true, added: 0, updated: 2 });
    expect(await target.listEntries()).toEqual(await store.listEntries());
  });

  it('merges by fingerprint: URLs are united and the later review wins', async () => {
    const store = freshStore();
    const rec = await store.recordScan(scan('https://a.example/1', AD_TEXT, 'high', 1000));
    const fp = rec.ok && 'fingerprint' in rec ? rec.fingerprint : '';
    await store.updateEntry(fp, { status: 'looked-fine' }, 1100);
    const [local] = await store.listEntries();
    const file = JSON.parse(exportJson([local!]));
    file.entries[0] = {
      ...file.entries[0],
      urls: ['https://z.example/7'],
      status: 'reported',
      note: 'newer',
      reviewedAt: 5000,
      lastSeen: 4000,
    };
    expect(await store.importJson(JSON.stringify(file))).toMatchObject({ ok: true, added: 0, updated: 1 });
    expect((await store.listEntries())[0]).toMatchObject({
      urls: ['https://z.example/7', 'https://a.example/1'],
      status: 'reported',
      note: 'newer',
      firstSeen: 1000,
      lastSeen: 4000,
    });
  });

  it('imports v1 export files', () => {
    const { start: _s, end: _e, ...f } = flag('passport-held', 'keep your passport');
    const v1 = {
      format: 'ad-risk-lens-history',
      version: 1,
      entries: [
        {
          schemaVersion: 1,
          fingerprint: 'x',
          url: 'https://o.example/',
          site: 'o.example',
          title: '',
          text: AD_TEXT,
          level: 'high',
          score: 7,
          flags: [f],
          firstSeen: 1,
          lastSeen: 2,
          status: 'unreviewed',
          note: '',
        },
      ],
    };
    const parsed = parseImport(JSON.stringify(v1));
    expect(parsed.ok && parsed.entries[0]).toMatchObject({ schemaVersion: 2, urls: ['https://o.example/'] });
  });
});

describe('a bad import file', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "ad-risk-lens-history", ', /not valid JSON/],
    ['another file', JSON.stringify({ name: 'my notes' }), /not an Ad Risk Lens history export/],
    ['an array', '[]', /not an Ad Risk Lens history export/],
    [
      'a bad field',
      JSON.stringify({
        format: 'ad-risk-lens-history',
        version: 2,
        entries: [{ schemaVersion: 2, fingerprint: 'zz' }],
      }),
      /invalid entries.*entry 1: fingerprint/,
    ],
    [
      'a bad level in entry 2',
      (() => {
        const ok = JSON.parse(exportJson([]));
        return JSON.stringify({
          ...ok,
          entries: [],
          feedback: [{ id: 'a', kind: 'maybe', url: '', site: '', createdAt: 1 }],
        });
      })(),
      /feedback mark 1, kind/,
    ],
  ];

  it.each(cases)(
    'is rejected with a clear message when it is %s, and history is unchanged',
    async (_name, text, message) => {
      const store = await twoEntryStore();
      const before = await store.listEntries();
      const res = await store.importJson(text);
      expect(res).toEqual({ ok: false, reason: 'invalid', message: expect.stringMatching(message) });
      expect(await store.listEntries()).toEqual(before);
    },
  );

  it('with one good and one bad entry imports nothing', async () => {
    const store = freshStore();
    const source = await twoEntryStore();
    const file = JSON.parse(exportJson(await source.listEntries()));
    file.entries[1].level = 'extreme';
    const res = await store.importJson(JSON.stringify(file));
    expect(res).toMatchObject({ ok: false, message: expect.stringMatching(/entry 2: level/) });
    expect(await store.listEntries()).toEqual([]);
  });
});

describe('exportFeedback', () => {
  it('collects false alarms (rules and evidence) and explicit marks for rule authors', async () => {
    const store = await twoEntryStore();
    const entries = await store.listEntries();
    await store.updateEntry(entries[0]!.fingerprint, {
      status: 'false-alarm',
      note: 'real modelling agency',
    });
    await store.addFeedback({ kind: 'missed', url: 'https://m.example/', note: 'visa debt not caught' });
    const file = JSON.parse(exportFeedback(await store.listEntries(), await store.listFeedback()));
    expect(file.falseAlarms).toHaveLength(1);
    expect(file.falseAlarms[0]).toMatchObject({
      note: 'real modelling agency',
      flags: [
        { rule: 'fee-upfront', evidence: 'fees apply' },
        { rule: 'modelling-offer', evidence: 'Model work' },
      ],
    });
    expect(file.marks).toEqual([expect.objectContaining({ kind: 'missed', note: 'visa debt not caught' })]);
  });
});
