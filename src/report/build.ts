// Builds the report the user controls: pure functions from a draft plus the user's choices to
// (1) a JSON document and (2) plain text. Nothing here sends anything anywhere.
import type { ExtractedAd } from '../extract/types';
import type { ReportDraft } from './draft';
import { type FlagGroup, splitFlags } from './group-flags';

export interface ReportLabels {
  heading: string;
  created: string;
  page: string;
  level: string;
  levelName: (level: string) => string;
  verdict: (count: number) => string;
  flags: string;
  words: string;
  why: string;
  ask: string;
  source: string;
  reassurances: string;
  context: string;
  adText: string;
  pastedText: string;
  note: string;
  screenshot: string;
  noScreenshot: string;
  nothingSent: string;
  fields: Record<'title' | 'company' | 'location' | 'salary' | 'contact' | 'description', string>;
}

export const ENGLISH_LABELS: ReportLabels = {
  heading: 'Report: job ad with warning signs',
  created: 'Date and time',
  page: 'Page',
  level: 'Level',
  levelName: (level) => ({ none: 'None', low: 'Low', medium: 'Medium', high: 'High' })[level] ?? level,
  verdict: (count) => (count === 1 ? 'This ad shows 1 warning sign' : `This ad shows ${count} warning signs`),
  flags: 'Warning signs',
  words: 'Words in the ad',
  why: 'Why it matters',
  ask: 'Before you accept',
  source: 'Source',
  reassurances: 'Reassuring details found',
  context: 'Context noted (not a warning sign on its own)',
  adText: 'Text of the ad',
  pastedText: 'Pasted text',
  note: 'Note',
  screenshot: 'Screenshot of the visible page',
  noScreenshot: 'No screenshot',
  nothingSent: 'Prepared on the user’s device with Ad Risk Lens. Nothing was sent automatically.',
  fields: {
    title: 'Title',
    company: 'Company',
    location: 'Location',
    salary: 'Pay',
    contact: 'Contact',
    description: 'Description',
  },
};

export interface ReportChoices {
  note: string;
  includeUrl: boolean;
  includeScreenshot: boolean;
}

/** Longest ad text kept per ad: enough for any real ad, bounded for hostile pages. */
export const MAX_AD_TEXT = 20_000;

/** One warning sign (all matches of one rule). */
export interface ReportFlagJson {
  rule: string;
  title: string;
  category: string;
  /** Every distinct matched text, as written in the ad. */
  evidence: string[];
  field: string;
  why: string;
  ask: string;
  source: { document: string; lines?: string; quote: string; url?: string } | null;
  heuristic: boolean;
}

export interface ReportJson {
  format: 'ad-risk-lens-report';
  version: 1;
  createdAt: string;
  source: 'page' | 'message';
  pageUrl: string | null;
  note: string;
  ads: Array<{
    title: string | null;
    level: string;
    score: number;
    language: string;
    adText: string;
    /** Warning signs (structural rules), one per rule. */
    flags: ReportFlagJson[];
    /** Context that raised their weight; not warning signs on their own. */
    context: ReportFlagJson[];
    reassurances: string[];
  }>;
  screenshot: { file: string; mediaType: 'image/png'; dataUrl: string } | null;
  text: string;
}

export function reportBaseName(createdAt: number): string {
  const iso = new Date(createdAt).toISOString(); // 2026-11-23T11:40:05.000Z
  return `ad-report-${iso.slice(0, 10)}-${iso.slice(11, 19).replace(/:/g, '')}`;
}

function clip(text: string, max = MAX_AD_TEXT): string {
  return text.length > max ? `${text.slice(0, max)} […]` : text;
}

/** The ad as plain text, one labelled line per known field, description last. */
export function adText(ad: ExtractedAd, labels: ReportLabels = ENGLISH_LABELS): string {
  const lines: string[] = [];
  for (const field of ['title', 'company', 'location', 'salary', 'contact'] as const) {
    const value = ad[field]?.trim();
    if (value) lines.push(`${labels.fields[field]}: ${value}`);
  }
  const description = ad.description.trim();
  if (description) lines.push(lines.length ? `${labels.fields.description}:\n${description}` : description);
  return clip(lines.join('\n'));
}

function flagJson({ flag, evidence }: FlagGroup): ReportFlagJson {
  const source = flag.sources[0];
  return {
    rule: flag.rule,
    title: flag.explanation.title,
    category: flag.category,
    evidence,
    field: flag.field,
    why: flag.explanation.why,
    ask: flag.explanation.ask,
    source: source
      ? { document: source.document, lines: source.lines, quote: source.quote, url: source.url }
      : null,
    heuristic: flag.heuristic,
  };
}

