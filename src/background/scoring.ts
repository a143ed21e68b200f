// Scores extracted ads with the bundled engine. The engine (and compromise) load only here, in the background,
// never in the content script.
import { bundledEngine } from '../engine/bundled';
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

export function scoreAd(ad: ExtractedAd): ScanResult {
  return bundledEngine().scan(adInput(ad));
}

export function scoreText(text: string): ScanResult {
  return bundledEngine().scan({ text });
}
