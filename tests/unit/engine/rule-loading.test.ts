// Rule loading never throws: every problem in a rule file becomes a message naming the file, the rule and the field;
// a broken pack is skipped while the others load; the CLI check exits non-zero with those messages.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, formatRuleFileError, loadRuleSet, type RuleFileError } from '../../../src/engine';
import { DEFAULT_RULES_DIR, loadRuleSetFromDisk, readRuleFiles } from '../../../src/engine/node-rules';
import { validateRulesDir } from '../../../src/engine/validate-rules';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(DEFAULT_RULES_DIR, file), 'utf8'));
const catalogue = readJson('catalogue.json');
const payConfig = readJson('pay.json');
const enPack = readJson('packs/en.json');

/** A small valid pack, independent of the repository's rule tuning. */
function minimalPack(lang = 'en') {
  return {
    formatVersion: 1,
    lang,
    name: 'Test language',
    segmentation: 'spaces',
    negation: { before: ['no', 'never'], after: [], window: 4 },
    money: enPack.money,
    jobKinds: { unskilled: ['cleaner'] },
    rules: {
      'fees.upfront': { phrases: ['registration fee'], patterns: ['fee of \\$\\d+'] },
      'documents.retained': { phrases: ['keep your passport'] },
    },
  };
}

const clone = <T>(x: T): T => structuredClone(x);
const temps: string[] = [];
function tempRules(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-test-'));
  temps.push(dir);
  mkdirSync(join(dir, 'packs'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function loadWithPacks(packs: { file: string; data: unknown }[]) {
  let out: ReturnType<typeof loadRuleSet> | undefined;
  expect(() => {
    out = loadRuleSet({
      catalogue: { file: 'rules/catalogue.json', data: catalogue },
      packs,
      pay: { file: 'rules/pay.json', data: payConfig },
    });
  }).not.toThrow();
  return out!;
}

function only(errors: RuleFileError[], file: string): RuleFileError[] {
  return errors.filter((e) => e.file === file);
}

describe('loadRuleSet: clear errors, nothing thrown, bad parts skipped', () => {
  it('loads a valid minimal pack without errors', () => {
    const { ruleSet, errors } = loadWithPacks([{ file: 'rules/packs/en.json', data: minimalPack() }]);
    expect(errors).toEqual([]);
    expect([...ruleSet!.packs.keys()]).toEqual(['en']);
    const result = createEngine(ruleSet!).scan({ text: 'A registration fee is due.', lang: 'en' });
    expect(result.flags.map((f) => f.rule)).toContain('fees.upfront');
  });

  it('wrong type in a pack: names file, rule and field; that pack is skipped, the others load', () => {
    const bad = minimalPack('fr');
    (bad.rules['fees.upfront'] as Record<string, unknown>).phrases = 'registration fee';
    const { ruleSet, errors } = loadWithPacks([
      { file: 'rules/packs/en.json', data: minimalPack() },
      { file: 'rules/packs/fr.json', data: bad },
    ]);
    const mine = only(errors, 'rules/packs/fr.json');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]).toMatchObject({ rule: 'fees.upfront', fatal: true });
    expect(mine[0]!.field).toBe('rules.fees.upfront.phrases');
    const message = formatRuleFileError(mine[0]!);
    expect(message).toContain('rules/packs/fr.json');
    expect(message).toContain('fees.upfront');
    expect(message).toContain('phrases');
    expect(ruleSet!.packs.has('fr')).toBe(false);
    expect(ruleSet!.packs.has('en')).toBe(true);
  });

  it('unknown rule id in a pack: reported with the rule, the rest of the pack loads', () => {
    const pack = minimalPack();
    (pack.rules as Record<string, unknown>)['fees.made-up'] = { phrases: ['made up'] };
    const { ruleSet, errors } = loadWithPacks([{ file: 'rules/packs/en.json', data: pack }]);
    const e = errors.find((x) => x.rule === 'fees.made-up');
    expect(e).toBeDefined();
    expect(e!.file).toBe('rules/packs/en.json');
    expect(e!.message).toMatch(/not in the catalogue/);
    expect(e!.fatal).toBe(false);
    expect(ruleSet!.packs.has('en')).toBe(true);
  });

  it.each([
    ['invalid regex', '[z-a] fee', /not a valid regular expression/],
    ['unbalanced parenthesis', '(unclosed fee', /unbalanced parentheses/],
    ['catastrophic nested quantifier', '(a+)+$', /nested quantifiers/],
    ['backreference', '(fee)\\1', /backreferences/],
    ['lookbehind', '(?<=pay )fee', /lookbehind/],
    ['open repeat', 'fe{2,}', /open or very large repeat/],
  ])('%s in a pattern: named by file, rule and field, pattern skipped', (_name, source, message) => {
    const pack = minimalPack();
    pack.rules['fees.upfront'].patterns = ['fee of \\$\\d+', source];
    const { ruleSet, errors } = loadWithPacks([{ file: 'rules/packs/en.json', data: pack }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'rules/packs/en.json',
      rule: 'fees.upfront',
      field: 'rules.fees.upfront.patterns[1]',
      fatal: false,
    });
    expect(errors[0]!.message).toMatch(message);
    // The good pattern of the same rule still works.
    const result = createEngine(ruleSet!).scan({ text: 'Pay a fee of $300 now.', lang: 'en' });
    expect(result.flags.map((f) => f.rule)).toContain('fees.upfront');
  });

  it('bad regex in exceptions and reassurances is reported with its own field', () => {
    const pack = minimalPack();
    Object.assign(pack.rules['fees.upfront'], { exceptions: ['(x+)*'], reassure: ['[unclosed'] });
    const { errors } = loadWithPacks([{ file: 'rules/packs/en.json', data: pack }]);
    expect(errors.map((e) => e.field).sort()).toEqual([
      'rules.fees.upfront.exceptions[0]',
      'rules.fees.upfront.reassure[0]',
    ]);
  });

  it('missing sources in a catalogue rule: rule named and skipped, the other rules load', () => {
    const cat = clone(catalogue);
    const index = cat.rules.findIndex((r: { id: string }) => r.id === 'organ.sale');
    delete cat.rules[index].sources;
    const { ruleSet, errors } = loadRuleSet({
      catalogue: { file: 'rules/catalogue.json', data: cat },
      packs: [{ file: 'rules/packs/en.json', data: minimalPack() }],
    });
    const e = errors.find((x) => x.rule === 'organ.sale');
    expect(e).toBeDefined();
    expect(e!.field).toBe(`rules[${index}].sources`);
    expect(formatRuleFileError(e!)).toMatch(
      /rules\/catalogue\.json, rule "organ\.sale", field rules\[\d+\]\.sources/,
    );
    expect(ruleSet!.catalogue.has('organ.sale')).toBe(false);
    expect(ruleSet!.catalogue.has('fees.upfront')).toBe(true);
  });

  it('unknown references in boostedBy / requiresAny are reported', () => {
    const cat = clone(catalogue);
    cat.rules.find((r: { id: string }) => r.id === 'fees.upfront').boostedBy = ['context.nowhere'];
    const { errors } = loadRuleSet({ catalogue: { file: 'c.json', data: cat }, packs: [] });
    expect(
      errors.some(
        (e) => e.rule === 'fees.upfront' && e.field === 'boostedBy' && /context\.nowhere/.test(e.message),
      ),
    ).toBe(true);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['no rules', { formatVersion: 1 }],
    ['wrong version', { formatVersion: 99, rules: catalogue.rules }],
  ])('a catalogue that is %s gives a fatal error and no rule set, without throwing', (_n, data) => {
    let out: ReturnType<typeof loadRuleSet> | undefined;
    expect(() => {
      out = loadRuleSet({ catalogue: { file: 'rules/catalogue.json', data }, packs: [] });
    }).not.toThrow();
    expect(out!.ruleSet).toBeNull();
    expect(out!.errors.length).toBeGreaterThan(0);
    expect(out!.errors.every((e) => e.file === 'rules/catalogue.json')).toBe(true);
    expect(out!.errors.some((e) => e.fatal)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'not a pack'],
    ['an empty object', {}],
  ])('a pack that is %s is skipped with a fatal error naming it', (_n, data) => {
    const { ruleSet, errors } = loadWithPacks([
      { file: 'rules/packs/xx.json', data },
      { file: 'rules/packs/en.json', data: minimalPack() },
    ]);
    expect(only(errors, 'rules/packs/xx.json').some((e) => e.fatal)).toBe(true);
    expect([...ruleSet!.packs.keys()]).toEqual(['en']);
  });

  it('a second pack for the same language is skipped; a lang that does not match the file name is reported', () => {
    const { ruleSet, errors } = loadWithPacks([
      { file: 'rules/packs/en.json', data: minimalPack() },
      { file: 'rules/packs/en-copy.json', data: minimalPack() },
      { file: 'rules/packs/de.json', data: minimalPack('fr') },
    ]);
    expect(
      errors.some(
        (e) => e.file === 'rules/packs/en-copy.json' && e.fatal && /already loaded/.test(e.message),
      ),
    ).toBe(true);
    expect(errors.some((e) => e.file === 'rules/packs/de.json' && e.field === 'lang')).toBe(true);
    expect([...ruleSet!.packs.keys()].sort()).toEqual(['en', 'fr']);
  });

  it('a bad pay file is reported and pay checks are off, the rules still load', () => {
    const { ruleSet, errors } = loadRuleSet({
      catalogue: { file: 'rules/catalogue.json', data: catalogue },
      packs: [{ file: 'rules/packs/en.json', data: minimalPack() }],
      pay: { file: 'rules/pay.json', data: { ...payConfig, rates: { USD: 'one' } } },
    });
    expect(errors.some((e) => e.file === 'rules/pay.json' && /rates/.test(e.field ?? ''))).toBe(true);
    expect(ruleSet!.pay).toBeNull();
  });
});

describe('rules on disk', () => {
  const good = () =>
    tempRules({ 'catalogue.json': JSON.stringify(catalogue), 'pay.json': JSON.stringify(payConfig) });

  it('bad JSON in one pack file: named, skipped, the other packs load', () => {
    const dir = good();
    writeFileSync(join(dir, 'packs', 'en.json'), JSON.stringify(minimalPack()));
    writeFileSync(join(dir, 'packs', 'fr.json'), '{"formatVersion": 1, "lang": "fr",');
    const { ruleSet, errors } = loadRuleSetFromDisk(dir);
    const e = errors.find((x) => x.file === join(dir, 'packs', 'fr.json'));
    expect(e).toBeDefined();
    expect(e!.message).toMatch(/cannot read JSON/);
    expect([...ruleSet!.packs.keys()]).toEqual(['en']);
  });

  it('a missing directory gives errors, not an exception', () => {
    const missing = join(tmpdir(), 'no-such-rules-dir-for-tests');
    expect(() => readRuleFiles(missing)).not.toThrow();
    const { ruleSet, errors } = loadRuleSetFromDisk(missing);
    expect(ruleSet).toBeNull();
    expect(errors.length).toBeGreaterThan(0);
    expect(validateRulesDir(missing).length).toBeGreaterThan(0);
  });

  it('validateRulesDir returns the messages of a broken directory, and none for a valid one', () => {
    const ok = good();
    writeFileSync(join(ok, 'packs', 'en.json'), JSON.stringify(minimalPack()));
    expect(validateRulesDir(ok)).toEqual([]);

    const broken = good();
    const pack = minimalPack();
    pack.rules['fees.upfront'].patterns = ['(a+)+$'];
    writeFileSync(join(broken, 'packs', 'en.json'), JSON.stringify(pack));
    writeFileSync(join(broken, 'packs', 'fr.json'), 'not json');
    const messages = validateRulesDir(broken);
    expect(
      messages.some(
        (m) =>
          m.includes(join(broken, 'packs', 'en.json')) &&
          m.includes('fees.upfront') &&
          m.includes('patterns[0]'),
      ),
    ).toBe(true);
    expect(messages.some((m) => m.includes(join(broken, 'packs', 'fr.json')))).toBe(true);
  });

  it("the repository's rules have no schema, reference or static-safety errors", () => {
    // Timing messages ("too slow on adversarial text") are left to the regex-safety tests, which use ratios.
    const { errors } = loadRuleSetFromDisk();
    expect(errors.map(formatRuleFileError)).toEqual([]);
  });

  it('tsx src/cli/check-rules.ts: exit 0 and "rules: OK" on valid rules, exit 1 with messages on broken ones', () => {
    const ok = good();
    writeFileSync(join(ok, 'packs', 'en.json'), JSON.stringify(minimalPack()));
    const broken = good();
    cpSync(join(ok, 'packs', 'en.json'), join(broken, 'packs', 'en.json'));
    writeFileSync(join(broken, 'packs', 'fr.json'), '{ broken');
    const tsx = join(REPO, 'node_modules', '.bin', 'tsx');
    const pass = spawnSync(tsx, ['src/cli/check-rules.ts', ok], { cwd: REPO, encoding: 'utf8' });
    expect(pass.status, pass.stderr).toBe(0);
    expect(pass.stdout).toContain('rules: OK');
    const fail = spawnSync(tsx, ['src/cli/check-rules.ts', broken], { cwd: REPO, encoding: 'utf8' });
    expect(fail.status).toBe(1);
    expect(fail.stderr).toContain(join(broken, 'packs', 'fr.json'));
    expect(fail.stdout).toBe('');
  });
});
