// Extension build: the rule files are bundled at build time by Vite (no fs, no network) and compiled once.
// Background only: this pulls in compromise (a service worker cannot load code later), never the content script.
import nlp from 'compromise';
import { createEngine, type Engine } from './index';
import { type LoadInput, loadRuleSet, type RuleFileError, type RuleSet } from './load';
import { compromiseNumberReader, type Nlp } from './number-reader';

const files = import.meta.glob('../../rules/**/*.json', { eager: true, import: 'default' }) as Record<
  string,
  unknown
>;

function bundledInput(): LoadInput {
  const packs = Object.entries(files)
    .filter(([path]) => /\/rules\/packs\/[^/]+\.json$/.test(path))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => ({ file: path.replace(/^(\.\.\/)+/, ''), data }));
  const entry = (name: string) => Object.entries(files).find(([path]) => path.endsWith(`/rules/${name}`));
  const catalogue = entry('catalogue.json');
  const pay = entry('pay.json');
  const input: LoadInput = { catalogue: { file: 'rules/catalogue.json', data: catalogue?.[1] }, packs };
  if (pay) input.pay = { file: 'rules/pay.json', data: pay[1] };
  return input;
}

let cache: { ruleSet: RuleSet | null; errors: RuleFileError[] } | null = null;
let engine: Engine | null = null;

/** Compiled rules bundled with the extension, with any problems found in them (never throws). */
export function bundledRuleSet(): { ruleSet: RuleSet | null; errors: RuleFileError[] } {
  // Packs compile the first time an ad in their language is scanned.
  if (!cache) cache = loadRuleSet(bundledInput(), { lazyPacks: true });
  return cache;
}

/** The engine for the bundled rules, compiled once; null when no usable rules exist. */
export function bundledEngine(): Engine | null {
  if (!engine) {
    const { ruleSet } = bundledRuleSet();
    if (ruleSet) engine = createEngine(ruleSet, { readNumbers: compromiseNumberReader(() => nlp as Nlp) });
  }
  return engine;
}
