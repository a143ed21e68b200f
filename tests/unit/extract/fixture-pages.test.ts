// One folder per page we wrote (tests/fixtures/pages/<slug>/{source.html, expected.json}), run through two DOMs
// like Readability's suite: linkedom (the CLI's path) and happy-dom (a browser-like DOM). Adding a folder adds a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/extract/extract';
import { extractFromHtml } from '../../../src/extract/from-html';
import { isProbablyJobPage } from '../../../src/extract/gate';
import type { ExtractedAd, PageExtraction } from '../../../src/extract/types';
import { REPO_ROOT } from '../../support/shared-data';

type FieldChecks = Partial<
  Record<'title' | 'company' | 'location' | 'salary' | 'contact' | 'url' | 'text', string>
>;
interface Expected {
  url: string;
  kind: string;
  ads: number;
  extractor?: string;
  probablyJobPage: boolean;
  first?: FieldChecks;
  ad1?: FieldChecks;
  notText?: string;
}

const DIR = resolve(REPO_ROOT, 'tests/fixtures/pages');
const pages = readdirSync(DIR).map((slug) => ({
  slug,
  html: readFileSync(join(DIR, slug, 'source.html'), 'utf8'),
  expected: JSON.parse(readFileSync(join(DIR, slug, 'expected.json'), 'utf8')) as Expected,
}));

function withHappyDom(html: string, url: string): PageExtraction {
  const window = new Window({ url });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const { kind, ads } = extractPage(doc, url);
  const result = { kind, ads, probablyJobPage: isProbablyJobPage(doc, url) };
  window.happyDOM.close();
  return result;
}

function checkFields(ad: ExtractedAd | undefined, checks: FieldChecks | undefined) {
  for (const [field, value] of Object.entries(checks ?? {})) {
    const actual = field === 'text' ? ad?.description : ad?.[field as keyof ExtractedAd];
    expect(String(actual ?? ''), field).toContain(value);
  }
}

const doms = [
  ['linkedom', (html: string, url: string) => extractFromHtml(html, url)],
  ['happy-dom', withHappyDom],
] as const;

describe.each(doms)('fixture pages (%s)', (_dom, extract) => {
  it.each(pages)('$slug', ({ html, expected }) => {
    const result = extract(html, expected.url);
    expect(result.kind).toBe(expected.kind);
    expect(result.ads).toHaveLength(expected.ads);
    expect(result.probablyJobPage).toBe(expected.probablyJobPage);
    for (const ad of result.ads) if (expected.extractor) expect(ad.extractor).toBe(expected.extractor);
    checkFields(result.ads[0], expected.first);
    checkFields(result.ads[1], expected.ad1);
    if (expected.notText) expect(result.ads[0]?.description).not.toContain(expected.notText);
  });
});

it('finds adapters by markup when the page has no address (saved copies)', () => {
  const page = pages.find((p) => p.slug === 'adapter-jobstreet-listing')!;
  const result = extractFromHtml(page.html);
  expect(result.ads).toHaveLength(page.expected.ads);
  expect(result.ads[0]?.extractor).toBe('adapter:jobstreet');
});
