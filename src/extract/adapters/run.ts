// Runs a site adapter against a document: which adapter applies, its cards, and the fields of one card.

import { type Finder, nativeFinder } from '../finder';
import { type AdFields, dropEmpty } from '../posting';
import { oneLine, visibleText } from '../text';
import { hostnameOf } from './signatures';
import { SITE_ADAPTERS } from './sites';
import type { FieldSelectors, SiteAdapter } from './types';

export const MAX_CARDS = 500;

/** The adapter for this page: by hostname first, then by markup signature (saved pages, mirrors). */
export function pickAdapter(
  doc: Document,
  url?: string,
  finder: Finder = nativeFinder(doc),
  adapters = SITE_ADAPTERS,
): SiteAdapter | null {
  const host = hostnameOf(url);
  if (host) {
    const byHost = adapters.find((adapter) => adapter.hosts.test(host));
    if (byHost) return byHost;
  }
  return adapters.find((adapter) => adapter.signature?.some((selector) => finder.first(selector))) ?? null;
}

/** Outermost elements only: a card selector that also matches something inside a card must not split it. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/** The ad cards of a result list: the first card selector that finds cards having a title. */
export function findCards(finder: Finder, adapter: SiteAdapter): Element[] {
  const listing = adapter.listing;
  if (!listing) return [];
  for (const selector of listing.cards) {
    const cards = outermost(finder.all(selector).slice(0, MAX_CARDS * 2)).filter((card) =>
      Boolean(oneLine(visibleText(finder.within(card, listing.fields.title), 400))),
    );
    if (cards.length > 0) return cards.slice(0, MAX_CARDS);
  }
  return [];
}

export function findDetailRoot(finder: Finder, adapter: SiteAdapter): Element | null {
  for (const selector of adapter.detail?.root ?? []) {
    const found = finder.first(selector);
    if (found) return found;
  }
  return null;
}

function linkOf(
  finder: Finder,
  scope: Element,
  selectors: readonly string[] | undefined,
  pageUrl?: string,
): string | undefined {
  const anchor = finder.within(scope, selectors) ?? (scope.tagName === 'A' ? scope : null);
  return resolveLink(anchor?.getAttribute('href'), pageUrl);
}

/** An ad's link made absolute; none for in-page anchors and javascript: links. */
export function resolveLink(raw: string | null | undefined, pageUrl?: string): string | undefined {
  const href = raw?.trim();
  if (!href || href[0] === '#' || /^javascript:/i.test(href)) return undefined;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return href; // no base URL (a saved page read from disk): keep it as written
  }
}

const field = (finder: Finder, scope: ParentNode, selectors: readonly string[] | undefined, max = 300) =>
  oneLine(visibleText(finder.within(scope, selectors), max * 2), max);

/** Reads the fields of one card or detail block. */
export function readFields(
  finder: Finder,
  scope: Element,
  fields: FieldSelectors,
  pageUrl?: string,
): AdFields {
  const descriptionEl = finder.within(scope, fields.description);
  return dropEmpty({
    title: field(finder, scope, fields.title),
    company: field(finder, scope, fields.company),
    location: field(finder, scope, fields.location),
    salary: field(finder, scope, fields.salary, 200),
    contact: field(finder, scope, fields.contact),
    description: visibleText(descriptionEl ?? scope),
    url: linkOf(finder, scope, fields.link, pageUrl),
  });
}

/** Detail fields are looked up in the whole document (title and company sit outside the description). */
export function readDetail(
  finder: Finder,
  doc: Document,
  adapter: SiteAdapter,
  root: Element,
  pageUrl?: string,
): AdFields {
  const fields = adapter.detail!.fields;
  const scope = doc.body ?? doc.documentElement;
  return dropEmpty({
    title: field(finder, scope, fields.title),
    company: field(finder, scope, fields.company),
    location: field(finder, scope, fields.location),
    salary: field(finder, scope, fields.salary, 200),
    contact: field(finder, scope, fields.contact),
    description: visibleText(root),
    url: pageUrl,
  });
}
