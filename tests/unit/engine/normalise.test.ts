// Normalisation and tokenisation: what the matchers see, and the offset map back to the text the user sees.
import { describe, expect, it } from 'vitest';
import { foldAccents, normalise, originalSpan } from '../../../src/engine/normalise';
import { phraseWords, segmentWords, tokenAt, tokenise } from '../../../src/engine/tokenise';
import { prng } from './helpers';

const norm = (s: string) => normalise(s).text;

/** The map is monotone, one entry per output character plus the end, and always inside the original. */
function expectSaneMap(original: string): void {
  const { text, map } = normalise(original);
  expect(map.length).toBe(text.length + 1);
  expect(map[text.length]).toBe(original.length);
  for (let i = 0; i < text.length; i++) {
    expect(map[i]).toBeGreaterThanOrEqual(0);
    expect(map[i]).toBeLessThan(original.length);
    if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
  }
}

describe('normalise', () => {
  it('applies NFKC: full-width forms and ligatures', () => {
    expect(norm('ＰＡＳＳＰＯＲＴ')).toBe('passport');
    expect(norm('ﬁrst ﬂight')).toBe('first flight');
    expect(norm('①')).toBe('1');
  });

  it('lower-cases every script', () => {
    expect(norm('Free FLIGHT')).toBe('free flight');
    expect(norm('ПАСПОРТ')).toBe('паспорт');
    expect(norm('ÉTÉ Ñandú')).toBe('été ñandú');
  });

  it('turns curly quotes and dashes into ASCII', () => {
    expect(norm('don\u2019t \u201cfree\u201d \u2014 visa\u2013ticket')).toBe('don\'t "free" - visa-ticket');
  });

  it('collapses whitespace runs, keeps a line break as a clause break, trims the ends', () => {
    expect(norm('  free \t\u00a0 flight  ')).toBe('free flight');
    expect(norm('free  \r\n  flight')).toBe('free\nflight');
    expect(norm('free\u2028flight')).toBe('free\nflight');
  });

  it('drops zero-width characters and soft hyphens', () => {
    expect(norm('pass\u200bport')).toBe('passport');
    expect(norm('pa\u00adss\u200dpo\ufeffrt')).toBe('passport');
  });

  it('turns emoji (with skin tones, flags, keycaps) into spaces', () => {
    expect(norm('free✈️flight')).toBe('free flight');
    expect(norm('💰💰 big money 👍🏽')).toBe('big money');
    expect(norm('jobs 🇦🇪 dubai')).toBe('jobs dubai');
  });

  it('repairs look-alike digits and symbols inside words', () => {
    expect(norm('p@ssp0rt')).toBe('passport');
    expect(norm('l0an')).toBe('loan');
    expect(norm('fre3 fl1ght')).toBe('free flight');
    expect(norm('p@ssport,')).toBe('passport,');
  });

  it('leaves money, handles, codes and numbers alone', () => {
    expect(norm('$50')).toBe('$50');
    expect(norm('@name')).toBe('@name');
    expect(norm('5000usd')).toBe('5000usd');
    expect(norm('covid19')).toBe('covid19');
    expect(norm('1,500 a day')).toBe('1,500 a day');
  });

  it('joins spaced-out letters (4 or more), not short runs', () => {
    expect(norm('your p a s s p o r t now')).toBe('your passport now');
    expect(norm('p.a.s.s.p.o.r.t')).toBe('passport');
    expect(norm('a b c')).toBe('a b c');
    expect(norm('п а с п о р т')).toBe('паспорт');
  });

  it('maps every output character back to the character that produced it', () => {
    const original = 'Ａ  ﬁne p a s s p o r t\u200b 😀 Xyz';
    const { text, map } = normalise(original);
    expect(text).toBe('a fine passport xyz');
    expect(map[0]).toBe(0); // "ａ"
    expect(map[2]).toBe(3); // "f" from "ﬁ"
    expect(map[3]).toBe(3); // "i" from the same "ﬁ"
    expect(original[map[text.indexOf('passport')]!]).toBe('p');
    expect(original[map[text.indexOf('passport') + 7]!]).toBe('t');
    expect(original[map[text.length - 3]!]).toBe('X');
    expectSaneMap(original);
  });

  it('originalSpan recovers exact original substrings, including astral characters at the end', () => {
    const original = 'Keep 𝐏𝐀𝐒𝐒𝐏𝐎𝐑𝐓 now';
    const n = normalise(original);
    expect(n.text).toBe('keep passport now');
    const s = n.text.indexOf('passport');
    const span = originalSpan(n, original, s, s + 'passport'.length);
    expect(original.slice(span.start, span.end)).toBe('𝐏𝐀𝐒𝐒𝐏𝐎𝐑𝐓');
  });

  // Regression: a character whose normalised form is an astral code point (two UTF-16 units, e.g. U+10000 or
  // CJK Extension B U+20BB7) once got one map entry instead of two, shifting every later offset by one.
  it('keeps a sane offset map on random Unicode (seeded, includes astral characters)', () => {
    const rand = prng(7);
    const pool = [
      'a',
      'Z',
      ' ',
      '\n',
      '\u200b',
      'ﬁ',
      '😀',
      '\ud800',
      '\udc00',
      'é',
      'ｐ',
      '@',
      '0',
      '.',
      '中',
      'ไ',
      '\u202e',
      '\u0000',
    ];
    for (let i = 0; i < 200; i++) {
      let s = '';
      const len = Math.floor(rand() * 60);
      for (let k = 0; k < len; k++) s += pool[Math.floor(rand() * pool.length)];
      expectSaneMap(s);
    }
  });

  it('keeps one map entry per UTF-16 unit for astral characters NFKC leaves alone (regression)', () => {
    // U+20BB7 (CJK Extension B) and U+10000: two UTF-16 units each. The map once had one entry for both, which
    // shifted every later offset by one.
    for (const original of ['\u{20BB7} fee', 'a\u{10000}b', 'Z\u{10000}']) {
      expectSaneMap(original);
      const { text, map } = normalise(original);
      expect(text.length).toBe(original.length);
      expect(original.slice(map[text.length - 1]!)).toBe([...original].at(-1));
    }
  });

  it('keeps a sane offset map on random BMP text (lone surrogates, marks, controls)', () => {
    const rand = prng(11);
    const pool = [
      'a',
      'Z',
      ' ',
      '\n',
      '\u200b',
      'ﬁ',
      '\ud800',
      '\udc00',
      'é',
      'ｐ',
      '@',
      '0',
      '.',
      '中',
      'ไ',
      '\u202e',
      '\u0000',
      '\u0301',
    ];
    for (let i = 0; i < 200; i++) {
      let s = '';
      const len = Math.floor(rand() * 60);
      for (let k = 0; k < len; k++) s += pool[Math.floor(rand() * pool.length)];
      // Keep lone surrogates lone: a high one directly before a low one would form an astral pair.
      expectSaneMap(s.replace(/[\ud800-\udbff](?=[\udc00-\udfff])/g, 'x'));
    }
  });

  it('handles the empty string', () => {
    const n = normalise('');
    expect(n.text).toBe('');
    expect([...n.map]).toEqual([0]);
  });
});

