import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION } from '../../../src/history/db';
import { fingerprintAd } from '../../../src/history/fingerprint';
import { migrateEntryV1toV2, upgradeRecord } from '../../../src/history/migrate';
import { HistoryStore } from '../../../src/history/store';
import { AD_TEXT, flag } from './helpers';

const storedFlag = (() => {
  const { start: _s, end: _e, ...rest } = flag('passport-held', 'We keep your passport');
  return rest;
})();

function v1Record(url: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    fingerprint: `old-${url}`,
    url,
    site: new URL(url).hostname,
    title: 'Hostess job',
    text,
    level: 'high',
    score: 8,
    flags: [storedFlag],
    firstSeen: 100,
    lastSeen: 200,
    status: 'unreviewed',
    note: '',
    ...extra,
  };
}

/** Builds a database exactly as version 1 of the extension left it. */
async function createV1Database(factory: IDBFactory, records: unknown[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('entries', { keyPath: 'fingerprint' });
      store.createIndex('lastSeen', 'lastSeen');
      for (const record of records) store.put(record);
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

describe('v1 → v2 record migration', () => {
  it('turns the single url into urls[], recomputes the fingerprint and keeps the review', () => {
    const v2 = migrateEntryV1toV2(
      v1Record('https://a.example/1', AD_TEXT, { status: 'reported', note: 'called hotline' }) as never,
    );
    expect(v2).toMatchObject({
      schemaVersion: 2,
      fingerprint: fingerprintAd({ title: 'Hostess job', text: AD_TEXT }),
      urls: ['https://a.example/1'],
      seenCount: 1,
      language: 'en',
      status: 'reported',
      note: 'called hotline',
      reviewedAt: 200,
    });
    expect(v2).not.toHaveProperty('url');
  });

  it('reports what is wrong with a broken record instead of throwing', () => {
    expect(upgradeRecord({ schemaVersion: 1, url: 5 })).toEqual({ error: expect.stringContaining('url') });
    expect(upgradeRecord(null)).toEqual({ error: expect.any(String) });
  });
});

describe('database upgrade from version 1', () => {
  it('migrates every record when the store opens, merging reposts and keeping unreadable ones', async () => {
    const factory = new IDBFactory();
    const broken = { schemaVersion: 1, fingerprint: 'broken', url: 42 };
    await createV1Database(factory, [
      v1Record('https://a.example/1', AD_TEXT, { status: 'looked-fine', lastSeen: 300 }),
      v1Record('https://b.example/9', AD_TEXT.toUpperCase()), // same ad, other site: one entry after migration
      v1Record('https://c.example/2', `${AD_TEXT} Different ad.`),
      broken,
    ]);

    const store = new HistoryStore({ factory });
    const { entries, unreadable } = await store.readAll();
    expect(DB_VERSION).toBe(2);
    expect(unreadable).toBe(1);
    expect(entries).toHaveLength(2);
    const merged = entries.find((e) => e.urls.length === 2);
    expect(merged).toMatchObject({
      schemaVersion: 2,
      urls: ['https://a.example/1', 'https://b.example/9'],
      status: 'looked-fine',
      lastSeen: 300,
      firstSeen: 100,
    });
    // The new indexes and the feedback store exist, and the unreadable record is still there, untouched.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = factory.open(DB_NAME, DB_VERSION);
      open.onsuccess = () => resolve(open.result);
    });
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'feedback']);
    const tx = db.transaction('entries');
    expect([...tx.objectStore('entries').indexNames].sort()).toEqual(['lastSeen', 'level', 'site', 'status']);
    const kept = await new Promise((resolve) => {
      const get = tx.objectStore('entries').get('broken');
      get.onsuccess = () => resolve(get.result);
    });
    expect(kept).toEqual(broken);
    db.close();
    store.close();
  });
});
