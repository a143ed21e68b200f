// The history store: every read and write of case history goes through here. Writes are single transactions, so
// a failure (storage full, a bad import) changes nothing; failures come back as values with a message to show.
import { committed, done, ENTRIES, FEEDBACK, openHistoryDb } from './db';
import { entryFromScan, type ScanRecordInput, siteOf, worthKeeping } from './entry';
import { fingerprintAd } from './fingerprint';
import { parseImport } from './import';
import { mergeEntries, mergeUrls } from './merge';
import { upgradeRecord } from './migrate';
import {
  type FeedbackKind,
  type FeedbackRecord,
  feedbackSchema,
  type HistoryEntry,
  LIMITS,
  type ReviewStatus,
} from './schema';
import { t } from './strings';

export type Failure = { ok: false; reason: 'quota' | 'error' | 'invalid' | 'not-found'; message: string };

/**
 * recordScan's answer. `skipped` means the ad is below medium (or has no text) and was deliberately not kept;
 * `created`/`updated` tell whether the ad was new or a new sighting of a known one.
 */
export type RecordResult =
  | { ok: true; status: 'created' | 'updated'; fingerprint: string }
  | { ok: true; status: 'skipped'; why: 'below-medium' | 'no-text' }
  | Failure;

/** `kept`: entries of the file not imported because an unreadable stored record has the same fingerprint. */
export type ImportResult =
  | { ok: true; added: number; updated: number; kept: number; feedback: number }
  | Failure;

export interface FeedbackInput {
  kind: FeedbackKind;
  url: string;
  text?: string;
  rule?: string;
  note?: string;
  now?: number;
}

export interface StoreOptions {
  /** Defaults to the global indexedDB (service worker, extension page, fake-indexeddb in tests). */
  factory?: IDBFactory;
  dbName?: string;
  /**
   * Runs a write's requests inside its transaction. Tests replace it to simulate a full disk (throw a
   * QuotaExceededError DOMException); the default just runs them.
   */
  write?: (tx: IDBTransaction, work: (tx: IDBTransaction) => void) => void;
  /** Told after every committed write (the page refreshes; other contexts hear it via BroadcastChannel). */
  onChange?: () => void;
}

export const CHANGE_CHANNEL = 'ad-risk-lens-history';

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? '');
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message);
}

export function failure(error: unknown): Failure {
  if (isQuotaError(error)) return { ok: false, reason: 'quota', message: t('history_full') };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: 'error', message: t('history_error', detail) };
}

/** What other contexts hear after a write; `source` lets a page ignore its own writes (it already reloads). */
export interface ChangeNotice {
  type: 'history-changed';
  source: string;
  /** Only these entries changed (new sightings); absent when anything may have changed. */
  fingerprints?: string[];
}

export class HistoryStore {
  private dbPromise: Promise<IDBDatabase> | null = null;
  /** Identifies this store's writes in change notices. */
  readonly id = newId();

  constructor(private readonly options: StoreOptions = {}) {}

  private db(): Promise<IDBDatabase> {
    if (!this.dbPromise) {
      const factory = this.options.factory ?? globalThis.indexedDB;
      this.dbPromise = openHistoryDb(factory, this.options.dbName).then((db) => {
        // Closed for a newer version elsewhere: reopen next time instead of failing forever.
        db.addEventListener('close', () => {
          this.dbPromise = null;
        });
        const onversionchange = db.onversionchange;
        db.onversionchange = (event) => {
          this.dbPromise = null;
          onversionchange?.call(db, event);
        };
        return db;
      });
      this.dbPromise.catch(() => {
        this.dbPromise = null;
      });
    }
    return this.dbPromise;
  }

  /** One read-write transaction; resolves once committed, rejects (nothing written) when it aborts. */
  private async transact(
    stores: string[],
    work: (tx: IDBTransaction) => void,
    changed?: () => string[],
  ): Promise<void> {
    const db = await this.db();
    const tx = db.transaction(stores, 'readwrite');
    const finished = committed(tx);
    try {
      (this.options.write ?? runWork)(tx, work);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await finished.catch(() => undefined);
      throw error;
    }
    await finished;
    this.changed(changed?.());
  }

  private changed(fingerprints?: string[]): void {
    this.options.onChange?.();
    if (typeof BroadcastChannel === 'function') {
      const channel = new BroadcastChannel(CHANGE_CHANNEL);
      channel.postMessage({
        type: 'history-changed',
        source: this.id,
        ...(fingerprints ? { fingerprints } : {}),
      } satisfies ChangeNotice);
      channel.close();
    }
  }

