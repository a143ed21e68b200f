// Scores extracted ads with the bundled engine. The engine (and compromise) load only here, in the background,
// never in the content script.

import { browser } from '#imports';
import type { Engine } from '../engine';
import { bundledEngine, bundledRuleSet } from '../engine/bundled';
import { explainIn } from '../engine/explain';
import { formatRuleFileError } from '../engine/load';
import type { AdInput, ScanResult } from '../engine/types';
import type { ExtractedAd } from '../extract/types';

export function adInput(ad: ExtractedAd): AdInput {
  return {
    title: ad.title,
    company: ad.company,
    location: ad.location,
    salary: ad.salary,
    description: ad.description,
    contact: ad.contact,
    url: ad.url,
  };
}

/** The engine, or a clear error when the bundled rules are unusable (never a silent "no warning signs"). */
function engine(): Engine {
  const loaded = bundledEngine();
  if (loaded) return loaded;
  const problems = bundledRuleSet().errors.map(formatRuleFileError);
  throw new Error(`The rule files could not be loaded: ${problems.join('; ') || 'no usable rules'}`);
}

/** Explanations and advice in the interface language when a pack explains the rule in it. */
function inReaderLanguage(result: ScanResult): ScanResult {
  const { ruleSet } = bundledRuleSet();
  return ruleSet ? explainIn(result, ruleSet, browser.i18n.getUILanguage()) : result;
}

export function scoreAd(ad: ExtractedAd): ScanResult {
  return inReaderLanguage(engine().scan(adInput(ad)));
}

export function scoreText(text: string): ScanResult {
  return inReaderLanguage(engine().scan({ text }));
}
