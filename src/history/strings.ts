// English strings of the history feature, looked up through browser.i18n first (public/_locales/<lang>/messages.json,
// keys below) so translations apply; the English text here is the fallback when a key is not translated yet
// or no extension API exists (Node tests, benchmark).
import { browser } from 'wxt/browser';

export const HISTORY_STRINGS = {
  history_title: 'Case history',
  history_intro:
    'Ads scanned at medium or high risk are kept here, on this device only. Nothing is sent anywhere.',
  history_count: '$1 of $2 entries',
  history_loading_rest: 'Showing the $1 most recent of $2 entries; loading the rest…',
  history_search_label: 'Search text, title, site, notes or evidence',
  history_filter_site: 'Site',
  history_filter_level: 'Level',
  history_filter_status: 'Status',
  history_filter_rule: 'Warning sign',
  history_filter_date: 'Last seen',
  history_filter_any: 'Any',
  history_date_1: 'Last 24 hours',
  history_date_7: 'Last 7 days',
  history_date_30: 'Last 30 days',
  history_col_select: 'Select',
  history_col_title: 'Ad',
  history_col_site: 'Site',
  history_col_level: 'Level',
  history_col_signs: 'Signs',
  history_col_status: 'Status',
  history_col_last_seen: 'Last seen',
  history_sort_by: 'Sort by $1',
  history_level_high: 'High',
  history_level_medium: 'Medium',
  history_level_low: 'Low',
  history_level_none: 'None',
  history_status_unreviewed: 'Unreviewed',
  history_status_looked_fine: 'Looked fine',
  history_status_reported: 'Reported',
  history_status_false_alarm: 'False alarm',
  history_select_page: 'Select all on this page',
  history_select_all_matching: 'Select all $1 matching',
  history_select_none: 'Clear selection',
  history_selected: '$1 selected',
  history_set_status: 'Set status of selected',
  history_apply: 'Apply',
  history_delete_selected: 'Delete selected',
  history_delete_all: 'Delete all history',
  history_confirm_delete_all:
    'Delete all $1 entries and all feedback? This cannot be undone. Export first if you need them.',
  history_confirm_delete_selected: 'Delete $1 selected entries? This cannot be undone.',
  history_confirm: 'Delete',
  history_cancel: 'Cancel',
  history_export_csv: 'Export CSV',
  history_export_json: 'Export JSON',
  history_export_scope_selected: 'Exports the $1 selected entries.',
  history_export_scope_filtered: 'Exports the $1 entries shown by the current filters.',
  history_export_feedback: 'Export feedback for rule authors',
  history_import_json: 'Import JSON',
  history_imported: 'Imported: $1 new, $2 updated, $3 feedback marks.',
  history_deleted: 'Deleted $1 entries.',
  history_cleared: 'History deleted.',
  history_updated: 'Updated $1 entries.',
  history_empty: 'No ads in history yet. Ads you scan at medium or high risk will appear here.',
  history_no_match: 'No entries match these filters.',
  history_page_of: 'Page $1 of $2',
  history_prev: 'Previous page',
  history_next: 'Next page',
  history_signs_count: '$1 warning signs',
  history_urls: 'Seen at',
  history_first_seen: 'First seen',
  history_seen_times: 'Times seen: $1',
  history_text: 'Captured text',
  history_evidence: 'Matched words',
  history_why: 'Why it matters',
  history_ask: 'What to ask',
  history_sources: 'Sources',
  history_note: 'Note',
  history_save_note: 'Save note',
  history_delete_entry: 'Delete this entry',
  history_close: 'Close',
  history_feedback_title: 'Feedback for rule authors',
  history_feedback_intro:
    'Mark ads the extension missed, so the rules can be improved. Kept on this device; export to share.',
  history_feedback_url: 'Ad address (URL)',
  history_feedback_text: 'Ad text',
  history_feedback_note: 'What was missed',
  history_feedback_add: 'Add "missed this" mark',
  history_feedback_added: 'Feedback saved.',
  history_feedback_count: 'False alarms: $1. Missed ads: $2.',
  history_full: 'History is full: export and delete old entries, then scan again. Nothing was deleted.',
  history_nearly_full: 'Storage is $1% full. Export and delete old entries to keep recording scans.',
  history_error: 'History could not be saved: $1',
  history_import_not_json: 'This file is not valid JSON, so nothing was imported. ($1)',
  history_import_wrong_format: 'This file is not an Ad Risk Lens history export, so nothing was imported.',
  history_import_invalid: 'This file has invalid entries, so nothing was imported. $1',
  history_import_too_big: 'This file is larger than $1 MB, so nothing was imported.',
  history_unreadable: '$1 stored entries could not be read and are hidden (they were not deleted).',
  history_not_found: 'That entry is no longer in history.',
} as const;

export type HistoryStringKey = keyof typeof HISTORY_STRINGS;

/** Localised string with $1..$9 substitutions; English fallback. */
export function t(key: HistoryStringKey, ...subs: Array<string | number>): string {
  const values = subs.map(String);
  let localised = '';
  try {
    // Typed loosely: WXT types keys from the messages.json files, and these may not be translated yet.
    const getMessage = browser?.i18n?.getMessage as ((key: string, subs: string[]) => string) | undefined;
    localised = getMessage?.(key, values) ?? '';
  } catch {
    localised = ''; // no extension context (Node, tests)
  }
  if (localised) return localised;
  return HISTORY_STRINGS[key].replace(/\$(\d)/g, (whole, n: string) => values[Number(n) - 1] ?? whole);
}
