import { describe, expect, it } from 'vitest';
import { countryFromLocales, effectiveCountry, regionOf } from '../../../src/hotlines/country';

describe('country from locale', () => {
  it('takes the region of the first locale that has one', () => {
    expect(regionOf('pt-BR')).toBe('BR');
    expect(regionOf('es-419')).toBe('');
    expect(regionOf('zh-Hant-TW')).toBe('TW');
    expect(countryFromLocales(['es', 'es-MX', 'en-US'])).toBe('MX');
    expect(countryFromLocales(['en_GB'])).toBe('GB');
  });

  it('falls back to languages spoken mostly in one country, never to ambiguous ones', () => {
    expect(countryFromLocales(['th'])).toBe('TH');
    expect(countryFromLocales(['fil'])).toBe('PH');
    expect(countryFromLocales(['es'])).toBe('');
    expect(countryFromLocales(['ru', 'en'])).toBe('');
    expect(countryFromLocales([])).toBe('');
  });

  it('prefers the country saved in the options', () => {
    expect(effectiveCountry('CA', ['en-US'])).toEqual({ country: 'CA', fromLocale: false });
    expect(effectiveCountry('', ['uk-UA'])).toEqual({ country: 'UA', fromLocale: true });
  });
});
