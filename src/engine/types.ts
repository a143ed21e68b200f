// Public types of the engine. DOM-free and browser-free: the CLI, the tests and the extension share them.

export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

/** Structural signals can flag an ad on their own; context signals only raise the weight of structural ones. */
export type SignalKind = 'structural' | 'context';

/** One ad as the engine receives it. Any field may be missing; `text` is used when nothing else is given. */
export interface AdInput {
  id?: string;
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  description?: string;
  contact?: string;
  /** Free text (a pasted message, a whole ad) when no structured fields are known. */
  text?: string;
  url?: string;
  /** Language code if the caller knows it (ISO 639-1, e.g. "es"); otherwise it is detected. */
  lang?: string;
}

export type AdField = 'title' | 'company' | 'location' | 'salary' | 'description' | 'contact' | 'text';

export interface SourceRef {
  /** Seed file name (e.g. "003_077d3deaf5d7ffb6.txt") or a public source's title. */
  document: string;
  /** "L109-110" for seed files; omitted for public sources. */
  lines?: string;
  quote: string;
  url?: string;
}

export interface Explanation {
  /** Short plain-language name of the warning sign. */
  title: string;
  /** Why it matters. */
  why: string;
  /** What to ask or check before accepting. */
  ask: string;
}

export interface Flag {
  rule: string;
  category: string;
  kind: SignalKind;
  /** Weight after context boosts. */
  weight: number;
  /** The matched words, as written in the ad. */
  evidence: string;
  field: AdField;
  /** Character offsets of the evidence in the original field text. */
  start: number;
  end: number;
  explanation: Explanation;
  sources: SourceRef[];
  /** True when the rule rests on public sources beyond the seed documents. */
  heuristic: boolean;
  lang: string;
  /** Optional detail computed for this ad (e.g. the pay comparison). */
  detail?: string;
  /** True when the flag is about something missing (e.g. no company name); evidence is then empty. */
  absent?: boolean;
}

export interface Reassurance {
  rule: string;
  evidence: string;
  field: AdField;
  start: number;
  end: number;
  lang: string;
}

export interface LanguageReport {
  /** Detected or given language code, or "und" when unknown. */
  detected: string;
  /** Packs that were applied. */
  packs: string[];
  /** False when no pack exists for the detected language: the result is not a "safe" verdict. */
  supported: boolean;
}

export interface ScanResult {
  id?: string;
  score: number;
  level: Level;
  flags: Flag[];
  reassurances: Reassurance[];
  language: LanguageReport;
}
