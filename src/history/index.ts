// Case history, the public API. The background calls recordScan after each scan and clearHistory on the popup's
// 'clear-history' message; the history page uses the rest. Everything stays in this browser's IndexedDB.
import type { ScanRecordInput } from './entry';
import type { ReviewStatus } from './schema';
import type { FeedbackInput, ImportResult, RecordResult } from './store';
import { HistoryStore } from './store';

export { capturedText, type ScannedAd, type ScanRecordInput, worthKeeping } from './entry';
export { exportCsv, exportFeedback, exportJson } from './export';
export { fingerprintAd, normaliseText } from './fingerprint';
export type { FeedbackKind, FeedbackRecord, HistoryEntry, ReviewStatus, StoredFlag } from './schema';
export { REVIEW_STATUSES } from './schema';
export {
  CHANGE_CHANNEL,
  type Failure,
  type FeedbackInput,
  HistoryStore,
  type ImportResult,
  type RecordResult,
  type StoreOptions,
} from './store';

let shared: HistoryStore | null = null;

/** The store of this context (service worker or page), opened on first use. */
export function historyStore(): HistoryStore {
  shared ??= new HistoryStore();
  return shared;
}

/** Keeps an ad scanned at medium or above; lower levels answer `{ ok: true, status: 'skipped' }`. */
export const recordScan = (input: ScanRecordInput): Promise<RecordResult> => historyStore().recordScan(input);
/** Several ads of one page in one transaction. */
export const recordScans = (inputs: ScanRecordInput[]): Promise<RecordResult[]> =>
  historyStore().recordScans(inputs);
export const listEntries = () => historyStore().listEntries();
export const updateEntry = (fingerprint: string, patch: { status?: ReviewStatus; note?: string }) =>
  historyStore().updateEntry(fingerprint, patch);
export const deleteEntries = (fingerprints: string[]) => historyStore().deleteEntries(fingerprints);
export const clearHistory = () => historyStore().clearHistory();
export const importJson = (text: string): Promise<ImportResult> => historyStore().importJson(text);
export const addFeedback = (input: FeedbackInput) => historyStore().addFeedback(input);
export const listFeedback = () => historyStore().listFeedback();
