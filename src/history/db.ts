// The history database: one IndexedDB in the extension origin, shared by the service worker (writes after scans)
// and the history page. Versioned; the upgrade from v1 migrates every record in place.
import { mergeEntries } from './merge';
import { upgradeRecord } from './migrate';
import type { HistoryEntry } from './schema';

export const DB_NAME = 'ad-risk-lens-history';
/** v1: entries keyed by fingerprint, one `url` each. v2: `urls[]`, review time, feedback store, more indexes. */
export const DB_VERSION = 2;
export const ENTRIES = 'entries';
export const FEEDBACK = 'feedback';
const ENTRY_INDEXES = ['lastSeen', 'site', 'level', 'status'] as const;

export function openHistoryDb(factory: IDBFactory, name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction!;
      upgrade(request.result, tx, event.oldVersion);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another context (page or worker) wants a newer version: let it, this connection reopens on next use.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    // No onblocked handler: every connection closes itself on versionchange, so a blocked open proceeds.
  });
}

function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  const entries = db.objectStoreNames.contains(ENTRIES)
    ? tx.objectStore(ENTRIES)
    : db.createObjectStore(ENTRIES, { keyPath: 'fingerprint' });
  for (const index of ENTRY_INDEXES) {
    if (!entries.indexNames.contains(index)) entries.createIndex(index, index);
  }
  if (!db.objectStoreNames.contains(FEEDBACK)) {
    db.createObjectStore(FEEDBACK, { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
  }
  if (oldVersion === 1) migrateV1Records(entries);
}

/**
 * Rewrites every v1 record as v2. Fingerprints are recomputed, so two v1 records can become one entry (merged).
 * A record that cannot be read is left exactly as it was: a migration never deletes what it does not understand.
 */
function migrateV1Records(store: IDBObjectStore): void {
  const request = store.getAll();
  request.onsuccess = () => {
    const merged = new Map<string, HistoryEntry>();
    const oldKeys: IDBValidKey[] = [];
    for (const raw of request.result as unknown[]) {
      const upgraded = upgradeRecord(raw);
      if (!('entry' in upgraded)) continue;
      oldKeys.push((raw as { fingerprint: string }).fingerprint);
      const { entry } = upgraded;
      const existing = merged.get(entry.fingerprint);
      merged.set(entry.fingerprint, existing ? mergeEntries(existing, entry) : entry);
    }
    for (const key of oldKeys) store.delete(key);
    for (const entry of merged.values()) store.put(entry);
  };
}

/** Promise for one request. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves when the transaction commits; rejects with its error (e.g. QuotaExceededError) when it aborts. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // A failed request aborts the whole transaction (we never preventDefault), so nothing is half-written.
    tx.onabort = () => reject(tx.error ?? new DOMException('The history write was cancelled.', 'AbortError'));
  });
}
