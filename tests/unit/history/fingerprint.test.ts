import { describe, expect, it } from 'vitest';
import { fingerprintAd, fnv1a64, normaliseText } from '../../../src/history/fingerprint';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes non-ASCII text by its UTF-8 bytes', () => {
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('трудоустройство')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('fingerprintAd', () => {
  const text = 'Hostess work abroad, 5000 USD a month. Ticket paid, repaid from wages!';

  it('ignores case, punctuation and spacing, so a repost is the same ad', () => {
    const repost = '  HOSTESS work abroad 5000 usd a month —\n ticket paid; repaid from wages ';
    expect(fingerprintAd({ text: repost })).toBe(fingerprintAd({ text }));
    expect(normaliseText('Ｈｏｓｔｅｓｓ')).toBe('hostess'); // full-width forms fold (NFKC)
  });

  it('keeps ads apart when words or numbers differ', () => {
    expect(fingerprintAd({ text: text.replace('5000', '9000') })).not.toBe(fingerprintAd({ text }));
    expect(fingerprintAd({ text: text.replace('Hostess', 'Waitress') })).not.toBe(fingerprintAd({ text }));
  });

  it('uses the title only when the text is too short to identify the ad', () => {
    expect(fingerprintAd({ title: 'A', text: 'Call now' })).not.toBe(
      fingerprintAd({ title: 'B', text: 'Call now' }),
    );
    expect(fingerprintAd({ title: 'A', text })).toBe(fingerprintAd({ title: 'B', text }));
  });
});
