import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguages, SAMPLE_CHARS } from '../../../src/engine/langid';
import { languagesOf } from '../../../src/engine/langid/model';
import { HELD_OUT, OTHER_LANGUAGES } from './held-out';

const cases = Object.entries(HELD_OUT).flatMap(([lang, sentences]) =>
  sentences.map((text) => ({ lang, text, words: text.split(/\s+/).length })),
);

describe('detectLanguages on held-out sentences', () => {
  it.each(cases)('$lang ($words words): $text', ({ lang, text }) => {
    const guesses = detectLanguages(text);
    expect(guesses[0]?.lang).toBe(lang);
    expect(guesses[0]!.score).toBeGreaterThan(0.6);
  });

  it('is right on every language with at least six held-out sentences', () => {
    const perLanguage = Object.entries(HELD_OUT).map(([lang, sentences]) => ({
      lang,
      accuracy: sentences.filter((s) => detectLanguage(s) === lang).length / sentences.length,
    }));
    for (const { lang, accuracy } of perLanguage) expect(accuracy, lang).toBe(1);
  });
});

describe('detectLanguages outside the supported set', () => {
  it.each(OTHER_LANGUAGES)('does not claim a supported language for: $text', ({ text, allowed }) => {
    expect(allowed).toContain(detectLanguage(text));
  });

  it('returns nothing for text without letters', () => {
    expect(detectLanguages('')).toEqual([]);
    expect(detectLanguages('  123 456 !!! €€ ')).toEqual([]);
    expect(detectLanguage('+40 721 000 000')).toBe('und');
  });
});

describe('detectLanguages on mixed and informal text', () => {
  it('reports both Tagalog and English in a Taglish ad, Tagalog first', () => {
    const guesses = detectLanguages(
      'Hiring urgent! Walang placement fee, libre ang pagkain at tirahan. Salary is paid monthly, apply now through our page. ' +
        'Kailangan namin ng mga cook at waiter, mag-message lang po kayo.',
    );
    expect(guesses.map((g) => g.lang).slice(0, 2)).toEqual(['tl', 'en']);
    expect(guesses[1]!.score).toBeGreaterThan(0.15);
  });

  it('reports a Russian ad with an English paragraph as both', () => {
    const guesses = detectLanguages(
      'Работа в Польше на складе, жильё бесплатно, зарплата каждую неделю. ' +
        'We also hire drivers with their own licence for the night shift in the city.',
    );
    expect(new Set(guesses.map((g) => g.lang))).toEqual(new Set(['ru', 'en']));
  });

  it('does not treat brand names inside a Cyrillic ad as another language', () => {
    expect(
      detectLanguages('Работа в Польше. Пишите в WhatsApp или Viber, зарплата 1500 EUR.').map((g) => g.lang),
    ).toEqual(['ru']);
  });

  it('separates Ukrainian, Russian and Bulgarian by their own letters on short lines', () => {
    expect(detectLanguage('Шукаємо працівників на їхню ферму, є житло')).toBe('uk');
    expect(detectLanguage('Ищем работников на ферму, есть жильё и питание')).toBe('ru');
    expect(detectLanguage('Търсим работници за фермата, има квартира и храна')).toBe('bg');
  });

  it('recognises Romanian and Vietnamese typed without diacritics', () => {
    expect(
      detectLanguage('Cautam femei pentru curatenie in Italia, cazare si masa asigurate, plata la zi'),
    ).toBe('ro');
    expect(detectLanguage('Tuyen lao dong di Dai Loan, bao an o, luong cao, lien he ngay')).toBe('vi');
  });

  it('recognises Malay as the Indonesian/Malay language', () => {
    expect(
      detectLanguage('Kami sedang mencari pekerja kilang, gaji bulanan, sila hubungi syarikat kami'),
    ).toBe('id');
  });

  it('tells Japanese from Chinese by the kana around the Han characters', () => {
    expect(detectLanguage('東京のレストランでアルバイトを募集しています。時給は高いです。')).toBe('ja');
    expect(detectLanguage('东京餐厅招聘服务员，包吃包住，工资日结。')).toBe('zh');
  });

  it('scores are shares: sorted, between 0 and 1, summing to at most 1', () => {
    const guesses = detectLanguages(
      'Trabajo en Madrid para camareras. Good pay, apply today with your CV and photo.',
    );
    const scores = guesses.map((g) => g.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    expect(scores.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('only reads the head of a long text', () => {
    const head = `${HELD_OUT.es!.join(' ')} `.repeat(Math.ceil(SAMPLE_CHARS / 300));
    const tail = HELD_OUT.en!.join(' ').repeat(20);
    expect(detectLanguages(head + tail).map((g) => g.lang)).toEqual(['es']);
  });
});

describe('training data', () => {
  it('groups languages by the script of their own prose, so adding prose adds a language', () => {
    expect(languagesOf('cyrillic')).toEqual(['ru', 'uk', 'bg']);
    expect(languagesOf('latin')).toEqual(
      expect.arrayContaining(['en', 'es', 'pt', 'fr', 'ro', 'tl', 'id', 'vi']),
    );
    expect(languagesOf('latin')).not.toContain('ru');
  });
});
