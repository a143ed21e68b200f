// Interface strings come from _locales through browser.i18n. When getMessage is unavailable or returns nothing
// (unit tests, a key missing from a locale), the English catalogue answers instead, with the same placeholder
// rules, so the interface never shows an empty string or a raw key.
import { browser } from '#imports';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

/** Resolves one catalogue entry the way browsers do: $NAME$ → its placeholder content, then $1..$9 → subs. */
export function formatMessage(entry: CatalogueEntry | undefined, subs: readonly string[] = []): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|\d)/g, (_m, what: string) =>
    what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
  );
}

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const args = subs.map(String);
  let message = '';
  try {
    message = browser.i18n.getMessage(key, args);
  } catch {
    // No i18n API in this context (tests): use the fallback below.
  }
  return message || formatMessage((en as Catalogue)[key], args);
}

/** The interface language (e.g. "en", "pt-BR"), for lang attributes and Intl formatting. */
export function uiLanguage(): string {
  try {
    const lang = browser.i18n.getUILanguage();
    if (lang) return lang;
  } catch {
    // fall through
  }
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}

/**
 * The language the pages are actually written in, for their lang attribute: the catalogue the browser picked
 * (English when the browser's language has no catalogue), not the browser's language itself.
 */
export function pageLanguage(): string {
  return t('langTag') || 'en';
}

/** Country name in the interface language ("BR" → "Brazil"); the code itself when Intl cannot name it. */
export function countryName(code: string, lang = uiLanguage()): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, lang = uiLanguage()): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDateTime(date: Date, lang = uiLanguage()): string {
  try {
    return new Intl.DateTimeFormat([lang, 'en'], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return date.toISOString();
  }
}

export function formatDate(isoDate: string, lang = uiLanguage()): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat([lang, 'en'], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
