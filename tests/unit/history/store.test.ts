import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/history/schema';
import { AD_TEXT, flag, freshStore, result, scan } from './helpers';

describe('recordScan', () => {
  it('keeps an ad at medium or above with its evidence, and skips lower levels', async () => {
    const store = freshStore();
    const kept = await store.recordScan(scan('https://ads.example/1', AD_TEXT, 'medium'));
    expect(kept).toMatchObject({ ok: true, status: 'created' });
    expect(await store.recordScan(scan('https://ads.example/2', 'Plain office job', 'low'))).toEqual({
      ok: true,
      status: 'skipped',
      why: 'below-medium',
    });
    const [entry, ...rest] = await store.listEntries();
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({
      site: 'ads.example',
      urls: ['https://ads.example/1'],
      title: 'Hostess job in Dubai',
      text: AD_TEXT,
      level: 'medium',
      status: 'unreviewed',
      note: '',
      seenCount: 1,
    });
    expect(entry!.flags[0]).toMatchObject({
      rule: 'travel-repaid-from-wages',
      evidence: 'ticket paid, repaid from wages',
      sources: [{ document: '003_077d3deaf5d7ffb6.txt', lines: 'L109-110' }],
    });
  });

  it('merges the same ad seen at several URLs into one entry, keeping the review', async () => {
    const store = freshStore();
    const first = await store.recordScan(scan('https://a.example/ad/1', AD_TEXT, 'high', 1000));
    if (!first.ok || first.status === 'skipped') throw new Error('not recorded');
    await store.updateEntry(first.fingerprint, { status: 'reported', note: 'sent to hotline' }, 1500);
    const again = await store.recordScan(
      scan('https://b.example/x?utm=1', `  ${AD_TEXT.toUpperCase()} `, 'medium', 2000),
    );
    expect(again).toMatchObject({ ok: true, status: 'updated', fingerprint: first.fingerprint });
    const entries = await store.listEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      urls: ['https://b.example/x?utm=1', 'https://a.example/ad/1'],
      firstSeen: 1000,
      lastSeen: 2000,
      seenCount: 2,
      level: 'medium',
      status: 'reported',
      note: 'sent to hotline',
    });
  });

  it('caps the URL list, most recent first', async () => {
    const store = freshStore();
    const inputs = Array.from({ length: LIMITS.urls + 5 }, (_, i) =>
      scan(`https://x.example/${i}`, AD_TEXT, 'high', i + 1),
    );
    const results = await store.recordScans(inputs);
    expect(results.every((r) => r.ok)).toBe(true);
    const [entry] = await store.listEntries();
    expect(entry!.urls).toHaveLength(LIMITS.urls);
    expect(entry!.urls[0]).toBe(`https://x.example/${LIMITS.urls + 4}`);
    expect(entry!.seenCount).toBe(LIMITS.urls + 5);
  });

  it('bounds a huge hostile ad instead of failing', async () => {
    const store = freshStore();
    const huge = `${AD_TEXT} ${'x'.repeat(LIMITS.text * 2)}`;
    const res = await store.recordScan({
      url: 'https://h.example/',
      ad: { description: huge, title: 't'.repeat(10_000) },
      result: result('high', [flag('r', 'e'.repeat(10_000))]),
    });
    expect(res.ok).toBe(true);
    const [entry] = await store.listEntries();
    expect(entry!.text).toHaveLength(LIMITS.text);
    expect(entry!.flags[0]!.evidence).toHaveLength(LIMITS.evidence);
  });
});

describe('review, delete and clear', () => {
  it('updates status and note, deletes some and clears all', async () => {
    const store = freshStore();
    const a = await store.recordScan(scan('https://a.example/1', `${AD_TEXT} one`));
    const b = await store.recordScan(scan('https://a.example/2', `${AD_TEXT} two`));
    const c = await store.recordScan(scan('https://a.example/3', `${AD_TEXT} three`));
    const [fa, fb, fc] = [a, b, c].map((r) => (r.ok && 'fingerprint' in r ? r.fingerprint : ''));
    const bulk = await store.updateEntries([fa!, fb!], { status: 'looked-fine' }, 5);
    expect(bulk.ok && bulk.entries.map((e) => e.status)).toEqual(['looked-fine', 'looked-fine']);
    expect(await store.updateEntry('0000000000000000', { status: 'reported' })).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(await store.deleteEntries([fa!])).toEqual({ ok: true, deleted: 1 });
    expect((await store.listEntries()).map((e) => e.fingerprint).sort()).toEqual([fb, fc].sort());
    await store.addFeedback({ kind: 'missed', url: 'https://m.example/', text: 'Passport kept by agent' });
    expect(await store.clearHistory()).toEqual({ ok: true });
    expect(await store.listEntries()).toEqual([]);
    expect(await store.listFeedback()).toEqual([]);
  });
});

describe('feedback', () => {
  it('keeps "missed" marks and turns a false alarm about a known ad into its status', async () => {
    const store = freshStore();
    const rec = await store.recordScan(scan('https://fa.example/1'));
    const missed = await store.addFeedback({
      kind: 'missed',
      url: 'https://m.example/ad',
      text: 'Agent keeps your passport until the debt is paid',
      note: 'debt bondage not flagged',
      now: 10,
    });
    expect(missed).toMatchObject({
      ok: true,
      feedback: { kind: 'missed', site: 'm.example', note: 'debt bondage not flagged' },
    });
    const alarm = await store.addFeedback({
      kind: 'false-alarm',
      url: 'https://fa.example/1',
      rule: 'travel-repaid-from-wages',
      now: 20,
    });
    expect(alarm.ok).toBe(true);
    const [entry] = await store.listEntries();
    expect(rec.ok && 'fingerprint' in rec && entry!.fingerprint === rec.fingerprint).toBe(true);
    expect(entry!.status).toBe('false-alarm');
    expect((await store.listFeedback()).map((f) => f.kind)).toEqual(['false-alarm', 'missed']);
  });
});

describe('storage full', () => {
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('answers with a clear message and loses nothing already stored', async () => {
    let full = false;
    const store = freshStore({
      write: (tx, work) => {
        work(tx); // the requests are queued, then the disk turns out to be full
        if (full) throw quotaError();
      },
    });
    await store.recordScan(scan('https://ok.example/1'));
    const before = await store.listEntries();
    full = true;

    const res = await store.recordScan(scan('https://ok.example/2', `${AD_TEXT} different`));
    expect(res).toEqual({ ok: false, reason: 'quota', message: expect.stringContaining('History is full') });
    // A new sighting of the stored ad must not half-update it either.
    const again = await store.recordScan(scan('https://ok.example/3', AD_TEXT, 'medium', 9e12));
    expect(again).toMatchObject({ ok: false, reason: 'quota' });
    const imported = await store.importJson(
      JSON.stringify({ format: 'ad-risk-lens-history', version: 2, entries: [], feedback: [] }),
    );
    expect(imported).toMatchObject({ ok: false, reason: 'quota' });
    expect(await store.clearHistory()).toMatchObject({ ok: false, reason: 'quota' });

    expect(await store.listEntries()).toEqual(before);
  });

  it('treats an aborted transaction carrying a quota error the same way', async () => {
    const store = freshStore({
      write: (tx, work) => {
        work(tx);
        // Browsers report a full disk asynchronously, as the transaction's abort; model the error it carries.
        Object.defineProperty(tx, 'error', { value: quotaError() });
        tx.abort();
      },
    });
    const res = await store.recordScan(scan('https://q.example/1'));
    expect(res).toMatchObject({ ok: false, reason: 'quota' });
    expect(await store.listEntries()).toEqual([]);
  });
});
