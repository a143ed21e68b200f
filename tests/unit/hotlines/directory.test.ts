import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countriesWithHotlines,
  hotlineDirectory,
  hotlinesFor,
  telHref,
  whatsappHref,
} from '../../../src/hotlines/directory';
import raw from '../../../src/hotlines/hotlines.json';
import { hotlineDirectorySchema } from '../../../src/hotlines/schema';
import { HAS_SHARED_DATA, SHARED_DATA } from '../../support/shared-data';

describe('hotline directory', () => {
  const directory = hotlineDirectory();

  it('validates and covers at least 25 countries', () => {
    expect(hotlineDirectorySchema.safeParse(raw).success).toBe(true);
    expect(countriesWithHotlines().length).toBeGreaterThanOrEqual(25);
  });

  it('gives every entry a source URL, a checked date and who checked it', () => {
    for (const line of directory.hotlines) {
      expect(line.sourceUrl, line.id).toMatch(/^https?:\/\//);
      expect(line.checkedOn, line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(line.checkedOn)), line.id).toBe(false);
      expect(line.checkedBy.length, line.id).toBeGreaterThan(3);
    }
  });

  it('rejects an entry without a source URL or with a malformed checked date', () => {
    const [first] = directory.hotlines;
    const { sourceUrl: _drop, ...noSource } = first!;
    expect(hotlineDirectorySchema.safeParse({ ...raw, hotlines: [noSource] }).success).toBe(false);
    expect(
      hotlineDirectorySchema.safeParse({ ...raw, hotlines: [{ ...first, checkedOn: '23/11/2026' }] }).success,
    ).toBe(false);
    expect(hotlineDirectorySchema.safeParse({ ...raw, hotlines: [first, first] }).success).toBe(false);
  });

  it('marks as verified only entries from the team research, and says which', () => {
    for (const line of directory.hotlines) {
      if (line.verified) expect(line.checkedBy, line.id).toMatch(/research file|seed/);
    }
    expect(directory.hotlines.some((line) => !line.verified)).toBe(true);
  });

  it.skipIf(!HAS_SHARED_DATA)('finds every verified number verbatim in the research or seed files', () => {
    const research = join(SHARED_DATA, '..', 'research');
    const seeds = join(SHARED_DATA, '..', 'seeds');
    const corpus = [research, seeds]
      .flatMap((dir) => readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')))
      .join('\n');
    for (const line of directory.hotlines.filter((l) => l.verified)) {
      for (const value of [line.phone, line.sms, line.whatsapp, line.email].filter(Boolean)) {
        expect(corpus.includes(value as string), `${line.id}: ${value}`).toBe(true);
      }
    }
  });

  it('lists the primary line of a country first', () => {
    const us = hotlinesFor('us');
    expect(us[0]?.id).toBe('us-nhth');
    expect(us.length).toBeGreaterThan(1);
    expect(hotlinesFor('ZZ')).toEqual([]);
  });

  it('makes dialable links from numbers as the source wrote them', () => {
    expect(telHref('1-888-373-7888')).toBe('tel:18883737888');
    expect(telHref('+38 044 284-19-15')).toBe('tel:+380442841915');
    expect(whatsappHref('0811-129-129')).toBeNull();
    expect(whatsappHref('+52 800 5533 000')).toBe('https://wa.me/528005533000');
  });
});
