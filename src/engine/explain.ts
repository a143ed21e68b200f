// Explanations in the reader's language: a flag found in a Spanish ad is explained in Ukrainian to a reader
// whose browser speaks Ukrainian, when the Ukrainian pack explains that rule (else the ad's language, else English).
import type { RuleSet } from './load';
import type { ScanResult } from './types';

/** Browser UI locales whose rule pack has another name. */
const PACK_FOR_LOCALE: Record<string, string> = { fil: 'tl', ms: 'id', nb: 'no', iw: 'he' };

/** "pt-BR" → "pt", "fil" → "tl", "zh-CN" → "zh". */
export function packForLocale(locale: string): string {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return PACK_FOR_LOCALE[base] ?? base;
}

export function explainIn(result: ScanResult, ruleSet: RuleSet, locale: string): ScanResult {
  const pack = ruleSet.packs.get(packForLocale(locale));
  if (!pack) return result;
  return {
    ...result,
    flags: result.flags.map((flag) => {
      const explanation = pack.explanations.get(flag.rule);
      return explanation ? { ...flag, explanation } : flag;
    }),
  };
}
