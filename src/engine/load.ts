// Loads rule files (already parsed JSON) into a compiled RuleSet. Never throws on bad data: every problem becomes
// a RuleFileError naming the file, the rule and the field; a broken pack is skipped, a broken catalogue rule is
// skipped, and the rest still loads.
import type { z } from 'zod';
import { type CompiledPack, catalogueMap, compilePack, type RuleSet } from './compile';
import { PackMap } from './pack-map';
import { type PayConfig, payConfigSchema } from './pay-schema';
import {
  type CatalogueRule,
  catalogueRuleSchema,
  catalogueSchema,
  packSchema,
  RULE_FORMAT_VERSION,
} from './rule-schema';

export type { RuleSet } from './compile';

export interface RuleFileError {
  file: string;
  /** Rule id when the problem is inside one rule. */
  rule?: string;
  /** Path of the field, e.g. "rules.fees.upfront.patterns[2]". */
  field?: string;
  message: string;
  /** True when the whole file was skipped. */
  fatal: boolean;
}

export interface RuleFileInput {
  file: string;
  data: unknown;
}

export interface LoadInput {
  catalogue: RuleFileInput;
  packs: RuleFileInput[];
  /** rules/pay.json; without it the pay-plausibility check is off. */
  pay?: RuleFileInput;
}

export function formatRuleFileError(e: RuleFileError): string {
  const where = [e.file, e.rule ? `rule "${e.rule}"` : null, e.field ? `field ${e.field}` : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${e.message}`;
}

function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

function zodErrors(
  file: string,
  error: z.ZodError,
  ruleFromPath: (path: readonly PropertyKey[]) => string | undefined,
  fatal: boolean,
): RuleFileError[] {
  return error.issues.map((issue) => ({
    file,
    rule: ruleFromPath(issue.path),
    field: pathOf(issue.path),
    message: issue.message,
    fatal,
  }));
}

export interface LoadOptions {
  /** Also time every pattern on adversarial text (build-time check). The static safety check always runs. */
  timedRegexCheck?: boolean;
  /**
   * Compile each pack the first time the engine uses it (faster start-up). Packs are still validated at load;
   * problems found while compiling a pack later (a skipped pattern) are appended to the returned `errors` array
   * then. Build checks leave this off so every problem is reported at once.
   */
  lazyPacks?: boolean;
}

export function loadRuleSet(
  input: LoadInput,
  options: LoadOptions = {},
): { ruleSet: RuleSet | null; errors: RuleFileError[] } {
  const errors: RuleFileError[] = [];
  const catalogue = loadCatalogue(input.catalogue, errors);
  if (!catalogue) return { ruleSet: null, errors };
  const rules = catalogueMap({ formatVersion: RULE_FORMAT_VERSION, rules: catalogue });
  checkReferences(input.catalogue.file, rules, errors);

  const packs = new PackMap();
  for (const file of input.packs) {
    const parsed = packSchema.safeParse(file.data);
    if (!parsed.success) {
      const data = file.data as { rules?: Record<string, unknown> } | null;
      errors.push(
        ...zodErrors(
          file.file,
          parsed.error,
          (path) => (path[0] === 'rules' && typeof path[1] === 'string' ? path[1] : undefined),
          true,
        ),
      );
      if (data && typeof data !== 'object')
        errors.push({ file: file.file, message: 'not a JSON object', fatal: true });
      continue;
    }
    if (packs.has(parsed.data.lang)) {
      errors.push({
        file: file.file,
        field: 'lang',
        message: `a pack for "${parsed.data.lang}" is already loaded (skipped)`,
        fatal: true,
      });
      continue;
    }
    const expected = /([a-z]{2,3})\.json$/.exec(file.file)?.[1];
    if (expected && expected !== parsed.data.lang)
      errors.push({
        file: file.file,
        field: 'lang',
        message: `lang "${parsed.data.lang}" does not match the file name`,
        fatal: false,
      });
    const compile = (): CompiledPack => {
      const { pack, problems } = compilePack(parsed.data, rules, options.timedRegexCheck === true);
      for (const p of problems)
        errors.push({ file: file.file, rule: p.rule, field: p.field, message: p.message, fatal: false });
      return pack;
    };
    if (options.lazyPacks) packs.setLazy(parsed.data.lang, compile);
    else packs.set(parsed.data.lang, compile());
  }

  let pay: PayConfig | null = null;
  if (input.pay) {
    const parsed = payConfigSchema.safeParse(input.pay.data);
    if (parsed.success) pay = parsed.data;
    else errors.push(...zodErrors(input.pay.file, parsed.error, () => undefined, true));
  }
  return { ruleSet: { catalogue: rules, packs, pay }, errors };
}

function loadCatalogue(file: RuleFileInput, errors: RuleFileError[]): CatalogueRule[] | null {
  const data = file.data as { formatVersion?: unknown; rules?: unknown } | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    errors.push({
      file: file.file,
      message: 'the catalogue must be a JSON object with "formatVersion" and "rules"',
      fatal: true,
    });
    return null;
  }
  const whole = catalogueSchema.safeParse(data);
  if (whole.success) return whole.data.rules;
  if (data.formatVersion !== RULE_FORMAT_VERSION || !Array.isArray(data.rules)) {
    errors.push(...zodErrors(file.file, whole.error, () => undefined, true));
    return null;
  }
  // Keep the good rules, report and skip the bad ones.
  const good: CatalogueRule[] = [];
  const seen = new Set<string>();
  data.rules.forEach((raw, i) => {
    const parsed = catalogueRuleSchema.safeParse(raw);
    const id = (raw as { id?: unknown } | null)?.id;
    const ruleId = typeof id === 'string' ? id : undefined;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          file: file.file,
          rule: ruleId,
          field: `rules[${i}].${pathOf(issue.path)}`,
          message: `${issue.message} (rule skipped)`,
          fatal: false,
        });
      return;
    }
    if (seen.has(parsed.data.id)) {
      errors.push({
        file: file.file,
        rule: parsed.data.id,
        field: `rules[${i}].id`,
        message: 'duplicate rule id (skipped)',
        fatal: false,
      });
      return;
    }
    seen.add(parsed.data.id);
    good.push(parsed.data);
  });
  if (good.length === 0) {
    errors.push({ file: file.file, message: 'no valid rule in the catalogue', fatal: true });
    return null;
  }
  return good;
}

function checkReferences(file: string, rules: Map<string, CatalogueRule>, errors: RuleFileError[]): void {
  for (const rule of rules.values()) {
    for (const [field, ids] of [
      ['boostedBy', rule.boostedBy ?? []],
      ['requiresAny', rule.requiresAny ?? []],
    ] as const) {
      for (const id of ids) {
        const target = rules.get(id);
        if (!target)
          errors.push({
            file,
            rule: rule.id,
            field,
            message: `refers to unknown rule "${id}"`,
            fatal: false,
          });
        else if (field === 'boostedBy' && target.kind !== 'context')
          errors.push({ file, rule: rule.id, field, message: `"${id}" is not a context rule`, fatal: false });
      }
    }
  }
}
