// How the pipeline runs page-wide queries. In a browser, native querySelectorAll is the fastest thing there is.
// In linkedom (CLI, bench) every querySelectorAll re-parses its selector and walks the whole tree, so the
// indexed finder walks the document once, indexes elements by tag, class and id, and answers the adapters'
// simple selectors from that index (compiled matcher), falling back to querySelectorAll for anything else.
import { type CompiledSelector, compileSelector, descendants, matchesWithin } from './selector';
import { safeQuery, safeQueryAll } from './text';
import { nextElement } from './walk';

export interface Finder {
  all(selector: string): Element[];
  first(selector: string): Element | null;
  /** First element inside `scope` matched by any selector, in order (selectors are fallbacks, most specific first). */
  within(scope: ParentNode, selectors: readonly string[] | undefined): Element | null;
}

function firstWithin(scope: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    const found = safeQuery(scope, selector);
    if (found) return found;
  }
  return null;
}

export const nativeFinder = (root: ParentNode): Finder => ({
  all: (selector) => safeQueryAll(root, selector),
  first: (selector) => safeQuery(root, selector),
  within: firstWithin,
});

/**
 * firstWithin for linkedom: inside a card (an element, not the document) simple selectors are matched by one
 * cached walk of the card instead of a querySelector call per selector.
 */
function compiledWithin(root: ParentNode, selectors: readonly string[] | undefined): Element | null {
  const scope =
    (root as Node).nodeType === 1 && (root as Element).tagName !== 'BODY' ? (root as Element) : null;
  if (!scope) return firstWithin(root, selectors);
  for (const selector of selectors ?? []) {
    const compiled = compileSelector(selector);
    if (compiled) {
      for (const el of descendants(scope)) if (matchesWithin(el, compiled, scope)) return el;
      continue;
    }
    const found = safeQuery(scope, selector);
    if (found) return found;
  }
  return null;
}

/** Elements indexed at most (a hostile page stops being indexed, the rest is answered natively). */
const MAX_INDEXED = 300_000;

interface Index {
  byTag: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  byId: Map<string, Element[]>;
  /** Document order, for selector lists. */
  order: Map<Element, number>;
  all: Element[];
  /** Elements having an attribute, built on first use per attribute name. */
  byAttr: Map<string, Element[]>;
  complete: boolean;
}

function buildIndex(doc: Document): Index {
  const index: Index = {
    byTag: new Map(),
    byClass: new Map(),
    byId: new Map(),
    order: new Map(),
    all: [],
    byAttr: new Map(),
    complete: true,
  };
  const add = (map: Map<string, Element[]>, key: string, el: Element) => {
    const list = map.get(key);
    if (list) list.push(el);
    else map.set(key, [el]);
  };
  const root = doc.documentElement;
  let count = 0;
  for (let child = root?.firstElementChild ?? null; child; child = nextElement(child, root!)) {
    if (++count > MAX_INDEXED) {
      index.complete = false;
      break;
    }
    index.order.set(child, count);
    index.all.push(child);
    add(index.byTag, child.tagName.toUpperCase(), child);
    const cls = child.getAttribute('class');
    if (cls) for (const name of cls.split(/\s+/)) if (name) add(index.byClass, name, child);
    const id = child.getAttribute('id');
    if (id) add(index.byId, id, child);
  }
  return index;
}

function candidates(index: Index, selector: CompiledSelector): Element[] {
  const right = selector.compounds[0]!;
  if (right.id) return index.byId.get(right.id) ?? [];
  if (right.classes[0]) return index.byClass.get(right.classes[0]) ?? [];
  const attr = right.attrs[0]?.name;
  if (attr) {
    let list = index.byAttr.get(attr);
    if (!list) {
      list = index.all.filter((el) => el.hasAttribute(attr));
      index.byAttr.set(attr, list);
    }
    return list;
  }
  if (right.tag) return index.byTag.get(right.tag) ?? [];
  return index.all;
}

export function indexedFinder(doc: Document): Finder {
  let index: Index | null = null;
  const all = (selector: string): Element[] => {
    const parts = selector.split(',').map((s) => s.trim());
    const compiled = parts.map((s) => compileSelector(s));
    if (compiled.some((c) => c === null)) return safeQueryAll(doc, selector);
    index ??= buildIndex(doc);
    if (!index.complete) return safeQueryAll(doc, selector);
    const found = new Set<Element>();
    for (const c of compiled)
      for (const el of candidates(index, c!)) if (matchesWithin(el, c!, null)) found.add(el);
    if (parts.length === 1) return [...found];
    // A selector list answers in document order, like querySelectorAll.
    const order = index.order;
    return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
  return { all, first: (selector) => all(selector)[0] ?? null, within: compiledWithin };
}
