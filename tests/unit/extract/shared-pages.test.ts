// Every real page in ../shared/data (pages/ and jsonld/) through the extraction, against what a person sees
// there (tests/fixtures/shared-pages-expected.json). The shared pages are read in place, never copied.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../src/extract/from-html';
import type { ExtractedAd } from '../../../src/extract/types';
import { HAS_SHARED_DATA, REPO_ROOT, SHARED_DATA, SHARED_DATA_SKIP_REASON } from '../../support/shared-data';

interface Expected {
  kind: string;
  ads: number;
  extractor?: string;
  first?: Partial<Record<'title' | 'company' | 'location' | 'salary' | 'contact' | 'text', string>>;
}

const expected: Record<string, Expected> = JSON.parse(
  readFileSync(resolve(REPO_ROOT, 'tests/fixtures/shared-pages-expected.json'), 'utf8'),
).pages;

const files = HAS_SHARED_DATA
  ? ['pages', 'jsonld'].flatMap((dir) =>
      readdirSync(join(SHARED_DATA, dir))
        .filter((name) => /\.(html?|jsonld)$/.test(name))
        .map((name) => ({ name, path: join(SHARED_DATA, dir, name) })),
    )
  : [];

describe.skipIf(!HAS_SHARED_DATA)(
  `real pages in shared data ${HAS_SHARED_DATA ? '' : `(${SHARED_DATA_SKIP_REASON})`}`,
  () => {
    it('has an expected result for every shared page', () => {
      expect(files.map((f) => f.name).sort()).toEqual(Object.keys(expected).sort());
    });

    it.each(files)('$name', ({ name, path }) => {
      const want = expected[name]!;
      const result = extractFromHtml(readFileSync(path, 'utf8'));
      expect(result.kind).toBe(want.kind);
      expect(result.ads).toHaveLength(want.ads);
      for (const [i, ad] of result.ads.entries()) {
        expect(ad.position.index).toBe(i);
        if (want.extractor) expect(ad.extractor).toBe(want.extractor);
        expect(`${ad.title ?? ''}${ad.description}`.length).toBeGreaterThan(0);
      }
      const first: ExtractedAd | undefined = result.ads[0];
      for (const [field, value] of Object.entries(want.first ?? {})) {
        const actual = field === 'text' ? first?.description : first?.[field as keyof ExtractedAd];
        expect(String(actual ?? ''), `${field} of the first ad`).toContain(value);
      }
    });

    it('gives every card on a listing its own text (no card is the whole list)', () => {
      for (const { name, path } of files) {
        const result = extractFromHtml(readFileSync(path, 'utf8'));
        if (result.kind !== 'listing') continue;
        const texts = new Set(result.ads.map((ad) => `${ad.title}|${ad.description}`));
        expect(texts.size, name).toBeGreaterThan(result.ads.length * 0.8);
      }
    });
  },
);
