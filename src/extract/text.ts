// Text helpers shared by every extractor. They read the DOM through a handful of standard properties only
// (nodeType, tagName, childNodes, getAttribute), so the same code runs on a real DOM and on linkedom.

/** Elements whose content is never ad text a person reads. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'OPTION',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'ARL-BADGE', // our own badge host
]);

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'PRE',
  'DL',
  'DT',
  'DD',
  'HR',
  'MAIN',
  'ASIDE',
  'NAV',
  'FORM',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
]);

/** Upper bound on the characters read from one element: a hostile page cannot make us copy megabytes. */
export const MAX_TEXT_CHARS = 20_000;

const tagOf = (node: Node) => (node as Element).tagName?.toUpperCase() ?? '';

/**
 * The text a person reads in an element: skips scripts, styles, form controls and `hidden` subtrees, puts a
 * line break around block elements, collapses runs of spaces. Stops after `maxChars`.
 */
export function visibleText(root: Node | null | undefined, maxChars = MAX_TEXT_CHARS): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  // An explicit walk (first child, next sibling, parent), not recursion: pages nest thousands deep.
  let node: Node | null = root;
  while (node && length < maxChars) {
    let enter = false;
    const type = node.nodeType;
    if (type === 3) {
      // HTML collapses white space in text (line breaks in the source are spaces on screen).
      push((node.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' '));
    } else if (type === 1 || type === 11 || type === 9) {
      const tag = tagOf(node);
      const hidden = SKIP_TAGS.has(tag) || (type === 1 && (node as Element).hasAttribute('hidden'));
      if (hidden) {
        // nothing a person reads
      } else if (tag === 'PRE' && node.textContent) push(`\n${node.textContent}\n`);
      else {
        if (BLOCK_TAGS.has(tag)) parts.push('\n');
        enter = true;
      }
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (enter && BLOCK_TAGS.has(tagOf(node))) parts.push('\n');
    // Next sibling, or climb out, closing each block element left behind.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && BLOCK_TAGS.has(tagOf(node))) parts.push('\n');
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return cleanText(parts.join('')).slice(0, maxChars);
}

/** Collapses spaces inside lines and blank lines between them; trims. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\t\f\v ]+/g, ' ')
    .replace(/ *\r?\n[\s]*/g, '\n')
    .trim();
}

/** One-line form for short fields (title, company, location...). */
export function oneLine(text: string | undefined | null, max = 300): string | undefined {
  if (!text) return undefined;
  const line = text.replace(/\s+/g, ' ').trim().slice(0, max);
  return line || undefined;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  euro: '€',
  pound: '£',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAG_RE =
  /<\s*\/?\s*(p|div|li|ul|ol|br|h[1-6]|tr|table|section|article|blockquote|pre|dl|dt|dd|hr)\b[^>]*>/gi;

/**
 * HTML fragments found inside structured data (JSON-LD descriptions) as plain text, without parsing them
 * into a DOM: no element is ever created from page-controlled markup. Handles escaped markup (`&lt;p&gt;`)
 * and the spaced-out tags some site tooling emits (`< p >`, `< /li>`).
 */
export function htmlToText(html: string, maxChars = MAX_TEXT_CHARS): string {
  let text = html.slice(0, maxChars * 4);
  if (/&lt;\s*\/?\s*[a-z]/i.test(text) && !/<\s*\/?\s*[a-z][^>]*>/i.test(text)) text = decodeEntities(text);
  text = text
    .replace(/\s+/g, ' ') // white space in markup is a space on screen; line breaks come from block tags
    .replace(/<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/gi, ' ')
    .replace(BLOCK_TAG_RE, '\n')
    .replace(/<\s*\/?\s*[a-z][a-z0-9]*\b[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  return cleanText(decodeEntities(text)).slice(0, maxChars);
}

export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null; // a selector the DOM implementation does not support: treat as no match
  }
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
