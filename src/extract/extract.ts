// The extraction pipeline, in order (Readability's straight line): structured data → site adapter → generic
// result list → generic main content. planPage() finds the ads' elements (cheap); reading each ad's text is
// deferred to read(), so the content script can read cards in time-boxed chunks.
import {
  findCards,
  findDetailRoot,
  MAX_CARDS,
  pickAdapter,
  readDetail,
  readFields,
  resolveLink,
} from './adapters/run';
import type { SiteAdapter } from './adapters/types';
import { cssPath } from './css-path';
import { type Finder, nativeFinder } from './finder';
import { findMainContent, findRepeatedCards, guessTitle } from './generic';
import { type AdFields, dropEmpty } from './posting';
import { jsonLdPostings, microdataPostings, type StructuredPosting } from './structured-data';
import { oneLine, visibleText } from './text';
import type { ExtractedAd, ExtractorName, PageExtraction, PageKind } from './types';

export interface AdCandidate {
  /** Where the ad sits in the page (null for JSON-LD postings no element shows). */
  element: Element | null;
  extractor: ExtractorName;
  read(): AdFields;
}

export interface PagePlan {
  kind: PageKind;
  candidates: AdCandidate[];
}

const CLEARLY_A_LIST = 10;

/** Below this, a detail page's visible description loses to the structured one. */
const MIN_VISIBLE_DESCRIPTION = 80;
/** Structured text up to this long is appended when the visible text lacks it. */
const MAX_APPENDED_STRUCTURED = 300;

const normalise = (text: string | undefined) => (text ?? '').toLowerCase().replace(/\W+/g, ' ').trim();

/** Structured fields first, visible ones fill the gaps; the longer readable description wins. */
function mergeFields(primary: AdFields, visible: AdFields): AdFields {
  const merged: AdFields = { ...visible, ...dropEmpty(primary) };
  const seen = visible.description ?? '';
  const given = primary.description ?? '';
  if (seen.includes(given)) merged.description = seen;
  else if (seen.length >= MIN_VISIBLE_DESCRIPTION) {
    // Short structured text the page does not show (requirements, benefits) still belongs to the ad.
    merged.description = given.length <= MAX_APPENDED_STRUCTURED ? `${seen}\n${given}` : seen;
  } else if (given.includes(seen)) merged.description = given;
  else merged.description = `${seen}\n${given}`; // both short and different: keep both, lose nothing
  return dropEmpty(merged);
}

function adapterPlan(
  doc: Document,
  finder: Finder,
  adapter: SiteAdapter,
  structured: StructuredPosting[],
  url?: string,
): PagePlan | null {
  const extractor: ExtractorName = `adapter:${adapter.name}`;
  const cards = findCards(finder, adapter);
  const root = findDetailRoot(finder, adapter);
  if (cards.length >= 2 || (cards.length === 1 && !root)) {
    // A preview pane next to the list (Indeed) holds the full text of one card: lend it to that card.
    const pane =
      root && !cards.some((card) => card.contains(root)) ? readDetail(finder, doc, adapter, root, url) : null;
    return {
      kind: 'listing',
      candidates: cards.map((card) => ({
        element: card,
        extractor,
        read: () => {
          const fields = readFields(finder, card, adapter.listing!.fields, url);
          if (pane && normalise(pane.title).includes(normalise(fields.title)) && fields.title) {
            if (pane.description.length > fields.description.length) fields.description = pane.description;
          }
          return fields;
        },
      })),
    };
  }
  if (!root) return null;
  const posting = structured[0];
  return {
    kind: 'detail',
    candidates: [
      {
        element: root,
        extractor: posting ? posting.source : extractor,
        read: () => {
          const visible = readDetail(finder, doc, adapter, root, url);
          return posting ? mergeFields(posting.fields, visible) : visible;
        },
      },
    ],
  };
}

function genericCardFields(card: Element, url?: string): AdFields {
  const link = card.tagName === 'A' ? card : card.querySelector('a[href]');
  return dropEmpty({
    title: oneLine(guessTitle(card)),
    description: visibleText(card),
    url: resolveLink(link?.getAttribute('href'), url),
  });
}

