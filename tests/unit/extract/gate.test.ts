import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SITE_SIGNATURES } from '../../../src/extract/adapters/signatures';
import { gateReasons, hasJobWords } from '../../../src/extract/gate';

const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('the cheap gate', () => {
  it.each([
    'Software jobs in Berlin',
    'Vacancies – apply now',
    'Ofertas de empleo en Madrid',
    'Vagas de emprego em São Paulo',
    "Offres d'emploi à Lyon",
    'Locuri de muncă în Cluj',
    'Работа в Москве',
    'Вакансии',
    'Việc làm tại Hà Nội',
    'หางาน กรุงเทพ',
    '招聘信息',
    'Lowongan kerja Jakarta',
    'Trabaho sa Maynila',
    'Oferty pracy Warszawa',
  ])('sees job words in %s', (title) => {
    expect(hasJobWords(title)).toBe(true);
  });

  it.each(['Banana bread recipe', 'Weather in Lisbon', 'Football results'])('ignores %s', (title) => {
    expect(hasJobWords(title)).toBe(false);
  });

  it('passes a page with JobPosting JSON-LD and a known job site, fails a recipe', () => {
    const withLd = doc(
      '<html><head><script type="application/ld+json">{"@type":"JobPosting"}</script></head><body></body></html>',
    );
    expect(gateReasons(withLd, 'https://example.org/x')).toEqual(['jsonld']);
    const plain = doc(
      '<html><head><title>Banana bread</title></head><body><h1>Banana bread</h1></body></html>',
    );
    expect(gateReasons(plain, 'https://recipes.example/banana')).toEqual([]);
    expect(gateReasons(plain, 'https://www.seek.com.au/')).toEqual(['known-site']);
  });

  // The gate asks for every site's signature in one selector list; each site's markup must still be seen.
  it.each(SITE_SIGNATURES.flatMap((site) => (site.signature ?? []).map((selector) => [site.name, selector])))(
    'sees %s markup "%s" on a saved copy (no URL)',
    (_site, selector) => {
      const page = doc('<html><head><title>Saved page</title></head><body><main></main></body></html>');
      const main = page.querySelector('main')!;
      expect(gateReasons(page)).toEqual([]);
      main.innerHTML = markupFor(selector);
      expect(page.querySelector(selector), `markup for ${selector}`).not.toBeNull();
      expect(gateReasons(page)).toContain('site-markup');
    },
  );

  // Seek is recognised by hostname only: its markup is the JobStreet platform's.
  const siteOf = (page: string) => SITE_SIGNATURES.find((site) => site.name === page.split('-')[1]);
  it.each(
    readdirSync(PAGES).filter(
      (page) => page.startsWith('adapter-') && !page.endsWith('-shell') && siteOf(page)?.signature,
    ),
  )('sees the site markup of the fixture page %s without its URL', (page) => {
    const html = readFileSync(join(PAGES, page, 'source.html'), 'utf8');
    expect(gateReasons(doc(html))).toContain('site-markup');
  });
});

/** A smallest piece of markup that a simple signature selector (tag, classes, id, attributes, one descendant step)
 *  matches. */
function markupFor(selector: string): string {
  const parts = selector.trim().split(/\s+/);
  let html = '';
  for (const part of parts.reverse()) {
    const tag = /^[a-z]+/.exec(part)?.[0] ?? 'div';
    const classes = [...part.matchAll(/\.([\w-]+)/g)].map((m) => m[1]).join(' ');
    const id = /#([\w-]+)/.exec(part)?.[1];
    const attrs = [...part.matchAll(/\[([\w-]+)(?:([*^$]?=)"([^"]*)")?\]/g)]
      .map(([, attr, , value]) => ` ${attr}="${value ?? ''}"`)
      .join('');
    html = `<${tag}${classes ? ` class="${classes}"` : ''}${id ? ` id="${id}"` : ''}${attrs}>${html || 'x'}</${tag}>`;
  }
  return html;
}
