// A scan result shaped like the engine's, for report and component tests.
import type { ScanResult } from '../../../src/engine/types';
import type { ExtractedAd } from '../../../src/extract/types';

export const SAMPLE_AD: ExtractedAd = {
  title: 'Hostess job in Dubai, 5000 USD a month',
  company: 'Star Agency',
  location: 'Dubai',
  salary: '5000 USD',
  description:
    'No experience needed. We pay your ticket and visa, you repay from wages. We keep your passport safe.',
  contact: 'WhatsApp only',
  extractor: 'generic',
  position: { index: 0 },
};

export function sampleResult(overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    score: 7.5,
    level: 'high',
    flags: [
      {
        rule: 'travel-repaid-from-wages',
        category: 'debt',
        kind: 'structural',
        weight: 3,
        evidence: 'We pay your ticket and visa, you repay from wages',
        field: 'description',
        start: 20,
        end: 70,
        explanation: {
          title: 'Travel paid now, repaid from wages',
          why: 'A debt for travel can be used to keep people working.',
          ask: 'Ask for the full cost in writing and who holds the debt.',
        },
        sources: [{ document: '003_077d3deaf5d7ffb6.txt', lines: 'L109-110', quote: 'debt bondage' }],
        heuristic: false,
        lang: 'en',
      },
      {
        rule: 'passport-held',
        category: 'documents',
        kind: 'structural',
        weight: 3,
        evidence: 'We keep your passport',
        field: 'description',
        start: 72,
        end: 93,
        explanation: {
          title: 'Employer keeps your passport',
          why: 'Holding documents stops people from leaving.',
          ask: 'Keep your passport yourself.',
        },
        sources: [
          {
            document: 'ILO indicators',
            quote: 'retention of identity documents',
            url: 'https://www.ilo.org/',
          },
        ],
        heuristic: true,
        lang: 'en',
      },
    ],
    reassurances: [
      { rule: 'registered', evidence: 'licence no. 123', field: 'description', start: 0, end: 5, lang: 'en' },
    ],
    language: { detected: 'en', packs: ['en'], supported: true },
    ...overrides,
  };
}
