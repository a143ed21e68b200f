// zod schemas for rule files: the catalogue (what each rule is, where it comes from) and one pack per
// language (how the rule is written in that language). Validated at build time and again at load time.
import { z } from 'zod';

export const RULE_FORMAT_VERSION = 1;

const ruleId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'rule ids look like "family.name", e.g. "fees.upfront"');

export const sourceRefSchema = z.strictObject({
  document: z.string().min(1),
  lines: z
    .string()
    .regex(/^L\d+(-\d+)?(, ?L\d+(-\d+)?)*$/, 'lines look like "L109-110"')
    .optional(),
  quote: z.string().min(3).max(400),
  url: z.url().optional(),
});

export const catalogueRuleSchema = z.strictObject({
  id: ruleId,
  category: z.string().min(1),
  kind: z.enum(['structural', 'context']),
  /** Points this rule adds to the score (structural) or the multiplier it brings to structural ones (context). */
  weight: z.number().min(0).max(100),
  /** True when no seed document supports the rule and it rests on the public sources cited. */
  heuristic: z.boolean(),
  sources: z.array(sourceRefSchema).min(1),
  /** Optional: context rules that raise this rule's weight when present in the same ad. */
  boostedBy: z.array(ruleId).optional(),
  /**
   * Optional: "lure" rules name a risky offer (modelling, hostess, marriage...) but no mechanism of control;
   * an ad whose only flags are lures stays at level low at most. Default "mechanism".
   */
  role: z.enum(['mechanism', 'lure']).optional(),
  /** Optional: the rule only fires when at least one of these rules also matched the same ad. */
  requiresAny: z.array(ruleId).optional(),
});

export const catalogueSchema = z.strictObject({
  formatVersion: z.literal(RULE_FORMAT_VERSION),
  rules: z.array(catalogueRuleSchema).min(1),
});

export const explanationSchema = z.strictObject({
  title: z.string().min(2).max(120),
  why: z.string().min(10).max(600),
  ask: z.string().min(10).max(600),
});

/**
 * How one rule is written in one language.
 * - phrases: literal words, matched on whole normalised tokens (case, accents in Latin scripts where the pack
 *   says so, obfuscation and spacing normalised first).
 * - patterns: constrained regular expressions on the normalised text (no backreferences, no lookbehind,
 *   no nested quantifiers; checked when rules are built).
 * - exceptions: if one of these matches around a hit, the hit is dropped (e.g. "passport photo").
 * - reassure: wording that says the opposite in a trustworthy way ("we never charge fees"); counted as reassurance.
 */
export const packRuleSchema = z.strictObject({
  phrases: z.array(z.string().min(1).max(120)).default([]),
  patterns: z.array(z.string().min(1).max(600)).default([]),
  exceptions: z.array(z.string().min(1).max(600)).default([]),
  reassure: z.array(z.string().min(1).max(600)).default([]),
  explanation: explanationSchema.optional(),
  /**
   * Optional: the ad fields this rule's phrases and patterns are matched in (e.g. ["title"] for a rule about job
   * titles); default every field. "text" is an ad given as one block, without fields.
   */
  fields: z
    .array(z.enum(['title', 'company', 'location', 'salary', 'description', 'contact', 'text']))
    .min(1)
    .optional(),
});

export const periodSchema = z.enum(['hour', 'day', 'week', 'month', 'year']);

export const moneyFormatSchema = z.strictObject({
  /** Decimal separator used in this language's number format. */
  decimal: z.enum(['.', ',']),
  /** Thousands separators that may appear (e.g. [".", " "] for "1.500,00" and "30 000"). */
  group: z.array(z.string().min(1).max(2)),
  /** Currency symbols, codes and words → ISO 4217 code (e.g. {"€": "EUR", "euro": "EUR"}). */
  currencies: z.record(z.string().min(1), z.string().regex(/^[A-Z]{3}$/)),
  /** Number words or suffixes that multiply (e.g. {"k": 1000, "triệu": 1000000, "万": 10000}). */
  multipliers: z.record(z.string().min(1), z.number().positive()).default({}),
  /** Words that give the pay period, per period. */
  periods: z.record(periodSchema, z.array(z.string().min(1))),
  /**
   * Optional: words that introduce a pay amount, by the period they state ("月薪" → month, "lương tháng" → month) or
   * "any" when they state none ("lương", "salario"). An amount right after one is read as pay (period from the word
   * unless one follows the amount); with defaultCurrency, it needs no currency word ("月薪2万", "lương 15 triệu").
   */
  payWords: z
    .partialRecord(z.enum(['any', 'hour', 'day', 'week', 'month', 'year']), z.array(z.string().min(1)))
    .optional(),
  /** Optional: currency assumed for a bare number in a salary field (e.g. "40000-60000"), and for an amount with a
   *  pay word before it or with a multiplier and a period ("15 triệu/tháng"). */
  defaultCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

export const packSchema = z.strictObject({
  formatVersion: z.literal(RULE_FORMAT_VERSION),
  /** ISO 639-1 code, e.g. "es"; "zh" for Chinese (simplified). */
  lang: z.string().regex(/^[a-z]{2,3}$/),
  /** Name of the language in that language. */
  name: z.string().min(2),
  /** "spaces": words split on spaces; "segmenter": Intl.Segmenter splits words (Thai, Chinese). */
  segmentation: z.enum(['spaces', 'segmenter']),
  /** Negation cues for this language; a hit within `window` tokens after a cue is a negated mention. */
  negation: z.strictObject({
    before: z.array(z.string().min(1)),
    after: z.array(z.string().min(1)).default([]),
    window: z.number().int().min(1).max(8).default(4),
    /**
     * Optional: words that end a negation's reach, such as conjunctions ("and", "at", "dan", "y", "и", "和"):
     * in "no days off and not allowed to leave", "no" does not reach "not allowed to leave".
     */
    stopAt: z.array(z.string().min(1)).optional(),
  }),
  money: moneyFormatSchema,
  /** Words naming kinds of job, used to judge whether a stated pay is plausible. */
  jobKinds: z.record(z.string().min(1), z.array(z.string().min(1))),
  rules: z.record(ruleId, packRuleSchema),
  /** Optional: match phrases without accents too (e.g. "pasaporte" also matches "pasaporté"; for es, pt, fr, ro). */
  foldAccents: z.boolean().optional(),
  /** Optional: word endings stripped when a phrase word does not match as written (e.g. ["s", "es"] for English). */
  inflections: z.array(z.string().min(1).max(6)).optional(),
});

export type SourceRefData = z.infer<typeof sourceRefSchema>;
export type CatalogueRule = z.infer<typeof catalogueRuleSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type PackRule = z.infer<typeof packRuleSchema>;
export type Pack = z.infer<typeof packSchema>;
export type MoneyFormat = z.infer<typeof moneyFormatSchema>;
export type Period = z.infer<typeof periodSchema>;
