// zod schema for rules/pay.json: pay ceilings per kind of job and approximate exchange rates.
import { z } from 'zod';

export const payConfigSchema = z.strictObject({
  formatVersion: z.literal(1),
  /** ISO 4217 code all ceilings are expressed in. */
  referenceCurrency: z.string().regex(/^[A-Z]{3}$/),
  /** When the rates were taken; they are approximate and only used to compare orders of magnitude. */
  ratesDate: z.string().min(4),
  ratesNote: z.string().min(10),
  /** Value of one unit of each currency in the reference currency. */
  rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
  /** Conversions of a period's pay to a monthly figure. */
  perMonth: z.strictObject({
    hour: z.number().positive(),
    day: z.number().positive(),
    week: z.number().positive(),
  }),
  /** Monthly pay above which an offer is implausible for the kind of job (keys are pack jobKinds names). */
  monthlyCeiling: z.record(z.string().min(1), z.number().positive()),
  /** Ceiling used when no kind of job is recognised: only extreme amounts flag. */
  unknownKindCeiling: z.number().positive(),
  /** Kinds of job that are never judged implausible below this monthly amount (skilled work pays well). */
  skilledKinds: z.array(z.string().min(1)),
  skilledCeiling: z.number().positive(),
  /** Daily pay above which a "per day" chat or typing job is implausible. */
  perDayKinds: z.array(z.string().min(1)),
  perDayCeiling: z.number().positive(),
  /** With no period given, amounts at or above this (in the reference currency) are read as yearly. */
  yearlyIfNoPeriodAbove: z.number().positive(),
  sources: z.array(
    z.strictObject({ document: z.string().min(1), quote: z.string().min(3), url: z.url().optional() }),
  ),
});

export type PayConfig = z.infer<typeof payConfigSchema>;