  async recordScan(input: ScanRecordInput): Promise<RecordResult> {
    const [result] = await this.recordScans([input]);
    return result!;
  }

  /** Records several ads of one page in one transaction; one answer per input, in order. */
  async recordScans(inputs: ScanRecordInput[]): Promise<RecordResult[]> {
    const results: RecordResult[] = [];
    const fresh = new Map<string, HistoryEntry>();
    const slots: Array<[index: number, fingerprint: string]> = [];
    inputs.forEach((input, index) => {
      if (!worthKeeping(input.result.level)) {
        results[index] = { ok: true, status: 'skipped', why: 'below-medium' };
        return;
      }
      const entry = entryFromScan(input);
      if (!entry.text.trim() && !entry.title.trim()) {
        results[index] = { ok: true, status: 'skipped', why: 'no-text' };
        return;
      }
      const same = fresh.get(entry.fingerprint);
      fresh.set(entry.fingerprint, same ? sighting(same, entry) : entry);
      slots.push([index, entry.fingerprint]);
    });
    if (fresh.size === 0) return results;

    const outcome = new Map<string, 'created' | 'updated' | 'unreadable'>();
    try {
      await this.transact(
        [ENTRIES],
        (tx) => {
          const store = tx.objectStore(ENTRIES);
          for (const [fingerprint, entry] of fresh) {
            const read = store.get(fingerprint);
            read.onsuccess = () => {
              const stored = read.result === undefined ? null : upgradeRecord(read.result);
              if (!stored) {
                outcome.set(fingerprint, 'created');
                store.put(entry);
              } else if ('entry' in stored) {
                outcome.set(fingerprint, 'updated');
                store.put(sighting(stored.entry, entry));
              } else {
                // An unreadable record under this key (e.g. from a newer version): never overwrite evidence.
                outcome.set(fingerprint, 'unreadable');
              }
            };
          }
        },
        () => [...outcome].filter(([, done]) => done !== 'unreadable').map(([fingerprint]) => fingerprint),
      );
    } catch (error) {
      const fail = failure(error);
      for (const [index] of slots) results[index] = fail;
      return results;
    }
    for (const [index, fingerprint] of slots) {
      const done = outcome.get(fingerprint);
      results[index] =
        done === 'unreadable' || done === undefined
          ? { ok: false, reason: 'error', message: t('history_error', `entry ${fingerprint} is unreadable`) }
          : { ok: true, status: done, fingerprint };
    }
    return results;
  }

  /** Every readable entry, newest first, plus how many stored records could not be read (they stay stored). */
  async readAll(): Promise<{ entries: HistoryEntry[]; unreadable: number }> {
    const db = await this.db();
    const raw = (await done(db.transaction(ENTRIES).objectStore(ENTRIES).getAll())) as unknown[];
    const entries: HistoryEntry[] = [];
    let unreadable = 0;
    for (const record of raw) {
      const upgraded = upgradeRecord(record);
      if ('entry' in upgraded) entries.push(upgraded.entry);
      else unreadable++;
    }
    entries.sort((a, b) => b.lastSeen - a.lastSeen);
    return { entries, unreadable };
  }