function structuredPlan(doc: Document, structured: StructuredPosting[]): PagePlan | null {
  if (structured.length === 0) return null;
  if (structured.length > 1) {
    return {
      kind: 'listing',
      candidates: structured.map((posting) => ({
        element: posting.element,
        extractor: posting.source,
        read: () => posting.fields,
      })),
    };
  }
  const posting = structured[0]!;
  const main = posting.element ?? findMainContent(doc, 20);
  return {
    kind: 'detail',
    candidates: [
      {
        element: main,
        extractor: posting.source,
        read: () =>
          main && !posting.element
            ? mergeFields(posting.fields, { title: undefined, description: visibleText(main) })
            : posting.fields,
      },
    ],
  };
}

function genericPlan(doc: Document, url?: string): PagePlan {
  const group = findRepeatedCards(doc);
  // Ten or more similar cards are a result list: no need for the (costlier) main-content pass.
  const main = group && group.cards.length >= CLEARLY_A_LIST ? null : findMainContent(doc);
  const mainLength = main ? visibleText(main, 30_000).length : 0;
  const mainIsElsewhere = main && group && !main.contains(group.parent) && !group.parent.contains(main);
  if (group && !(mainIsElsewhere && mainLength > group.textLength)) {
    return {
      kind: 'listing',
      candidates: group.cards.map((card) => ({
        element: card,
        extractor: 'generic',
        read: () => genericCardFields(card, url),
      })),
    };
  }
  if (!main) return { kind: 'none', candidates: [] };
  return {
    kind: 'detail',
    candidates: [
      {
        element: main,
        extractor: 'generic',
        read: () => dropEmpty({ title: oneLine(pageTitle(doc, main)), description: visibleText(main), url }),
      },
    ],
  };
}

function pageTitle(doc: Document, main: Element): string | undefined {
  const h1 = doc.querySelector('h1');
  return (h1 && visibleText(h1, 300)) || doc.title || guessTitle(main);
}

/** Finds the page's ads and their elements; reads no ad text yet. */
export function planPage(doc: Document, url?: string, finder: Finder = nativeFinder(doc)): PagePlan {
  const plan = planAll(doc, url, finder);
  // One page never yields more ads than one message may carry (adsFoundSchema), whichever step found them.
  if (plan.candidates.length > MAX_CARDS) plan.candidates.length = MAX_CARDS;
  return plan;
}

function planAll(doc: Document, url: string | undefined, finder: Finder): PagePlan {
  const structured = [...jsonLdPostings(doc, url, finder), ...microdataPostings(doc, url, finder)];
  const adapter = pickAdapter(doc, url, finder);
  if (adapter) {
    const plan = adapterPlan(doc, finder, adapter, structured, url);
    if (plan) return plan;
    // A known site whose ads are not rendered yet (client-side apps): nothing to read, and no guessing.
    if (structured.length === 0) return { kind: 'none', candidates: [] };
  }
  return structuredPlan(doc, structured) ?? genericPlan(doc, url);
}

/** Reads one candidate into the ad that crosses the message boundary. */
export function readCandidate(candidate: AdCandidate, index: number): ExtractedAd {
  const fields = candidate.read();
  return {
    ...fields,
    extractor: candidate.extractor,
    position: candidate.element ? { index, selector: cssPath(candidate.element) } : { index },
  };
}

export interface ExtractionWithElements extends PageExtraction {
  elements: (Element | null)[];
}

/** The whole pipeline at once (CLI, tests, bench). */
export function extractPage(doc: Document, url?: string, finder?: Finder): ExtractionWithElements {
  const plan = planPage(doc, url, finder);
  const ads: ExtractedAd[] = [];
  const elements: (Element | null)[] = [];
  for (const candidate of plan.candidates) {
    const ad = readCandidate(candidate, ads.length);
    if (!ad.description && !ad.title) continue; // an empty shell is not an ad
    ads.push(ad);
    elements.push(candidate.element);
  }
  const kind: PageKind = ads.length === 0 ? 'none' : plan.kind;
  return { kind, ads, elements };
}
