// Step 1 of the pipeline: schema.org JobPosting in JSON-LD blocks and in microdata. Most job boards publish it
// for search engines, and it is the most stable thing on the page (class names change, the vocabulary does not).

import { type Finder, nativeFinder } from './finder';
import { parseLenientJson } from './lenient-json';
import { type AdFields, findPostings, postingToFields } from './posting';
import { visibleText } from './text';
import { nextElement } from './walk';

export interface StructuredPosting {
  fields: AdFields;
  source: 'jsonld' | 'microdata';
  /** The element carrying the microdata item (JSON-LD postings have no place in the page). */
  element: Element | null;
}

const MAX_JSONLD_BLOCKS = 50;
const MAX_JSONLD_CHARS = 500_000;

export function jsonLdPostings(
  doc: Document,
  pageUrl?: string,
  finder: Finder = nativeFinder(doc),
): StructuredPosting[] {
  const out: StructuredPosting[] = [];
  const scripts = finder.all('script').filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? ''));
  for (const script of scripts.slice(0, MAX_JSONLD_BLOCKS)) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSONLD_CHARS || !/JobPosting/i.test(source)) continue; // cheap skip
    const parsed = parseLenientJson(source);
    if (!parsed.ok) continue; // one broken block never stops the others
    for (const posting of findPostings(parsed.value)) {
      out.push({ fields: postingToFields(posting, pageUrl), source: 'jsonld', element: null });
    }
  }
  return out;
}

/** Reads a microdata item into a plain object shaped like JSON-LD (nested items become nested objects). */
export function readMicrodataItem(item: Element, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = { '@type': item.getAttribute('itemtype') ?? '' };
  if (depth > 4) return out;
  for (let child = item.firstElementChild; child; ) {
    const prop = child.getAttribute('itemprop');
    const isItem = child.hasAttribute('itemscope');
    if (prop) {
      const value = isItem ? readMicrodataItem(child, depth + 1) : propertyValue(child);
      for (const name of prop.split(/\s+/).filter(Boolean)) {
        const existing = out[name];
        out[name] = existing === undefined ? value : ([] as unknown[]).concat(existing, value);
      }
    }
    child = nextElement(child, item, isItem); // a nested item's properties are its own
  }
  return out;
}

function propertyValue(el: Element): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return el.getAttribute('content') ?? '';
  if (tag === 'A' || tag === 'LINK') return el.getAttribute('href') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? el.textContent ?? '';
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  return visibleText(el); // what a person reads there (no script text, no hidden parts), kept as text
}

export function microdataPostings(
  doc: Document,
  pageUrl?: string,
  finder: Finder = nativeFinder(doc),
): StructuredPosting[] {
  return finder
    .all('[itemtype]')
    .filter((el) => /JobPosting/i.test(el.getAttribute('itemtype') ?? ''))
    .slice(0, 500)
    .map((element) => ({
      fields: postingToFields(readMicrodataItem(element), pageUrl, 'text'),
      source: 'microdata' as const,
      element,
    }));
}
