// Record migrations. Used by the IndexedDB upgrade (v1 database → v2) and by import (v1 export files).
import { fingerprintAd } from './fingerprint';
import {
  type HistoryEntry,
  type HistoryEntryV1,
  historyEntryV1Schema,
  historyEntryV2Schema,
  LIMITS,
} from './schema';

export function migrateEntryV1toV2(old: HistoryEntryV1): HistoryEntry {
  const { url, schemaVersion: _v1, ...rest } = old;
  return {
    ...rest,
    schemaVersion: 2,
    // v1 keys were not guaranteed to follow today's fingerprint: recompute so reposts merge from now on.
    fingerprint: fingerprintAd({ title: old.title, text: old.text }),
    urls: url ? [url] : [],
    language: rest.flags[0]?.lang ?? 'und',
    seenCount: 1,
    ...(old.status !== 'unreviewed' || old.note ? { reviewedAt: old.lastSeen } : {}),
  };
}

/** Any stored or imported record → a valid v2 entry, or null with the reason. Never throws. */
export function upgradeRecord(raw: unknown): { entry: HistoryEntry } | { error: string } {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version === 1) {
    const v1 = historyEntryV1Schema.safeParse(raw);
    if (!v1.success) return { error: v1.error.issues.map(formatIssue).join('; ') };
    return upgradeRecord(migrateEntryV1toV2(v1.data));
  }
  const v2 = historyEntryV2Schema.safeParse(raw);
  if (!v2.success) return { error: v2.error.issues.map(formatIssue).join('; ') };
  return { entry: { ...v2.data, urls: v2.data.urls.slice(0, LIMITS.urls) } };
}

export function formatIssue(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
