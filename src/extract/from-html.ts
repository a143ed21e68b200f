// Node entry point of the extraction (CLI, tests, bench): parses HTML with linkedom and runs the same pipeline
// the content script runs on the live DOM. Never imported by the content script.
import { parseHTML } from 'linkedom';
import { extractPage } from './extract';
import { indexedFinder } from './finder';
import { isProbablyJobPage } from './gate';
import type { PageExtraction } from './types';

/** Hard cap on the HTML parsed: a hostile or broken file cannot exhaust memory. */
export const MAX_HTML_CHARS = 20_000_000;

/**
 * Makes saved pages parseable: drops raw HTTP response headers saved in front of the markup, and wraps
 * fragments (job cards pasted without <html>/<body>) in a document.
 */
export function normaliseHtml(html: string): string {
  let text = html.replace(/^\uFEFF/, '');
  if (/^HTTP\/\d(\.\d)? \d{3}/.test(text)) {
    const start = text.search(/\r?\n\r?\n/);
    text = start >= 0 ? text.slice(start).trimStart() : text;
  }
  if (/^\s*(\{|\[\s*[{"\]])/.test(text)) {
    // A bare JSON-LD file (.jsonld): read it as the one structured-data block of an empty page.
    text = `<!DOCTYPE html><html><head><script type="application/ld+json">${text.replace(/<\//g, '<\\/')}</script></head><body></body></html>`;
  } else if (!/<html[\s>]/i.test(text.slice(0, 5_000)) && !/<body[\s>]/i.test(text)) {
    text = `<!DOCTYPE html><html><head></head><body>${text}</body></html>`;
  }
  return text;
}

export function parseDocument(html: string): Document {
  if (typeof html !== 'string') throw new TypeError('extractFromHtml: expected the page HTML as a string');
  if (html.length > MAX_HTML_CHARS) {
    throw new RangeError(`extractFromHtml: page too large (${html.length} chars, limit ${MAX_HTML_CHARS})`);
  }
  return parseHTML(normaliseHtml(html)).document as unknown as Document;
}

/** The page's ads, as the extension would see them. `url` is where the page came from, when known. */
export function extractFromHtml(html: string, url?: string): PageExtraction {
  const doc = parseDocument(html);
  const pageUrl = url ?? canonicalUrl(html);
  const finder = indexedFinder(doc);
  const { kind, ads } = extractPage(doc, pageUrl, finder);
  return { kind, ads, probablyJobPage: isProbablyJobPage(doc, pageUrl, finder) };
}

/** A saved page's own address (canonical link or og:url), when it is absolute. */
function canonicalUrl(html: string): string | undefined {
  const head = html.slice(0, 200_000);
  const match =
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(head) ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical/i.exec(head) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(head);
  const href = match?.[1]?.replace(/&amp;/g, '&');
  return href && /^https?:\/\//i.test(href) ? href : undefined;
}
