// Node only: reads rules/ from disk (CLI, tests, build checks). The extension uses bundled.ts instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createEngine, type Engine } from './index';
import { type LoadInput, type LoadOptions, loadRuleSet, type RuleFileError, type RuleSet } from './load';
import { compromiseNumberReader, type Nlp } from './number-reader';

/** compromise, required the first time an English sentence has pay in words (it takes ~0.5 s to load). */
export const nodeNumberReader = compromiseNumberReader(() => {
  const mod = createRequire(import.meta.url)('compromise') as Nlp | { default: Nlp };
  return typeof mod === 'function' ? mod : mod.default;
});

export const DEFAULT_RULES_DIR = resolve(import.meta.dirname, '..', '..', 'rules');

function readJson(file: string, errors: RuleFileError[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    errors.push({ file, message: `cannot read JSON: ${(error as Error).message}`, fatal: true });
    return undefined;
  }
}

/** Raw rule files of a rules directory, ready for loadRuleSet. Read errors are collected, not thrown. */
export function readRuleFiles(dir = DEFAULT_RULES_DIR): { input: LoadInput; errors: RuleFileError[] } {
  const errors: RuleFileError[] = [];
  const catalogueFile = join(dir, 'catalogue.json');
  const payFile = join(dir, 'pay.json');
  const packsDir = join(dir, 'packs');
  const packs = existsSync(packsDir)
    ? readdirSync(packsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(packsDir, f))
        .map((file) => ({ file, data: readJson(file, errors) }))
        .filter((p) => p.data !== undefined)
    : [];
  const input: LoadInput = {
    catalogue: {
      file: catalogueFile,
      data: existsSync(catalogueFile) ? readJson(catalogueFile, errors) : undefined,
    },
    packs,
  };
  if (existsSync(payFile)) {
    const data = readJson(payFile, errors);
    if (data !== undefined) input.pay = { file: payFile, data };
  }
  return { input, errors };
}

export function loadRuleSetFromDisk(
  dir = DEFAULT_RULES_DIR,
  options: LoadOptions = {},
): { ruleSet: RuleSet | null; errors: RuleFileError[] } {
  const { input, errors } = readRuleFiles(dir);
  const loaded = loadRuleSet(input, options);
  return { ruleSet: loaded.ruleSet, errors: [...errors, ...loaded.errors] };
}

let cached: Engine | null = null;
/** Engine from the repository's rules; throws only when no usable rule set can be built at all. */
export function engineFromDisk(dir = DEFAULT_RULES_DIR): Engine {
  if (dir === DEFAULT_RULES_DIR && cached) return cached;
  // Packs compile on first use: a run over English ads never compiles the other languages.
  const { ruleSet, errors } = loadRuleSetFromDisk(dir, { lazyPacks: true });
  if (!ruleSet)
    throw new Error(`no usable rules in ${dir}:\n${errors.map((e) => `${e.file}: ${e.message}`).join('\n')}`);
  const engine = createEngine(ruleSet, { readNumbers: nodeNumberReader });
  if (dir === DEFAULT_RULES_DIR) cached = engine;
  return engine;
}
