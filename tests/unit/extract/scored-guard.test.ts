// The content script's hand-written guard and the zod schema must accept and reject the same replies.
import { describe, expect, it } from 'vitest';
import { parseAdsScored } from '../../../src/content/scored-guard';
import { adsScoredSchema } from '../../../src/shared/scored';

const flag = {
  rule: 'passport-held',
  category: 'control',
  evidence: 'keeps your passport',
  field: 'description',
  start: 4,
  end: 23,
  explanation: { title: 'Passport kept by the employer', why: 'Why…', ask: 'Ask…' },
};
const good = {
  results: [
    { index: 0, score: 7, level: 'high', flags: [flag] },
    { index: 1, score: 0, level: 'none', flags: [] },
  ],
  badgeLevel: 'medium',
  badgesEnabled: true,
};

const variants: Array<[string, unknown]> = [
  ['a good reply', good],
  ['null', null],
  ['an error reply', { error: 'boom' }],
  ['an unknown level', { ...good, results: [{ ...good.results[0], level: 'severe' }] }],
  ['a negative index', { ...good, results: [{ ...good.results[0], index: -1 }] }],
  [
    'a flag without explanation',
    { ...good, results: [{ ...good.results[0], flags: [{ ...flag, explanation: undefined }] }] },
  ],
  ['badgeLevel none', { ...good, badgeLevel: 'none' }],
  ['badgesEnabled missing', { results: [], badgeLevel: 'low' }],
  ['a float start', { ...good, results: [{ ...good.results[0], flags: [{ ...flag, start: 1.5 }] }] }],
];

describe('parseAdsScored agrees with adsScoredSchema', () => {
  it.each(variants)('%s', (_name, reply) => {
    const zodOk = adsScoredSchema.safeParse(reply).success;
    expect(parseAdsScored(reply) !== null).toBe(zodOk);
  });

  it('accepts the good reply', () => {
    expect(parseAdsScored(good)?.results).toHaveLength(2);
  });
});
