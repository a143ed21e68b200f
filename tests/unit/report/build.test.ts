import { describe, expect, it } from 'vitest';
import {
  adText,
  buildReport,
  ENGLISH_LABELS,
  MAX_MAILTO_BODY,
  mailtoHref,
  pngBytes,
  reportBaseName,
} from '../../../src/report/build';
import { type ReportDraft, reportDraftSchema } from '../../../src/report/draft';
import { groupFlags } from '../../../src/report/group-flags';
import { SAMPLE_AD, sampleResult } from './sample';

// 1×1 transparent PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function draft(overrides: Partial<ReportDraft> = {}): ReportDraft {
  return reportDraftSchema.parse({
    id: 'abc123-x1',
    createdAt: Date.UTC(2026, 10, 23, 11, 40, 5),
    source: 'page',
    pageUrl: 'https://jobs.example.com/ad/1',
    ads: [{ index: 0, ad: SAMPLE_AD, result: sampleResult() }],
    screenshot: { dataUrl: PNG },
    country: 'US',
    ...overrides,
  });
}

describe('buildReport', () => {
  it('puts the URL, date, every flag with its evidence and source, the ad text and the note in the text', () => {
    const report = buildReport(draft(), {
      note: 'Contacted me on WhatsApp',
      includeUrl: true,
      includeScreenshot: true,
    });
    expect(report.createdAt).toBe('2026-11-23T11:40:05.000Z');
    expect(report.text).toContain('Page: https://jobs.example.com/ad/1');
    expect(report.text).toContain('Date and time: 2026-11-23T11:40:05.000Z');
    expect(report.text).toContain('Level: High — This ad shows 2 warning signs');
    expect(report.text).toContain('1. Travel paid now, repaid from wages');
    expect(report.text).toContain('Words in the ad: “We pay your ticket and visa, you repay from wages”');
    expect(report.text).toContain('Source: 003_077d3deaf5d7ffb6.txt L109-110: “debt bondage”');
    expect(report.text).toContain(
      'Source: ILO indicators: “retention of identity documents” (https://www.ilo.org/)',
    );
    expect(report.text).toContain('Reassuring details found: “licence no. 123”');
    expect(report.text).toContain('Title: Hostess job in Dubai, 5000 USD a month');
    expect(report.text).toContain('Contacted me on WhatsApp');
    expect(report.text).toContain('Screenshot of the visible page: ad-report-2026-11-23-114005.png');
    expect(report.ads[0]?.flags.map((f) => f.evidence)).toEqual([
      ['We pay your ticket and visa, you repay from wages'],
      ['We keep your passport'],
    ]);
    expect(report.screenshot?.dataUrl).toBe(PNG);
    expect(JSON.parse(JSON.stringify(report)).text).toBe(report.text);
  });

  it('leaves out the URL and the screenshot when the user says so', () => {
    const report = buildReport(draft(), { note: '', includeUrl: false, includeScreenshot: false });
    expect(report.pageUrl).toBeNull();
    expect(report.screenshot).toBeNull();
    expect(report.text).not.toContain('jobs.example.com');
    expect(report.text).toContain('No screenshot.');
    expect(report.text).not.toContain('Note:');
  });

  it('labels a pasted message as such and uses translated labels', () => {
    const labels = { ...ENGLISH_LABELS, pastedText: 'Texto pegado', verdict: (n: number) => `Señales: ${n}` };
    const report = buildReport(
      draft({
        source: 'message',
        pageUrl: undefined,
        screenshot: undefined,
        ads: [
          {
            ad: { description: 'pay the fee', extractor: 'selection', position: { index: 0 } },
            result: sampleResult({ flags: [], level: 'none', reassurances: [] }),
          },
        ],
      }),
      { note: '', includeUrl: true, includeScreenshot: true },
      labels,
    );
    expect(report.text).toContain('Texto pegado:\npay the fee');
    expect(report.text).toContain('Señales: 0');
    expect(report.source).toBe('message');
  });

  it('clips hostile, huge ad text', () => {
    const huge = { ...SAMPLE_AD, description: 'x'.repeat(100_000) };
    expect(adText(huge).length).toBeLessThan(20_500);
    expect(adText(huge).endsWith('[…]')).toBe(true);
  });
});

describe('report files and links', () => {
  it('names files by UTC date and time', () => {
    expect(reportBaseName(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('ad-report-2026-01-02-030405');
  });

  it('decodes the PNG bytes of the screenshot', () => {
    const bytes = pngBytes(PNG);
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('builds a mailto link with an encoded, length-limited body', () => {
    const short = mailtoHref('trata@policia.es', 'Ad & signs', 'line 1\nline 2', 'shortened');
    expect(short).toBe('mailto:trata@policia.es?subject=Ad%20%26%20signs&body=line%201%0Aline%202');
    const long = decodeURIComponent(mailtoHref('', 'S', 'a'.repeat(5_000), 'shortened').split('body=')[1]!);
    expect(long.length).toBeLessThan(MAX_MAILTO_BODY + 30);
    expect(long.endsWith('shortened')).toBe(true);
  });

  it('rejects a draft whose screenshot is not a PNG data URL', () => {
    const bad = { ...draft(), screenshot: { dataUrl: 'javascript:alert(1)' } };
    expect(reportDraftSchema.safeParse(bad).success).toBe(false);
  });
});

describe('warning signs are counted per rule', () => {
  it('groups repeated matches of one rule into one sign with all its words', () => {
    const result = sampleResult();
    const [travel, passport] = result.flags;
    result.flags = [
      travel!,
      passport!,
      { ...travel!, evidence: 'ticket and visa', start: 100, end: 115 },
      { ...travel!, evidence: 'TICKET AND VISA', start: 200, end: 215 },
    ];
    expect(groupFlags(result.flags).map((g) => [g.rule, g.evidence])).toEqual([
      ['travel-repaid-from-wages', ['We pay your ticket and visa, you repay from wages', 'ticket and visa']],
      ['passport-held', ['We keep your passport']],
    ]);
    const report = buildReport(draft({ ads: [{ index: 0, ad: SAMPLE_AD, result }] }), {
      note: '',
      includeUrl: true,
      includeScreenshot: true,
    });
    expect(report.text).toContain('This ad shows 2 warning signs');
    expect(report.text).toContain(
      'Words in the ad: “We pay your ticket and visa, you repay from wages”, “ticket and visa”',
    );
  });

  it('lists context apart from the warning signs', () => {
    const result = sampleResult();
    result.flags.push({
      ...result.flags[0]!,
      rule: 'context.abroad',
      kind: 'context',
      evidence: 'Dubai',
      explanation: { title: 'Work abroad', why: 'w', ask: 'a' },
    });
    const report = buildReport(draft({ ads: [{ index: 0, ad: SAMPLE_AD, result }] }), {
      note: '',
      includeUrl: true,
      includeScreenshot: true,
    });
    expect(report.ads[0]?.flags.map((f) => f.rule)).toEqual(['travel-repaid-from-wages', 'passport-held']);
    expect(report.ads[0]?.context.map((f) => f.rule)).toEqual(['context.abroad']);
    expect(report.text).toContain('This ad shows 2 warning signs');
    expect(report.text).toContain('Context noted (not a warning sign on its own): Work abroad (“Dubai”)');
  });
});