describe('foldAccents', () => {
  it('removes accents one character for one', () => {
    expect(foldAccents('inscripción más información')).toBe('inscripcion mas informacion');
    expect(foldAccents('façade')).toBe('facade');
    const s = 'trabajo en españa, pasaporté';
    expect(foldAccents(s).length).toBe(s.length);
  });

  it('leaves characters whose base form has another length or script untouched', () => {
    expect(foldAccents('中文 ไทย')).toBe('中文 ไทย');
    expect(foldAccents('паспорт')).toBe('паспорт');
  });
});

describe('tokenise', () => {
  it('splits words with offsets into the normalised text', () => {
    const text = norm('Free flight, no visa needed.');
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.t)).toEqual(['free', 'flight', 'no', 'visa', 'needed']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.t);
  });

  it('counts clauses (commas, semicolons, line breaks) and sentences (full stops, ! ?)', () => {
    const tokens = tokenise('we never charge fees, but a deposit is needed. pay now!\nthen go');
    const by = (w: string) => tokens.find((t) => t.t === w)!;
    expect(by('fees').clause).toBe(by('we').clause);
    expect(by('deposit').clause).toBe(by('fees').clause + 1);
    expect(by('deposit').sentence).toBe(by('fees').sentence);
    expect(by('pay').sentence).toBe(by('fees').sentence + 1);
    expect(by('then').sentence).toBe(by('pay').sentence + 1);
  });

  it('does not break clauses or sentences inside numbers', () => {
    const tokens = tokenise('earn 1,500 or 3.5 k');
    expect(new Set(tokens.map((t) => t.clause)).size).toBe(1);
    expect(new Set(tokens.map((t) => t.sentence)).size).toBe(1);
  });

  it('treats CJK punctuation as breaks', () => {
    const tokens = tokenise('报名费，护照。工作');
    expect(tokens.length).toBe(3);
    expect(tokens[1]!.clause).toBe(tokens[0]!.clause + 1);
    expect(tokens[2]!.sentence).toBe(tokens[1]!.sentence + 1);
  });

  it('phraseWords splits like ad text, tokenAt finds the token containing a position', () => {
    expect(phraseWords("don't pay-now")).toEqual(['don', 't', 'pay', 'now']);
    const tokens = tokenise('free flight to dubai');
    expect(tokenAt(tokens, 0)).toBe(0);
    expect(tokenAt(tokens, 6)).toBe(1);
    expect(tokenAt(tokens, 4)).toBe(1); // the space after "free" belongs before "flight"
    expect(tokenAt(tokens, 100)).toBe(tokens.length);
  });
});

