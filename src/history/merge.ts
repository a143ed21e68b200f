// Two records of the same ad (same fingerprint) → one. Used when an ad is seen again, on import and on migration.
import { type HistoryEntry, LIMITS } from './schema';

/** Most recent first, no duplicates, capped. */
export function mergeUrls(newer: readonly string[], older: readonly string[]): string[] {
  return [...new Set([...newer, ...older])].filter(Boolean).slice(0, LIMITS.urls);
}

/**
 * Keeps the earliest first sighting and the latest scan result; the review (status + note) that was made
 * last wins, and a reviewed entry is never reset to "unreviewed" by a merge.
 */
export function mergeEntries(a: HistoryEntry, b: HistoryEntry): HistoryEntry {
  const [newer, older] = a.lastSeen >= b.lastSeen ? [a, b] : [b, a];
  const review = pickReview(a, b);
  return {
    ...newer,
    title: newer.title || older.title,
    urls: mergeUrls(newer.urls, older.urls),
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    lastSeen: newer.lastSeen,
    seenCount: Math.max(a.seenCount, b.seenCount),
    status: review.status,
    note: review.note,
    ...(review.reviewedAt !== undefined ? { reviewedAt: review.reviewedAt } : {}),
  };
}

function pickReview(a: HistoryEntry, b: HistoryEntry): HistoryEntry {
  const reviewed = (e: HistoryEntry) => e.status !== 'unreviewed' || e.note !== '';
  if (reviewed(a) !== reviewed(b)) return reviewed(a) ? a : b;
  return (a.reviewedAt ?? 0) >= (b.reviewedAt ?? 0) ? a : b;
}
