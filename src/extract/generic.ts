// Step 3 of the pipeline, for every page no adapter knows: a Readability-style main-content finder (one ad on
// its own page) and a repeated-card finder (a result list). Both have hard caps on the nodes they look at.
import { safeQueryAll, visibleText } from './text';

export const MAX_LINKS = 3_000;
export const MAX_BLOCKS = 4_000;
const MIN_CARDS = 3;
const MIN_CARD_TEXT = 30;
const MAX_CARD_TEXT = 5_000;

const COMMAS = /[,，、،]/;

/** Class or id words of page furniture, never the ad. */
const UNLIKELY =
  /(^|[\s_-])(nav|navbar|menu|footer|header|masthead|sidebar|aside|breadcrumbs?|comment|cookie|consent|banner|social|share|related|recommend|promo|pagination|pager|signup|login|modal|popup|subscribe)([\s_-]|$)/i;

const labelOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

function isUnlikely(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'HEADER' || tag === 'ASIDE' || tag === 'FORM') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary')
    return true;
  return UNLIKELY.test(labelOf(el));
}

/**
 * "Is this element inside page furniture (below `stop`)?", remembering every answer on the way up: asked for
 * thousands of elements of a deeply nested page, a plain climb each time would cost elements × depth.
 */
function insideUnlikelyTest(stop: Element | null): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const chain: Element[] = [];
    let inside = false;
    for (let up: Element | null = el; up && up !== stop; up = up.parentElement) {
      const answer = known.get(up);
      if (answer !== undefined) {
        inside = answer;
        break;
      }
      chain.push(up);
      if (isUnlikely(up)) {
        inside = true;
        break;
      }
    }
    for (const node of chain) known.set(node, inside);
    return inside;
  };
}

/**
 * textContent.trim().length, counting at most `max` characters: in a broken page one unclosed inline element
 * (a link, a span) can wrap the whole rest of the page, and reading all of it for every such element is quadratic.
 */
function boundedTextLength(el: Element, max = 2_000): number {
  let total = 0;
  let node: Node | null = el.firstChild;
  while (node && total <= max) {
    if (node.nodeType === 3) total += node.nodeValue?.length ?? 0;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return total <= max ? (el.textContent ?? '').trim().length : total;
}

/** Length of the text directly inside an element (not in child elements). */
function ownTextLength(el: Element): { length: number; commas: number } {
  let length = 0;
  let commas = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 3) {
      const tag = (child as Element).tagName;
      if (tag === 'B' || tag === 'STRONG' || tag === 'EM' || tag === 'I' || tag === 'SPAN' || tag === 'A') {
        length += boundedTextLength(child as Element, 300); // the score counts up to 300 characters
      }
      continue;
    }
    const text = child.nodeValue ?? '';
    length += text.trim().length;
    // Commas in the first 2,000 characters are enough to tell prose from a list of links.
    const head = text.length > 2_000 ? text.slice(0, 2_000) : text;
    commas += head.split(COMMAS).length - 1;
  }
  return { length, commas };
}

function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 1;
  let linkText = 0;
  for (const a of safeQueryAll(el, 'a').slice(0, 400)) {
    linkText += boundedTextLength(a, textLength);
    if (linkText >= textLength) break; // all link text: no need to read the rest (nested links repeat it)
  }
  return Math.min(1, linkText / textLength);
}

/**
 * The element holding the page's main text, Readability-style: paragraphs score their parent and grandparent
 * by length and commas; the best candidate, discounted by its link density, wins. Null when nothing qualifies.
 */
export function findMainContent(doc: Document, minChars = 100): Element | null {
  const body = doc.body;
  if (!body) return null;
  const insideUnlikely = insideUnlikelyTest(body);
  const preferred = safeQueryAll(body, 'article, main, [role="main"], [itemprop="description"]').find(
    (el) => visibleText(el, minChars * 2).length >= minChars && !insideUnlikely(el),
  );
  const scores = new Map<Element, number>();
  const blocks = safeQueryAll(body, 'p, li, pre, td, dd, blockquote, div, section').slice(0, MAX_BLOCKS);
  for (const block of blocks) {
    const { length, commas } = ownTextLength(block);
    if (length < 25) continue;
    const score = 1 + commas + Math.min(Math.floor(length / 100), 3);
    const parent = block.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
    if (block.tagName === 'DIV' || block.tagName === 'SECTION' || block.tagName === 'TD') {
      scores.set(block, (scores.get(block) ?? 0) + score);
    }
  }
  const ranked = [...scores.entries()]
    .filter(([el]) => el !== doc.documentElement && !insideUnlikely(el))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of ranked) {
    const length = visibleText(el, 30_000).length;
    const adjusted = score * (1 - linkDensity(el, length));
    if (adjusted > bestScore && length >= minChars) {
      best = el;
      bestScore = adjusted;
    }
  }
  if (preferred && (!best || preferred.contains(best) || !best.contains(preferred))) return preferred;
  if (best) return best;
  return visibleText(body, minChars * 2).length >= minChars ? body : null;
}

