// Reads an export file back. The whole file is validated before anything is written; the message says what is
// wrong in words a volunteer can act on, and where (entry number and field).

import { fingerprintAd } from './fingerprint';
import { mergeEntries } from './merge';
import { formatIssue, upgradeRecord } from './migrate';
import { EXPORT_FORMAT, exportFileSchema, type FeedbackRecord, type HistoryEntry } from './schema';
import { t } from './strings';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const MAX_ISSUES_SHOWN = 3;

export type ParsedImport =
  | { ok: true; entries: HistoryEntry[]; feedback: FeedbackRecord[] }
  | { ok: false; message: string };

export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: t('history_import_too_big', Math.round(MAX_IMPORT_BYTES / 1024 / 1024)) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: t('history_import_not_json', (error as Error).message) };
  }
  if ((data as { format?: unknown } | null)?.format !== EXPORT_FORMAT) {
    return { ok: false, message: t('history_import_wrong_format') };
  }
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES_SHOWN).map(formatIssue).map(humanPath);
    const more = parsed.error.issues.length - issues.length;
    return {
      ok: false,
      message: t('history_import_invalid', issues.join('; ') + (more > 0 ? ` (+${more} more)` : '')),
    };
  }

  // Keys are recomputed from the text: an edited fingerprint cannot make two keys for one ad.
  const entries = new Map<string, HistoryEntry>();
  for (const [index, raw] of parsed.data.entries.entries()) {
    const upgraded = upgradeRecord(raw);
    if ('error' in upgraded) {
      return { ok: false, message: t('history_import_invalid', `entry ${index + 1}: ${upgraded.error}`) };
    }
    const entry = { ...upgraded.entry, fingerprint: fingerprintAd(upgraded.entry) };
    const same = entries.get(entry.fingerprint);
    entries.set(entry.fingerprint, same ? mergeEntries(same, entry) : entry);
  }
  return { ok: true, entries: [...entries.values()], feedback: parsed.data.feedback ?? [] };
}

/** "entries.3.level: …" → "entry 4, level: …" (people count from 1). */
function humanPath(issue: string): string {
  return issue.replace(
    /^(entries|feedback)\.(\d+)(\.|(?=:))/,
    (_whole, list: string, n: string, dot: string) => {
      const noun = list === 'entries' ? 'entry' : 'feedback mark';
      return `${noun} ${Number(n) + 1}${dot ? ', ' : ''}`;
    },
  );
}
