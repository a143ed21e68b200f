// Builders for history tests: scan results shaped like the engine's, and a fresh in-memory IndexedDB per test.
import { IDBFactory } from 'fake-indexeddb';
import type { Flag, Level, ScanResult } from '../../../src/engine/types';
import type { ScanRecordInput } from '../../../src/history/entry';
import { HistoryStore, type StoreOptions } from '../../../src/history/store';

export function flag(rule: string, evidence: string, extra: Partial<Flag> = {}): Flag {
  return {
    rule,
    category: 'debt',
    kind: 'structural',
    weight: 3,
    evidence,
    field: 'description',
    start: 0,
    end: evidence.length,
    explanation: { title: `Sign ${rule}`, why: 'Debt used to control workers.', ask: 'Who pays the ticket?' },
    sources: [{ document: '003_077d3deaf5d7ffb6.txt', lines: 'L109-110', quote: 'recruitment fees' }],
    heuristic: false,
    lang: 'en',
    ...extra,
  };
}

export function result(
  level: Level,
  flags: Flag[] = [flag('travel-repaid-from-wages', 'ticket paid, repaid from wages')],
): ScanResult {
  return {
    score: level === 'high' ? 9 : level === 'medium' ? 5 : level === 'low' ? 2 : 0,
    level,
    flags: level === 'none' ? [] : flags,
    reassurances: [],
    language: { detected: 'en', packs: ['en'], supported: true },
  };
}

export const AD_TEXT =
  'Hostess work abroad, 5000 USD a month, no experience needed. Flight ticket paid by us, repaid from wages. ' +
  'We keep your passport safe during the contract.';

export function scan(
  url: string,
  text = AD_TEXT,
  level: Level = 'high',
  now = 1_700_000_000_000,
): ScanRecordInput {
  return { url, ad: { title: 'Hostess job in Dubai', description: text }, result: result(level), now };
}

let counter = 0;
export function freshStore(options: StoreOptions = {}): HistoryStore {
  counter++;
  return new HistoryStore({ factory: new IDBFactory(), dbName: `history-test-${counter}`, ...options });
}
