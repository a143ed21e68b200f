// Builds a history entry from one scanned ad. Everything is capped to the schema limits, so a hostile or huge
// page yields a bounded, valid record instead of a failed write.
import type { Flag, Level, ScanResult } from '../engine/types';
import { fingerprintAd } from './fingerprint';
import { type HistoryEntry, LIMITS, type StoredFlag } from './schema';

/** What the background knows about a scanned ad: an ExtractedAd, or pasted text. */
export interface ScannedAd {
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  description?: string;
  contact?: string;
  text?: string;
}

export interface ScanRecordInput {
  url: string;
  /** Hostname; derived from the URL when omitted. */
  site?: string;
  ad: ScannedAd;
  result: ScanResult;
  now?: number;
}

const LEVEL_RANK: Record<Level, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** Only ads at medium or above are kept: history is for ads worth a second look. */
export function worthKeeping(level: Level): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK.medium;
}

export function levelRank(level: Level): number {
  return LEVEL_RANK[level];
}

export function siteOf(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : protocol.replace(/:$/, '');
  } catch {
    return '';
  }
}

const cut = (value: string | undefined, max: number) => (value ?? '').slice(0, max);

/** The text the flags point into: the description, or the other fields when there is none. */
export function capturedText(ad: ScannedAd): string {
  const main = ad.description?.trim() || ad.text?.trim();
  if (main) return main;
  return [ad.title, ad.company, ad.location, ad.salary, ad.contact].filter(Boolean).join('\n');
}

export function storeFlag(flag: Flag): StoredFlag {
  return {
    rule: cut(flag.rule, 200),
    category: cut(flag.category, 200),
    kind: flag.kind,
    weight: Number.isFinite(flag.weight) ? flag.weight : 0,
    evidence: cut(flag.evidence, LIMITS.evidence),
    field: flag.field,
    start: flag.start,
    end: flag.end,
    explanation: {
      title: cut(flag.explanation.title, 1_000),
      why: cut(flag.explanation.why, 5_000),
      ask: cut(flag.explanation.ask, 5_000),
    },
    sources: flag.sources.slice(0, LIMITS.sources).map((source) => ({
      document: cut(source.document, 1_000),
      ...(source.lines ? { lines: cut(source.lines, 100) } : {}),
      quote: cut(source.quote, 5_000),
      ...(source.url ? { url: cut(source.url, LIMITS.url) } : {}),
    })),
    heuristic: flag.heuristic,
    lang: cut(flag.lang, 20),
  };
}

export function entryFromScan(input: ScanRecordInput): HistoryEntry {
  const now = input.now ?? Date.now();
  const text = cut(capturedText(input.ad), LIMITS.text);
  const title = cut(input.ad.title?.trim(), LIMITS.title);
  const url = cut(input.url, LIMITS.url);
  return {
    schemaVersion: 2,
    fingerprint: fingerprintAd({ title, text }),
    urls: url ? [url] : [],
    site: cut(input.site ?? siteOf(input.url), 253),
    title,
    text,
    level: input.result.level,
    score: Number.isFinite(input.result.score) ? input.result.score : 0,
    flags: input.result.flags.slice(0, LIMITS.flags).map(storeFlag),
    language: cut(input.result.language.detected, 20),
    firstSeen: now,
    lastSeen: now,
    seenCount: 1,
    status: 'unreviewed',
    note: '',
  };
}
