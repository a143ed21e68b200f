// Loads and validates the bundled hotline directory once; lookups by country.
import raw from './hotlines.json';
import { type Hotline, type HotlineDirectory, hotlineDirectorySchema } from './schema';

let cached: HotlineDirectory | null = null;

/** The validated directory. Throws with every problem listed if the bundled data is malformed. */
export function hotlineDirectory(): HotlineDirectory {
  cached ??= hotlineDirectorySchema.parse(raw);
  return cached;
}

/** Lines for a country, primary first; an empty list when the directory has none. */
export function hotlinesFor(country: string, directory = hotlineDirectory()): Hotline[] {
  const code = country.toUpperCase();
  return directory.hotlines
    .filter((line) => line.country === code)
    .sort((a, b) => Number(Boolean(b.primary)) - Number(Boolean(a.primary)));
}

export function countriesWithHotlines(directory = hotlineDirectory()): string[] {
  return [...new Set(directory.hotlines.map((line) => line.country))].sort();
}

/** A dialable tel: URI from a number as the source wrote it ("1-888-373-7888" → "tel:18883737888"). */
export function telHref(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${phone.replace(/[^0-9]/g, '')}`;
}

export function smsHref(phone: string): string {
  return `sms:${telHref(phone).slice(4)}`;
}

/** wa.me needs an international number; local numbers are shown as text only. */
export function whatsappHref(phone: string): string | null {
  return phone.trim().startsWith('+') ? `https://wa.me/${phone.replace(/[^0-9]/g, '')}` : null;
}
