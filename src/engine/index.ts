// Public entry of the engine: createEngine(ruleSet) → { scan(ad) }. DOM-free, synchronous, pure.
import type { RuleSet } from './compile';
import { defaultDetector, type LanguageDetector, type ScanContext, scanAd } from './scan';
import type { AdInput, ScanResult } from './types';
import type { NumberReader } from './written-amounts';

export type { RuleSet } from './compile';
export type { LoadInput, RuleFileError, RuleFileInput } from './load';
export { formatRuleFileError, loadRuleSet } from './load';
export { LEVEL_THRESHOLDS, levelOf } from './score';
export * from './types';

export interface Engine {
  scan(ad: AdInput): ScanResult;
  /** Languages with a rule pack. */
  readonly languages: string[];
  readonly ruleSet: RuleSet;
}

export interface EngineOptions {
  /** Language detector; defaults to the built-in offline detector. */
  detect?: LanguageDetector;
  /** Reader of numbers written in words (compromise); without it, only amounts in digits are read. */
  readNumbers?: NumberReader;
}

export function createEngine(ruleSet: RuleSet, options: EngineOptions = {}): Engine {
  const ctx: ScanContext = { ruleSet, detect: options.detect ?? defaultDetector };
  if (options.readNumbers) ctx.readNumbers = options.readNumbers;
  return {
    scan: (ad) => scanAd(ad, ctx),
    languages: [...ruleSet.packs.keys()].sort(),
    ruleSet,
  };
}
