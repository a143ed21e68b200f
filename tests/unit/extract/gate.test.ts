import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gateReasons, hasJobWords } from '../../../src/extract/gate';

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
});