  /**
   * The `limit` most recently seen entries, through the lastSeen index: lets the page show its first screen
   * before the whole history (tens of MB at 10,000 entries) has been read.
   */
  async readRecent(limit: number): Promise<{ entries: HistoryEntry[]; total: number }> {
    const db = await this.db();
    const tx = db.transaction(ENTRIES);
    const store = tx.objectStore(ENTRIES);
    const total = done(store.count());
    const entries: HistoryEntry[] = [];
    await new Promise<void>((resolve, reject) => {
      const cursor = store.index('lastSeen').openCursor(null, 'prev');
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (!current || entries.length >= limit) return resolve();
        const upgraded = upgradeRecord(current.value);
        if ('entry' in upgraded) entries.push(upgraded.entry);
        current.continue();
      };
    });
    return { entries, total: await total };
  }

  async listEntries(): Promise<HistoryEntry[]> {
    return (await this.readAll()).entries;
  }

  /** The readable entries among these fingerprints (missing ones are left out). */
  async getEntries(fingerprints: string[]): Promise<HistoryEntry[]> {
    const db = await this.db();
    const store = db.transaction(ENTRIES).objectStore(ENTRIES);
    const raw = await Promise.all(fingerprints.map((fingerprint) => done(store.get(fingerprint))));
    return raw.flatMap((record) => {
      const upgraded = record === undefined ? null : upgradeRecord(record);
      return upgraded && 'entry' in upgraded ? [upgraded.entry] : [];
    });
  }

  async getEntry(fingerprint: string): Promise<HistoryEntry | null> {
    const db = await this.db();
    const raw = await done(db.transaction(ENTRIES).objectStore(ENTRIES).get(fingerprint));
    const upgraded = raw === undefined ? null : upgradeRecord(raw);
    return upgraded && 'entry' in upgraded ? upgraded.entry : null;
  }

  async updateEntry(
    fingerprint: string,
    patch: { status?: ReviewStatus; note?: string },
    now = Date.now(),
  ): Promise<{ ok: true; entry: HistoryEntry } | Failure> {
    const result = await this.updateEntries([fingerprint], patch, now);
    if (!result.ok) return result;
    const entry = result.entries[0];
    return entry ? { ok: true, entry } : { ok: false, reason: 'not-found', message: t('history_not_found') };
  }

  /** Bulk status/note change in one transaction; unknown fingerprints are ignored. */
  async updateEntries(
    fingerprints: string[],
    patch: { status?: ReviewStatus; note?: string },
    now = Date.now(),
  ): Promise<{ ok: true; entries: HistoryEntry[] } | Failure> {
    const note = patch.note?.slice(0, LIMITS.note);
    const updated: HistoryEntry[] = [];
    try {
      await this.transact([ENTRIES], (tx) => {
        const store = tx.objectStore(ENTRIES);
        for (const fingerprint of new Set(fingerprints)) {
          const read = store.get(fingerprint);
          read.onsuccess = () => {
            const stored = read.result === undefined ? null : upgradeRecord(read.result);
            if (!stored || !('entry' in stored)) return;
            const entry: HistoryEntry = {
              ...stored.entry,
              ...(patch.status ? { status: patch.status } : {}),
              ...(note !== undefined ? { note } : {}),
              reviewedAt: now,
            };
            store.put(entry);
            updated.push(entry);
          };
        }
      });
    } catch (error) {
      return failure(error);
    }
    return { ok: true, entries: updated };
  }

  async deleteEntries(fingerprints: string[]): Promise<{ ok: true; deleted: number } | Failure> {
    try {
      await this.transact([ENTRIES], (tx) => {
        const store = tx.objectStore(ENTRIES);
        for (const fingerprint of new Set(fingerprints)) store.delete(fingerprint);
      });
    } catch (error) {
      return failure(error);
    }
    return { ok: true, deleted: new Set(fingerprints).size };
  }

  /** Deletes every entry and every feedback mark. */
  async clearHistory(): Promise<{ ok: true } | Failure> {
    try {
      await this.transact([ENTRIES, FEEDBACK], (tx) => {
        tx.objectStore(ENTRIES).clear();
        tx.objectStore(FEEDBACK).clear();
      });
    } catch (error) {
      return failure(error);
    }
    return { ok: true };
  }

  /**
   * Keeps a "false alarm" or "missed this" mark. A false alarm about an ad in history also sets that entry's
   * status (unless the user already reviewed it otherwise).
   */
  async addFeedback(input: FeedbackInput): Promise<{ ok: true; feedback: FeedbackRecord } | Failure> {
    const text = input.text?.slice(0, LIMITS.feedbackText);
    const candidate = {
      id: newId(),
      kind: input.kind,
      url: input.url.slice(0, LIMITS.url),
      site: siteOf(input.url),
      ...(text ? { text, fingerprint: fingerprintAd({ text }) } : {}),
      ...(input.rule ? { rule: input.rule.slice(0, 200) } : {}),
      ...(input.note ? { note: input.note.slice(0, LIMITS.note) } : {}),
      createdAt: input.now ?? Date.now(),
    };
    const parsed = feedbackSchema.safeParse(candidate);
    if (!parsed.success)
      return { ok: false, reason: 'invalid', message: parsed.error.issues[0]?.message ?? '' };
    const feedback = parsed.data;
    try {
      await this.transact([ENTRIES, FEEDBACK], (tx) => {
        tx.objectStore(FEEDBACK).put(feedback);
        if (feedback.kind !== 'false-alarm') return;
        const entries = tx.objectStore(ENTRIES);
        const mark = (raw: unknown) => {
          const stored = raw === undefined ? null : upgradeRecord(raw);
          if (!stored || !('entry' in stored) || stored.entry.status !== 'unreviewed') return;
          entries.put({ ...stored.entry, status: 'false-alarm', reviewedAt: feedback.createdAt });
        };
        // Find the entry by URL: the fallback when the text alone does not give the entry's fingerprint
        // (short ads are fingerprinted with their title).
        const byUrl = () => {
          const all = entries.getAll();
          all.onsuccess = () => {
            const match = (all.result as Array<{ urls?: string[]; url?: string }>).find(
              (e) => e.urls?.includes(feedback.url) || e.url === feedback.url,
            );
            if (match) mark(match);
          };
        };
        if (!feedback.fingerprint) {
          if (feedback.url) byUrl();
          return;
        }
        const read = entries.get(feedback.fingerprint);
        read.onsuccess = () => (read.result === undefined ? byUrl() : mark(read.result));
      });
    } catch (error) {
      return failure(error);
    }
    return { ok: true, feedback };
  }

  async listFeedback(): Promise<FeedbackRecord[]> {
    const db = await this.db();
    const raw = (await done(db.transaction(FEEDBACK).objectStore(FEEDBACK).getAll())) as unknown[];
    return raw
      .map((record) => feedbackSchema.safeParse(record))
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  /**
   * Imports an export file, merging by fingerprint. Validated in full before anything is written, and written in
   * one transaction: a bad or too-big file, or a full disk, leaves history exactly as it was.
   */
  async importJson(text: string): Promise<ImportResult> {
    const parsed = parseImport(text);
    if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.message };
    let added = 0;
    let updated = 0;
    let kept = 0;
    try {
      await this.transact([ENTRIES, FEEDBACK], (tx) => {
        const entries = tx.objectStore(ENTRIES);
        // One key listing instead of a read per entry: most imported entries are usually new.
        const keys = entries.getAllKeys();
        keys.onsuccess = () => {
          const known = new Set(keys.result as IDBValidKey[]);
          for (const incoming of parsed.entries) {
            if (!known.has(incoming.fingerprint)) {
              added++;
              entries.put(incoming);
              continue;
            }
            const read = entries.get(incoming.fingerprint);
            read.onsuccess = () => {
              const stored = read.result === undefined ? null : upgradeRecord(read.result);
              if (stored && 'entry' in stored) {
                updated++;
                entries.put(mergeEntries(stored.entry, incoming));
              } else if (stored) {
                kept++; // an unreadable stored record is never overwritten
              } else {
                added++;
                entries.put(incoming);
              }
            };
          }
        };
        const feedback = tx.objectStore(FEEDBACK);
        for (const record of parsed.feedback) feedback.put(record);
      });
    } catch (error) {
      return failure(error);
    }
    return { ok: true, added, updated, kept, feedback: parsed.feedback.length };
  }

  /** Storage use where the browser reports it; `nearlyFull` above 90 %. */
  async storageStatus(): Promise<{
    usage: number;
    quota: number;
    nearlyFull: boolean;
    percent: number;
  } | null> {
    const estimate = globalThis.navigator?.storage?.estimate;
    if (typeof estimate !== 'function') return null;
    try {
      const { usage = 0, quota = 0 } = await navigator.storage.estimate();
      if (!quota) return null;
      const percent = Math.round((usage / quota) * 100);
      return { usage, quota, percent, nearlyFull: usage / quota > 0.9 };
    } catch {
      return null;
    }
  }

  close(): void {
    void this.dbPromise?.then((db) => db.close()).catch(() => undefined);
    this.dbPromise = null;
  }
}

/** A new sighting of a known ad: latest result and URL first, review and first sighting kept. */
function sighting(stored: HistoryEntry, seen: HistoryEntry): HistoryEntry {
  return {
    ...stored,
    urls: mergeUrls(seen.urls, stored.urls),
    title: seen.title || stored.title,
    text: seen.text,
    level: seen.level,
    score: seen.score,
    flags: seen.flags,
    language: seen.language,
    site: seen.site || stored.site,
    firstSeen: Math.min(stored.firstSeen, seen.firstSeen),
    lastSeen: Math.max(stored.lastSeen, seen.lastSeen),
    seenCount: stored.seenCount + 1,
  };
}

function runWork(tx: IDBTransaction, work: (tx: IDBTransaction) => void): void {
  work(tx);
}

function newId(): string {
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