function sourceLine(source: ReportFlagJson['source']): string {
  if (!source) return '';
  const where = source.lines ? `${source.document} ${source.lines}` : source.document;
  return `${where}: “${source.quote}”${source.url ? ` (${source.url})` : ''}`;
}

/** Plain-text report, in the labels' language; ad words and explanations stay as the engine gave them. */
export function reportText(json: Omit<ReportJson, 'text'>, labels: ReportLabels = ENGLISH_LABELS): string {
  const out: string[] = [labels.heading, '', `${labels.created}: ${json.createdAt}`];
  if (json.pageUrl) out.push(`${labels.page}: ${json.pageUrl}`);
  for (const [i, ad] of json.ads.entries()) {
    out.push('');
    if (json.ads.length > 1) out.push(`── ${i + 1}/${json.ads.length}${ad.title ? `: ${ad.title}` : ''}`);
    out.push(`${labels.level}: ${labels.levelName(ad.level)} — ${labels.verdict(ad.flags.length)}`);
    if (ad.flags.length) {
      out.push('', `${labels.flags}:`);
      for (const [n, flag] of ad.flags.entries()) {
        out.push(`${n + 1}. ${flag.title}`);
        out.push(`   ${labels.words}: ${flag.evidence.map((text) => `“${text}”`).join(', ')}`);
        out.push(`   ${labels.why}: ${flag.why}`);
        out.push(`   ${labels.ask}: ${flag.ask}`);
        const source = sourceLine(flag.source);
        if (source) out.push(`   ${labels.source}: ${source}`);
      }
    }
    if (ad.context.length) {
      const items = ad.context.map((c) => `${c.title} (${c.evidence.map((text) => `“${text}”`).join(', ')})`);
      out.push('', `${labels.context}: ${items.join('; ')}`);
    }
    if (ad.reassurances.length) {
      out.push('', `${labels.reassurances}: ${ad.reassurances.map((r) => `“${r}”`).join(', ')}`);
    }
    out.push('', `${json.source === 'message' ? labels.pastedText : labels.adText}:`, ad.adText);
  }
  if (json.note.trim()) out.push('', `${labels.note}:`, json.note.trim());
  out.push('', json.screenshot ? `${labels.screenshot}: ${json.screenshot.file}` : `${labels.noScreenshot}.`);
  out.push('', labels.nothingSent);
  return out.join('\n');
}

/** The full report: JSON (with the text and, if chosen, the PNG as a data URL) and the text alone. */
export function buildReport(
  draft: ReportDraft,
  choices: ReportChoices,
  labels: ReportLabels = ENGLISH_LABELS,
): ReportJson {
  const base = reportBaseName(draft.createdAt);
  const withoutText: Omit<ReportJson, 'text'> = {
    format: 'ad-risk-lens-report',
    version: 1,
    createdAt: new Date(draft.createdAt).toISOString(),
    source: draft.source,
    pageUrl: choices.includeUrl && draft.pageUrl ? draft.pageUrl : null,
    note: choices.note.slice(0, 20_000),
    ads: draft.ads.map(({ ad, result }) => ({
      title: ad.title?.trim() || null,
      level: result.level,
      score: result.score,
      language: result.language.detected,
      adText: adText(ad, labels),
      flags: splitFlags(result.flags).signs.map(flagJson),
      context: splitFlags(result.flags).context.map(flagJson),
      reassurances: result.reassurances.map((r) => r.evidence),
    })),
    screenshot:
      choices.includeScreenshot && draft.screenshot
        ? { file: `${base}.png`, mediaType: 'image/png', dataUrl: draft.screenshot.dataUrl }
        : null,
  };
  return { ...withoutText, text: reportText(withoutText, labels) };
}

/** mailto: links are cut by many mail apps beyond ~2000 characters; keep the body under that. */
export const MAX_MAILTO_BODY = 1_800;

export function mailtoHref(to: string, subject: string, body: string, shortenedNote: string): string {
  const text =
    body.length > MAX_MAILTO_BODY ? `${body.slice(0, MAX_MAILTO_BODY)}\n[…]\n${shortenedNote}` : body;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
}

/** The PNG bytes of a data URL, for the separate screenshot download. */
export function pngBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