describe('segmentWords (Intl.Segmenter, languages written without spaces)', () => {
  it('splits a Thai run into words with offsets, where tokenise sees one word', () => {
    const text = norm('ไม่ต้องจ่ายค่าสมัคร');
    expect(tokenise(text).length).toBe(1);
    const tokens = segmentWords(text, 'th');
    expect(tokens.length).toBeGreaterThan(2);
    expect(tokens.map((t) => t.t).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.t);
    expect(new Set(tokens.map((t) => t.clause)).size).toBe(1);
  });

  it('splits Chinese, with CJK punctuation as clause and sentence breaks', () => {
    const tokens = segmentWords('招聘服务员，不收报名费。工作不错', 'zh');
    const words = tokens.map((t) => t.t);
    expect(words).toContain('不错');
    const fee = tokens.find((t) => t.t.includes('报名'))!;
    expect(fee.clause).toBe(tokens[0]!.clause + 1);
    expect(tokens.at(-1)!.sentence).toBe(fee.sentence + 1);
  });

  it('treats a space between Thai words as a clause break', () => {
    const tokens = segmentWords('ไม่ต้องลงทุน รับงานไปทำที่บ้าน', 'th');
    expect(tokens.at(-1)!.clause).toBe(tokens[0]!.clause + 1);
  });

  it('segments long text in pieces without splitting words at the cuts', () => {
    const phrase = 'ไม่ต้องจ่ายค่าสมัคร ';
    const one = segmentWords(phrase, 'th').map((t) => t.t);
    const long = phrase.repeat(200); // 4,000 characters: several pieces
    const tokens = segmentWords(long, 'th');
    expect(tokens.map((t) => t.t)).toEqual(Array.from({ length: 200 }, () => one).flat());
    for (const t of tokens) expect(long.slice(t.start, t.end)).toBe(t.t);
  });
});
