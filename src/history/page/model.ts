// The history table's data model, DOM-free: rows are indexed once when entries load, so filtering 10,000 entries
// is a scan of precomputed lowercase strings and numbers (no allocation per keystroke beyond the result array).
import type { Level } from '../../engine/types';
import { levelRank } from '../entry';
import type { HistoryEntry, ReviewStatus } from '../schema';

export interface Row {
  entry: HistoryEntry;
  /** Lowercased title, text, site, URLs, note, evidence and rule names: what the search box looks in. */
  haystack: string;
  rules: ReadonlySet<string>;
  levelRank: number;
  titleKey: string;
}

export const SORT_KEYS = ['title', 'site', 'level', 'signs', 'status', 'lastSeen'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface Filters {
  query: string;
  site: string;
  level: Level | '';
  status: ReviewStatus | '';
  rule: string;
  /** Last seen within this many days; 0 = any time. */
  days: number;
}

export const NO_FILTERS: Filters = { query: '', site: '', level: '', status: '', rule: '', days: 0 };
export const DEFAULT_SORT: Sort = { key: 'lastSeen', dir: 'desc' };

export function toRow(entry: HistoryEntry): Row {
  const parts = [entry.title, entry.site, entry.note, entry.text, ...entry.urls];
  for (const flag of entry.flags) parts.push(flag.rule, flag.evidence, flag.explanation.title);
  return {
    entry,
    haystack: parts.join('\n').toLowerCase(),
    rules: new Set(entry.flags.map((flag) => flag.rule)),
    levelRank: levelRank(entry.level),
    titleKey: (entry.title || entry.text.slice(0, 200)).toLowerCase(),
  };
}

export function toRows(entries: readonly HistoryEntry[]): Row[] {
  return entries.map(toRow);
}

const DAY = 86_400_000;

export function filterRows(rows: readonly Row[], filters: Filters, now = Date.now()): Row[] {
  // Every word must appear somewhere (order-free), like most search boxes.
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  const since = filters.days > 0 ? now - filters.days * DAY : 0;
  const out: Row[] = [];
  for (const row of rows) {
    const { entry } = row;
    if (filters.site && entry.site !== filters.site) continue;
    if (filters.level && entry.level !== filters.level) continue;
    if (filters.status && entry.status !== filters.status) continue;
    if (filters.rule && !row.rules.has(filters.rule)) continue;
    if (since && entry.lastSeen < since) continue;
    if (words.length && !words.every((word) => row.haystack.includes(word))) continue;
    out.push(row);
  }
  return out;
}

const STATUS_ORDER: Record<ReviewStatus, number> = {
  unreviewed: 0,
  reported: 1,
  'false-alarm': 2,
  'looked-fine': 3,
};

function compare(key: SortKey): (a: Row, b: Row) => number {
  switch (key) {
    case 'title':
      return (a, b) => (a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : 0);
    case 'site':
      return (a, b) => (a.entry.site < b.entry.site ? -1 : a.entry.site > b.entry.site ? 1 : 0);
    case 'level':
      return (a, b) => a.levelRank - b.levelRank || a.entry.score - b.entry.score;
    case 'signs':
      return (a, b) => a.entry.flags.length - b.entry.flags.length;
    case 'status':
      return (a, b) => STATUS_ORDER[a.entry.status] - STATUS_ORDER[b.entry.status];
    case 'lastSeen':
      return (a, b) => a.entry.lastSeen - b.entry.lastSeen;
  }
}

/** Stable sort; ties fall back to most recently seen first. */
export function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  const primary = compare(sort.key);
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || b.entry.lastSeen - a.entry.lastSeen);
}

/** Values offered in the filter menus, from what is actually in history. */
export function facets(rows: readonly Row[]): {
  sites: string[];
  rules: Array<{ rule: string; title: string }>;
} {
  const sites = new Set<string>();
  const rules = new Map<string, string>();
  for (const row of rows) {
    if (row.entry.site) sites.add(row.entry.site);
    for (const flag of row.entry.flags)
      if (!rules.has(flag.rule)) rules.set(flag.rule, flag.explanation.title);
  }
  return {
    sites: [...sites].sort(),
    rules: [...rules]
      .map(([rule, title]) => ({ rule, title }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(current * size, current * size + size), page: current, pages };
}

/** Where each piece of evidence occurs in the text, for highlighting (case-insensitive, non-overlapping). */
export function evidenceRanges(text: string, evidence: readonly string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const piece of new Set(evidence.map((e) => e.toLowerCase()).filter((e) => e.trim().length > 1))) {
    let from = 0;
    for (let at = lower.indexOf(piece, from); at !== -1; at = lower.indexOf(piece, from)) {
      ranges.push([at, at + piece.length]);
      from = at + piece.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
