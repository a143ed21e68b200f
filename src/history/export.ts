// Hands evidence on: JSON (complete, re-importable) and CSV (for spreadsheets, one row per ad).
import { csvCell } from '../shared/csv';
import { EXPORT_FORMAT, type FeedbackRecord, HISTORY_SCHEMA_VERSION, type HistoryEntry } from './schema';

export function exportJson(
  entries: readonly HistoryEntry[],
  feedback: readonly FeedbackRecord[] = [],
  now = Date.now(),
): string {
  const file = {
    format: EXPORT_FORMAT,
    version: HISTORY_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries,
    feedback,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'fingerprint',
  'site',
  'urls',
  'title',
  'level',
  'score',
  'status',
  'note',
  'first_seen',
  'last_seen',
  'seen_count',
  'warning_signs',
  'rules',
  'evidence',
  'sources',
  'language',
  'text',
] as const;

/** RFC 4180 CSV, CRLF line ends. Several values in one cell are separated by " | ". */
export function exportCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((entry) => [
    entry.fingerprint,
    entry.site,
    entry.urls.join(' | '),
    entry.title,
    entry.level,
    String(entry.score),
    entry.status,
    entry.note,
    new Date(entry.firstSeen).toISOString(),
    new Date(entry.lastSeen).toISOString(),
    String(entry.seenCount),
    String(entry.flags.length),
    unique(entry.flags.map((flag) => flag.rule)).join(' | '),
    unique(entry.flags.map((flag) => `${flag.rule}: "${flag.evidence}"`)).join(' | '),
    unique(entry.flags.flatMap((flag) => flag.sources.map(formatSource))).join(' | '),
    entry.language,
    entry.text,
  ]);
  return `${[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function formatSource(source: { document: string; lines?: string; url?: string }): string {
  return [source.document, source.lines, source.url].filter(Boolean).join(' ');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Feedback for rule authors: explicit marks plus every entry the user marked as a false alarm. */
export function exportFeedback(
  entries: readonly HistoryEntry[],
  feedback: readonly FeedbackRecord[],
  now = Date.now(),
): string {
  const falseAlarms = entries
    .filter((entry) => entry.status === 'false-alarm')
    .map((entry) => ({
      fingerprint: entry.fingerprint,
      urls: entry.urls,
      level: entry.level,
      note: entry.note,
      flags: entry.flags.map((flag) => ({
        rule: flag.rule,
        evidence: flag.evidence,
        field: flag.field,
        lang: flag.lang,
      })),
      text: entry.text,
    }));
  const file = {
    format: 'ad-risk-lens-feedback',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    falseAlarms,
    marks: feedback,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
