// Which country's hotlines to show: the one chosen in the options, else the region of the browser locale,
// else a language that is spoken mostly in one country. Otherwise none (the popup links the global directory).

/** Languages whose speakers are overwhelmingly in one country with a listed line. Ambiguous ones (en, es, pt,
 * fr, ru, ar...) are left out on purpose: guessing wrong would show the wrong country's numbers. */
const LANGUAGE_HOME: Record<string, string> = {
  th: 'TH',
  vi: 'VN',
  id: 'ID',
  fil: 'PH',
  tl: 'PH',
  uk: 'UA',
  ro: 'RO',
  ne: 'NP',
  pl: 'PL',
  it: 'IT',
  km: 'KH',
};

/** The region of a BCP 47 tag ("pt-BR" → "BR", "es-419" → ""), or "" when it has none. */
export function regionOf(locale: string): string {
  const parts = locale.replace(/_/g, '-').split('-');
  for (const part of parts.slice(1)) if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
  return '';
}

export function countryFromLocales(locales: readonly string[]): string {
  for (const locale of locales) {
    const region = regionOf(locale);
    if (region) return region === 'UK' ? 'GB' : region;
  }
  for (const locale of locales) {
    const lang = locale.toLowerCase().split(/[-_]/)[0] ?? '';
    const home = LANGUAGE_HOME[lang];
    if (home) return home;
  }
  return '';
}

/** The effective country: the saved one when set, else from the browser's locales. */
export function effectiveCountry(
  saved: string,
  locales: readonly string[],
): { country: string; fromLocale: boolean } {
  if (/^[A-Z]{2}$/.test(saved)) return { country: saved, fromLocale: false };
  return { country: countryFromLocales(locales), fromLocale: true };
}

/** The browser's preferred locales (the user's content-language list), then the UI language. */
export function browserLocales(uiLanguage?: string): string[] {
  const list = [
    ...(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])),
    uiLanguage,
  ];
  return list.filter((value): value is string => Boolean(value));
}
