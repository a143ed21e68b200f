// The hotline directory is data (hotlines.json), validated with zod wherever it is loaded: an entry without a
// source URL or a checked date is a build/test failure, never a silently shown number.
import { z } from 'zod';

const isoDate = z.iso.date();
const httpUrl = z.url({ protocol: /^https?$/ });
/** Digits, spaces, +, -, parentheses, as written by the source. */
const phone = z.string().regex(/^\+?[0-9 ()-]{2,40}$/, 'a phone number as written by the source');

export const hotlineKindSchema = z.enum(['ngo', 'government', 'law-enforcement']);
export const hotlineTopicSchema = z.enum([
  'trafficking',
  'labour',
  'fees',
  'migration',
  'children',
  'women',
  'detention',
  'general',
]);

export const hotlineSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
  organisation: z.string().min(2),
  name: z.string().min(2),
  kind: hotlineKindSchema,
  topics: z.array(hotlineTopicSchema).min(1),
  phone: phone.optional(),
  sms: phone.optional(),
  whatsapp: phone.optional(),
  tty: phone.optional(),
  /** Free text: a number or how to call from abroad. */
  fromAbroad: z.string().min(2).optional(),
  webForm: httpUrl.optional(),
  website: httpUrl.optional(),
  email: z.email().optional(),
  /** ISO 639 codes of languages the line says it answers in (may be empty when the source does not say). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)),
  languagesNote: z.string().optional(),
  hours: z.string().optional(),
  /** One line: what happens when you contact this line (English, from the source). */
  onContact: z.string().min(10).max(240),
  sourceUrl: httpUrl,
  sources: z.array(httpUrl).optional(),
  /** Where the number also appears in the seed documents. */
  seedRef: z.string().optional(),
  checkedOn: isoDate,
  checkedBy: z.string().min(3),
  /** True only when the number/URL appears verbatim in the team's research or seed files. */
  verified: z.boolean(),
  /** The first line to show for the country. */
  primary: z.boolean().optional(),
});

export const globalDirectorySchema = z.strictObject({
  name: z.string().min(2),
  organisation: z.string().min(2),
  url: httpUrl,
  sourceUrl: httpUrl,
  checkedOn: isoDate,
  checkedBy: z.string().min(3),
  verified: z.boolean(),
});

export const hotlineDirectorySchema = z
  .strictObject({
    version: z.literal(1),
    global: globalDirectorySchema,
    hotlines: z.array(hotlineSchema).min(1),
  })
  .superRefine((dir, ctx) => {
    const ids = new Set<string>();
    for (const [i, line] of dir.hotlines.entries()) {
      if (ids.has(line.id))
        ctx.addIssue({ code: 'custom', path: ['hotlines', i, 'id'], message: 'duplicate id' });
      ids.add(line.id);
      if (!line.id.startsWith(`${line.country.toLowerCase()}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['hotlines', i, 'id'],
          message: 'id must start with the country',
        });
      }
      if (!line.phone && !line.webForm && !line.email && !line.website && !line.whatsapp && !line.sms) {
        ctx.addIssue({ code: 'custom', path: ['hotlines', i], message: 'no way to contact this line' });
      }
    }
  });

export type Hotline = z.infer<typeof hotlineSchema>;
export type HotlineKind = z.infer<typeof hotlineKindSchema>;
export type GlobalDirectory = z.infer<typeof globalDirectorySchema>;
export type HotlineDirectory = z.infer<typeof hotlineDirectorySchema>;
