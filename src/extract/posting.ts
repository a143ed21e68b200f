// schema.org JobPosting (from JSON-LD or microdata, normalised to plain objects) → ad fields.
// Values come in every shape the vocabulary allows: strings, numbers, objects, arrays of either.

import { cleanText, htmlToText, MAX_TEXT_CHARS, oneLine } from './text';
import type { ExtractedAd } from './types';

export type AdFields = Omit<ExtractedAd, 'extractor' | 'position'>;

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: Json): Json[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** True for `"JobPosting"`, `"schema:JobPosting"`, `"http://schema.org/JobPosting"` and arrays holding one. */
export function isJobPosting(node: Json): node is Record<string, Json> {
  if (!isObject(node)) return false;
  return asArray(node['@type'] ?? node.type).some(
    (type) => typeof type === 'string' && /(^|[/:#])JobPosting$/i.test(type.trim()),
  );
}

/** Every JobPosting object inside a JSON-LD value: top level, arrays, @graph, ItemList elements, nesting. */
export function findPostings(root: Json, limit = 500): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  const seen = new Set<Json>();
  const visit = (node: Json, depth: number) => {
    if (found.length >= limit || depth > 8 || node === null || typeof node !== 'object' || seen.has(node))
      return;
    seen.add(node);
    if (isJobPosting(node)) {
      found.push(node);
      return;
    }
    for (const value of Array.isArray(node) ? node : Object.values(node)) visit(value, depth + 1);
  };
  visit(root, 0);
  return found;
}

/** Nesting and list lengths read inside one posting: real postings stay far below; hostile ones stop here. */
const MAX_DEPTH = 6;
const MAX_ITEMS = 100;

/** Turns one string value into text: HTML for JSON-LD (descriptions carry markup), plain for microdata. */
export type TextReader = (value: string, maxChars?: number) => string;

/**
 * Microdata values are already what a person reads on the page (element text or attribute values): markup-like
 * text in them (`<img src=x>` shown as characters) is part of the ad and must be kept, never stripped.
 */
const plainText: TextReader = (value, maxChars = MAX_TEXT_CHARS) => cleanText(value.slice(0, maxChars));

/** The JobPosting readers, for one way of reading string values. */
function postingReader(toText: TextReader) {
  /** Text of a value: a string or number, or the `name` of an object, or the first usable array item. */
  function textOf(value: Json, depth = 0): string | undefined {
    if (typeof value === 'string') return oneLine(toText(value, 2_000));
    if (typeof value === 'number') return String(value);
    if (depth > MAX_DEPTH) return undefined;
    if (Array.isArray(value)) {
      const parts = value
        .slice(0, MAX_ITEMS)
        .map((item) => textOf(item, depth + 1))
        .filter(Boolean);
      return parts.length ? oneLine([...new Set(parts)].join(', ')) : undefined;
    }
    if (isObject(value)) return textOf(value.name ?? value.legalName ?? value.value, depth + 1);
    return undefined;
  }

  function addressText(address: Json): string | undefined {
    if (!isObject(address)) return textOf(address);
    const parts = [
      address.streetAddress,
      address.addressLocality,
      address.addressRegion,
      address.postalCode,
      address.addressCountry,
    ]
      .map(textOf)
      .filter((part): part is string => Boolean(part));
    return parts.length ? [...new Set(parts)].join(', ') : textOf(address.name);
  }

  function locationText(posting: Record<string, Json>): string | undefined {
    const places = asArray(posting.jobLocation).map((place) =>
      isObject(place) ? (addressText(place.address) ?? textOf(place.name)) : textOf(place),
    );
    const remote = asArray(posting.jobLocationType).some(
      (t) => typeof t === 'string' && /telecommute/i.test(t),
    );
    if (remote) places.push('Remote');
    for (const requirement of asArray(posting.applicantLocationRequirements))
      places.push(textOf(requirement));
    const unique = [...new Set(places.filter((p): p is string => Boolean(p)))];
    return unique.length ? oneLine(unique.join('; ')) : undefined;
  }

  const formatNumber = (n: Json) => (typeof n === 'number' ? n.toLocaleString('en-US') : textOf(n));

  function amountText(amount: Json, currency?: Json): string | undefined {
    if (!isObject(amount)) {
      const value = formatNumber(amount);
      return value ? oneLine([textOf(currency), value].filter(Boolean).join(' ')) : undefined;
    }
    const cur = textOf(amount.currency) ?? textOf(currency);
    const inner = amount.value;
    if (isObject(inner)) {
      const range =
        inner.minValue !== undefined || inner.maxValue !== undefined
          ? [formatNumber(inner.minValue), formatNumber(inner.maxValue)].filter(Boolean).join('–')
          : formatNumber(inner.value);
      const unit = textOf(inner.unitText);
      return (
        oneLine([cur, range, unit ? `per ${unit.toLowerCase()}` : ''].filter(Boolean).join(' ')) || undefined
      );
    }
    const value = formatNumber(inner ?? amount.minValue);
    return value ? oneLine([cur, value].filter(Boolean).join(' ')) : undefined;
  }

  function salaryText(posting: Record<string, Json>): string | undefined {
    return amountText(posting.baseSalary, posting.salaryCurrency) ?? amountText(posting.estimatedSalary);
  }

  function contactText(posting: Record<string, Json>): string | undefined {
    const parts: string[] = [];
    for (const contact of [...asArray(posting.applicationContact), ...asArray(posting.hiringOrganization)]) {
      if (!isObject(contact)) continue;
      for (const key of ['email', 'telephone', 'faxNumber']) {
        const value = textOf(contact[key]);
        if (value) parts.push(value);
      }
    }
    return parts.length ? oneLine([...new Set(parts)].join(', ')) : undefined;
  }

  /** Free-text properties a person reads as part of the ad, after the description. */
  const EXTRA_TEXT_KEYS = [
    'responsibilities',
    'qualifications',
    'skills',
    'experienceRequirements',
    'educationRequirements',
    'jobBenefits',
    'incentiveCompensation',
    'workHours',
    'employerOverview',
    'physicalRequirement',
    'sensoryRequirement',
  ] as const;

  function longText(value: Json, depth = 0): string | undefined {
    if (typeof value === 'string') return toText(value) || undefined;
    if (depth > MAX_DEPTH) return undefined;
    if (Array.isArray(value))
      return (
        value
          .slice(0, MAX_ITEMS)
          .map((item) => longText(item, depth + 1))
          .filter(Boolean)
          .join('\n') || undefined
      );
    if (isObject(value))
      return longText(value.description, depth + 1) ?? textOf(value.name) ?? textOf(value.credentialCategory);
    return undefined;
  }

  /** The description and the extra text properties, within the per-ad bound (the message schema rejects more). */
  function descriptionText(posting: Record<string, Json>): string {
    let text = longText(posting.description) ?? '';
    for (const key of EXTRA_TEXT_KEYS) {
      if (text.length >= MAX_TEXT_CHARS) break;
      const extra = longText(posting[key]);
      if (extra && !text.includes(extra)) text = text ? `${text}\n${extra}` : extra;
    }
    return text.slice(0, MAX_TEXT_CHARS);
  }

  /** Ad fields from one JobPosting; undefined fields are left out. */
  function fields(posting: Record<string, Json>, pageUrl?: string): AdFields {
    const fields: AdFields = {
      title: textOf(posting.title) ?? textOf(posting.name),
      company: textOf(posting.hiringOrganization),
      location: locationText(posting),
      salary: salaryText(posting),
      description: descriptionText(posting),
      contact: contactText(posting),
      url: typeof posting.url === 'string' ? posting.url : pageUrl,
    };
    return dropEmpty(fields);
  }
  return fields;
}

const fromHtml = postingReader(htmlToText);
const fromText = postingReader(plainText);

/** Ad fields from one JobPosting; undefined fields are left out. `format` says how its strings are written. */
export function postingToFields(
  posting: Record<string, Json>,
  pageUrl?: string,
  format: 'html' | 'text' = 'html',
): AdFields {
  return (format === 'html' ? fromHtml : fromText)(posting, pageUrl);
}

export function dropEmpty(fields: AdFields): AdFields {
  const out: AdFields = { description: fields.description ?? '' };
  for (const key of ['title', 'company', 'location', 'salary', 'contact', 'url'] as const) {
    if (fields[key]) out[key] = fields[key];
  }
  return out;
}
