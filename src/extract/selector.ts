// A tiny compiled CSS matcher for the simple selectors adapters use inside one card (tag, #id, .class,
// [attr], [attr=|*=|^=|$=|~=v], descendant and child combinators). Reading a card's fields then costs one walk
// of the card instead of dozens of querySelector calls (each one re-parses its selector in linkedom).
// Anything fancier returns null from compile() and the caller falls back to querySelector.
import { nextElement } from './walk';

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
}
interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: AttrTest[];
}
/** Compounds right to left, with the combinator that joins each to the next one on its left. */
export interface CompiledSelector {
  compounds: Compound[];
  combinators: Array<' ' | '>'>;
}

const COMPOUND_RE =
  /^([a-zA-Z][\w-]*|\*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:[*^$~]?="[^"]*"|[*^$~]?=[\w-]+)?\])*)$/;
const PART_RE = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:([*^$~]?=)(?:"([^"]*)"|([\w-]+)))?\]/g;

function compileCompound(text: string): Compound | null {
  const m = COMPOUND_RE.exec(text);
  if (!m || text === '') return null;
  const compound: Compound = {
    tag: m[1] && m[1] !== '*' ? m[1].toUpperCase() : null,
    id: null,
    classes: [],
    attrs: [],
  };
  for (const part of (m[2] ?? '').matchAll(PART_RE)) {
    if (part[1]) compound.id = part[1];
    else if (part[2]) compound.classes.push(part[2]);
    else if (part[3]) {
      compound.attrs.push({
        name: part[3],
        op: (part[4] ?? '') as AttrTest['op'],
        value: part[5] ?? part[6] ?? '',
      });
    }
  }
  return compound;
}

const cache = new Map<string, CompiledSelector | null>();

export function compileSelector(selector: string): CompiledSelector | null {
  if (cache.has(selector)) return cache.get(selector)!;
  let result: CompiledSelector | null = null;
  const tokens = selector
    .trim()
    .replace(/\s*>\s*/g, ' > ')
    .split(/\s+/);
  if (!selector.includes(',') && tokens.length > 0) {
    const compounds: Compound[] = [];
    const combinators: Array<' ' | '>'> = [];
    let ok = true;
    let pending: ' ' | '>' = ' ';
    for (let i = tokens.length - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token === '>') {
        pending = '>';
        continue;
      }
      const compound = compileCompound(token);
      if (!compound) {
        ok = false;
        break;
      }
      if (compounds.length > 0) combinators.push(pending);
      compounds.push(compound);
      pending = ' ';
    }
    if (ok && compounds.length > 0 && tokens[0] !== '>') result = { compounds, combinators };
  }
  cache.set(selector, result);
  return result;
}

function hasClass(el: Element, name: string): boolean {
  const attr = el.getAttribute('class');
  if (!attr) return false;
  const at = attr.indexOf(name);
  if (at < 0) return false;
  return ` ${attr.replace(/\s+/g, ' ')} `.includes(` ${name} `);
}

function matchAttr(el: Element, test: AttrTest): boolean {
  const value = el.getAttribute(test.name);
  if (value === null) return false;
  switch (test.op) {
    case '':
      return true;
    case '=':
      return value === test.value;
    case '*=':
      return value.includes(test.value);
    case '^=':
      return value.startsWith(test.value);
    case '$=':
      return value.endsWith(test.value);
    case '~=':
      return value.split(/\s+/).includes(test.value);
  }
}

function matchCompound(el: Element, c: Compound): boolean {
  if (c.tag && el.tagName.toUpperCase() !== c.tag) return false;
  if (c.id && el.getAttribute('id') !== c.id) return false;
  for (const name of c.classes) if (!hasClass(el, name)) return false;
  for (const attr of c.attrs) if (!matchAttr(el, attr)) return false;
  return true;
}

/** Does `el` match, with ancestors looked up no higher than `scope` (exclusive), as querySelector does? */
export function matchesWithin(el: Element, selector: CompiledSelector, scope: Element | null): boolean {
  const { compounds, combinators } = selector;
  if (!matchCompound(el, compounds[0]!)) return false;
  let current: Element | null = el;
  for (let i = 1; i < compounds.length; i++) {
    const combinator = combinators[i - 1];
    let found = false;
    for (
      current = current?.parentElement ?? null;
      current && current !== scope;
      current = current.parentElement
    ) {
      if (matchCompound(current, compounds[i]!)) {
        found = true;
        break;
      }
      if (combinator === '>') break;
    }
    if (!found) return false;
  }
  return true;
}

const descendantsCache = new WeakMap<Element, Element[]>();

/** The element's descendants in document order (cached: a card is read once per scan). */
export function descendants(root: Element, max = 5_000): Element[] {
  let list = descendantsCache.get(root);
  if (list) return list;
  list = [];
  for (let el = root.firstElementChild; el && list.length < max; el = nextElement(el, root)) list.push(el);
  descendantsCache.set(root, list);
  return list;
}

/** Forgets cached descendants (the content script calls this when the page changed). */
export function forgetDescendants(root: Element): void {
  descendantsCache.delete(root);
}