export interface CardGroup {
  parent: Element;
  cards: Element[];
  textLength: number;
}

/** Tag and sorted classes: two cards of one list share it. */
function signatureOf(el: Element): string {
  const cls = el.getAttribute('class')?.trim();
  if (!cls) return el.tagName;
  return /\s/.test(cls) ? `${el.tagName}.${cls.split(/\s+/).sort().join('.')}` : `${el.tagName}.${cls}`;
}

/**
 * Repeated ad cards: from every link, climb to the first ancestor that has at least two siblings shaped the same
 * (same tag and classes). The group whose members carry the most readable text is the result list.
 */
export function findRepeatedCards(doc: Document): CardGroup | null {
  const body = doc.body;
  if (!body) return null;
  const insideUnlikely = insideUnlikelyTest(body);
  const groups = new Map<string, { parent: Element; signature: string; cards: Set<Element> }>();
  const signatures = new Map<Element, string>();
  const signature = (el: Element) => {
    let sig = signatures.get(el);
    if (sig === undefined) {
      sig = signatureOf(el);
      signatures.set(el, sig);
    }
    return sig;
  };
  const siblingCounts = new Map<Element, Map<string, number>>();
  const countSiblings = (parent: Element) => {
    let counts = siblingCounts.get(parent);
    if (!counts) {
      counts = new Map();
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
        const sig = signature(c);
        counts.set(sig, (counts.get(sig) ?? 0) + 1);
      }
      siblingCounts.set(parent, counts);
    }
    return counts;
  };
  const parentIds = new Map<Element, number>();
  for (const link of safeQueryAll(body, 'a[href]').slice(0, MAX_LINKS)) {
    let el: Element = link;
    for (let depth = 0; depth < 8; depth++) {
      const parent: Element | null = el.parentElement;
      if (!parent || parent === doc.documentElement) break;
      const sig = signature(el);
      if ((countSiblings(parent).get(sig) ?? 0) >= MIN_CARDS) {
        if (!parentIds.has(parent)) parentIds.set(parent, parentIds.size);
        const key = `${parentIds.get(parent)}|${sig}`;
        let group = groups.get(key);
        if (!group) {
          group = { parent, signature: sig, cards: new Set() };
          groups.set(key, group);
        }
        group.cards.add(el);
        break;
      }
      el = parent;
    }
  }
  let best: CardGroup | null = null;
  let bestScore = 0;
  for (const group of groups.values()) {
    if (group.cards.size < MIN_CARDS || isUnlikely(group.parent) || insideUnlikely(group.parent)) continue;
    const cards = [...group.cards];
    const sample = cards.slice(0, 30).map((card) => visibleText(card, MAX_CARD_TEXT).length);
    const average = sample.reduce((a, b) => a + b, 0) / sample.length;
    if (average < MIN_CARD_TEXT) continue;
    const score = cards.length * Math.min(average, 400);
    if (score > bestScore) {
      bestScore = score;
      best = { parent: group.parent, cards, textLength: Math.round(average * cards.length) };
    }
  }
  return best;
}

/** Title of a generic card or page: its first heading, else its first substantial link, else its first line. */
export function guessTitle(el: Element): string | undefined {
  const heading = safeQueryAll(el, 'h1, h2, h3, h4, [itemprop="title"], [itemprop="name"]').find(
    (h) => visibleText(h, 300).length >= 3,
  );
  if (heading) return visibleText(heading, 300).replace(/\s+/g, ' ');
  const link = safeQueryAll(el, 'a[href]').find((a) => visibleText(a, 300).length >= 8);
  if (link) return visibleText(link, 300).replace(/\s+/g, ' ');
  return visibleText(el, 300).split('\n')[0]?.slice(0, 200) || undefined;
}
