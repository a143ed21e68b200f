// A secondary language pack also runs on English ads (ads mix languages, and language detection can offer a second
// guess), so no non-English pack may raise on ordinary English wording a sign that the English pack itself does not
// raise: e.g. the French pack once flagged "Urgent care nurse" as pressure to decide fast.
import { describe, expect, it } from 'vitest';
import { engineFromDisk } from '../../../src/engine/node-rules';

const OTHER_PACKS = ['es', 'pt', 'fr', 'ro', 'tl', 'id', 'ru', 'uk', 'bg', 'vi', 'th', 'zh'];
/** Rules raised from structure rather than wording; every pack raises them alike. */
const STRUCTURAL_ONLY = new Set(['employer.unverifiable', 'ad.few-details']);

const ORDINARY_ENGLISH_ADS = [
  'Urgent care nurse (RN) needed for our walk-in clinic. Competitive salary, benefits, 401k.',
  'Urgent Care Medical Assistant - full time, day shifts. Apply online.',
  'Warehouse associate: picking and packing, forklift a plus. $17/hour, weekly pay, overtime available.',
  'We never charge fees to candidates. No fees at any stage. Hiring caregivers for elderly care homes in Leeds.',
  'Customer service representative, hybrid: work from home 2 days a week. Interview by video call with our HR team.',
  'Administrative Assistant needed for a busy law firm. Data entry, filing, answering phones. $45,000 a year.',
  'Sales associate at our retail store. You will sell gift cards and help customers. Paid monthly.',
  'Home care aide: visit clients in their homes, help with daily tasks. Paid training and mileage.',
  'Remote senior software engineer, work from anywhere. Interviews in person in Berlin, relocation package.',
  'Our corporate employee referral scheme pays a referral bonus when a friend you recommend is hired.',
];

describe('non-English packs on ordinary English ads', () => {
  const engine = engineFromDisk();

  it.each(ORDINARY_ENGLISH_ADS)('auto-detected scan raises only English flags: %s', (text) => {
    const r = engine.scan({ text });
    const foreign = r.flags
      .filter((f) => f.lang !== 'en')
      .map((f) => `${f.rule} [${f.lang}] «${f.evidence}»`);
    expect(foreign).toEqual([]);
  });

  it.each(ORDINARY_ENGLISH_ADS)(
    'each pack, even when forced, adds no sign English does not raise: %s',
    (text) => {
      const english = new Set(engine.scan({ text, lang: 'en' }).flags.map((f) => f.rule));
      const extra: string[] = [];
      for (const lang of OTHER_PACKS)
        for (const f of engine.scan({ text, lang }).flags)
          if (f.lang === lang && !english.has(f.rule) && !STRUCTURAL_ONLY.has(f.rule))
            extra.push(`${lang}: ${f.rule} «${f.evidence}»`);
      expect(extra).toEqual([]);
    },
  );
});
