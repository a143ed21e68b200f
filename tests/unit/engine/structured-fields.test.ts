// Structured input: every field is read, evidence names the field it came from, and company "" (given but empty)
// differs from an absent company (docs/scoring.md).
import { describe, expect, it } from 'vitest';
import type { AdField, AdInput } from '../../../src/engine';
import { engineFromDisk } from '../../../src/engine/node-rules';
import { expectValidResult } from './helpers';

const engine = engineFromDisk();
const FIELDS: AdField[] = ['title', 'company', 'location', 'salary', 'description', 'contact', 'text'];

function fieldsOf(ad: AdInput, rule: string): AdField[] {
  const result = engine.scan(ad);
  expectValidResult(ad, result);
  return result.flags.filter((f) => f.rule === rule).map((f) => f.field);
}

describe('every structured field is used', () => {
  const ad: AdInput = {
    title: 'Hostess for VIP club',
    company: 'Private employer',
    location: 'Sihanoukville, Cambodia',
    salary: '$9,000 per week',
    description:
      'Online customer service and chat work. Free flight, no visa needed. Registration fee required.',
    contact: 'Contact only on WhatsApp',
  };

  it.each([
    ['title', 'lure.hostess'],
    ['company', 'employer.unverifiable'],
    ['location', 'compound.scam-jobs'],
    ['salary', 'pay.implausible'],
    ['description', 'fees.upfront'],
    ['contact', 'employer.messenger-only'],
  ] as const)('%s: %s is found there', (field, rule) => {
    expect(fieldsOf(ad, rule)).toContain(field);
  });

  it('the same words count in any field, and only once per rule in the score', () => {
    const inTitle = engine.scan({ title: 'Registration fee required', description: 'Factory work.' });
    const inBoth = engine.scan({
      title: 'Registration fee required',
      description: 'Registration fee required.',
    });
    expect(inTitle.flags.some((f) => f.rule === 'fees.upfront' && f.field === 'title')).toBe(true);
    expect(inBoth.score).toBe(inTitle.score);
  });

  it('text is used when no structured field is given', () => {
    expect(fieldsOf({ text: 'Registration fee required before you travel.' }, 'fees.upfront')).toEqual([
      'text',
    ]);
  });

  it('flag fields are always AdField names', () => {
    const result = engine.scan(ad);
    expect(result.flags.length).toBeGreaterThan(3);
    for (const f of [...result.flags, ...result.reassurances]) expect(FIELDS).toContain(f.field);
  });

  it('the id is passed through, and absent when not given', () => {
    expect(engine.scan({ id: 'ad-7', text: 'Warehouse job.' }).id).toBe('ad-7');
    expect('id' in engine.scan({ text: 'Warehouse job.' })).toBe(false);
  });
});

describe('company: "" (no employer named) versus absent (unknown)', () => {
  const base = {
    title: 'Office assistant',
    description: 'Office assistant needed for filing and phone calls in our office.',
  };

  it('company "" flags employer.unverifiable as an absent-evidence flag on the company field', () => {
    const result = engine.scan({ ...base, company: '' });
    const flag = result.flags.find((f) => f.rule === 'employer.unverifiable');
    expect(flag).toBeDefined();
    expect(flag).toMatchObject({ field: 'company', evidence: '', start: 0, end: 0, absent: true });
    expect(flag!.detail).toBeTruthy();
  });

  it('whitespace-only company counts as empty', () => {
    expect(fieldsOf({ ...base, company: '  \n ' }, 'employer.unverifiable')).toEqual(['company']);
  });

  it('absent company fires nothing about the employer', () => {
    const result = engine.scan(base);
    expect(result.flags.some((f) => f.rule === 'employer.unverifiable')).toBe(false);
    expect(result.score).toBeLessThan(engine.scan({ ...base, company: '' }).score);
  });

  it('a named company fires nothing about the employer', () => {
    expect(fieldsOf({ ...base, company: 'Harper & Lowe LLP' }, 'employer.unverifiable')).toEqual([]);
  });

  it('company "" with only free text (no title or description) does not flag', () => {
    expect(fieldsOf({ text: 'Office assistant needed.', company: '' }, 'employer.unverifiable')).toEqual([]);
  });
});
