// Turns CLI input rows (JSONL objects, CSV records) into engine AdInput, validated with zod.
import { z } from 'zod';
import type { AdInput } from '../engine/types';

const text = z.union([z.string(), z.number()]).transform(String).optional();

/** One ad row: either {"id","text"} or structured fields. EMSCAD rows are mapped as documented in docs/scoring.md. */
export const adRowSchema = z
  .looseObject({
    id: z.union([z.string(), z.number()]).transform(String).optional(),
    text,
    title: text,
    company: text,
    company_profile: text,
    location: text,
    salary: text,
    salary_range: text,
    description: text,
    requirements: text,
    benefits: text,
    contact: text,
    url: text,
    lang: z.string().optional(),
    label: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .refine((r) => [r.text, r.title, r.description, r.company_profile, r.requirements].some((v) => v?.trim()), {
    message: 'the ad has no text: give "text" or "title"/"description"',
  });

export type AdRow = z.infer<typeof adRowSchema>;

/**
 * Structured rows win over "text": title, company (or company_profile: an empty profile means the ad names no
 * employer), location, salary (or salary_range), description + requirements + benefits.
 */
export function rowToAd(row: AdRow, fallbackId: string): AdInput {
  const ad: AdInput = { id: row.id ?? fallbackId };
  const structured =
    row.title !== undefined || row.description !== undefined || row.company_profile !== undefined;
  if (structured) {
    if (row.title) ad.title = row.title;
    const company = row.company ?? row.company_profile;
    if (company !== undefined) ad.company = company;
    if (row.location) ad.location = row.location;
    const salary = row.salary ?? row.salary_range;
    if (salary) ad.salary = salary;
    const description = [row.description, row.requirements, row.benefits]
      .filter((v) => v?.trim())
      .join('\n\n');
    if (description) ad.description = description;
    else if (row.text) ad.description = row.text;
    if (row.contact) ad.contact = row.contact;
  } else if (row.text) ad.text = row.text;
  if (row.url) ad.url = row.url;
  if (row.lang) ad.lang = row.lang;
  return ad;
}
