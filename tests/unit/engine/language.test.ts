// Languages: English patterns run on English ads; an ad in a language without a pack is reported as unsupported
// (never a silent "safe" verdict); English patterns still run on the English part of a mixed ad.
import { describe, expect, it } from 'vitest';
import { engineFromDisk } from '../../../src/engine/node-rules';
import { expectValidResult } from './helpers';

const engine = engineFromDisk();

describe('language support', () => {
  it('applies the English pack to an English ad', () => {
    const ad = {
      text: 'We will keep your passport and you pay a registration fee before you travel to Dubai.',
    };
    const result = engine.scan(ad);
    expectValidResult(ad, result);
    expect(result.language).toMatchObject({ detected: 'en', supported: true });
    expect(result.language.packs).toContain('en');
    expect(result.flags.length).toBeGreaterThan(0);
    expect(result.flags.every((f) => f.lang === 'en')).toBe(true);
  });

  it('reports a German ad (no German pack) as unsupported, whatever it says', () => {
    const ad = {
      text: 'Wir suchen Mädchen für Arbeit im Ausland. Kostenloser Flug, der Reisepass wird vom Arbeitgeber aufbewahrt.',
    };
    const result = engine.scan(ad);
    expectValidResult(ad, result);
    expect(engine.languages).not.toContain('de');
    expect(result.language.detected).toBe('de');
    expect(result.language.supported).toBe(false);
    expect(result.language.packs).not.toContain('de');
  });

  it('a caller-given language without a pack is unsupported too, normalised from a region tag', () => {
    const result = engine.scan({ text: 'Gute Bezahlung, unbefristeter Vertrag.', lang: 'de-AT' });
    expect(result.language).toMatchObject({ detected: 'de', supported: false });
  });

  it('reports a Swahili ad as unsupported, never as a safe verdict in another pack', () => {
    const result = engine.scan({
      text: 'Tunatafuta wafanyakazi wa kiwanda huko Nairobi. Mshahara mzuri na mkataba wa kudumu. Wasiliana nasi kwa simu.',
    });
    expect(result.language.supported).toBe(false);
  });

  it('runs English patterns on the English part of an ad in an unsupported language', () => {
    const ad = {
      text: 'Wir suchen Mitarbeiter für Hotels. We will keep your passport and you pay the registration fee to the agency.',
    };
    const result = engine.scan(ad);
    expect(result.language.packs).toContain('en');
    expect(result.flags.some((f) => f.rule === 'documents.retained')).toBe(true);
  });

  it('uses the given pack for a supported language (es) and reports it', () => {
    const result = engine.scan({
      text: 'Trabajo en el extranjero, debes entregar el pasaporte al llegar.',
      lang: 'es',
    });
    expect(result.language).toMatchObject({ detected: 'es', supported: true });
    expect(result.language.packs[0]).toBe('es');
    expect(result.flags.some((f) => f.rule === 'documents.retained' && f.lang === 'es')).toBe(true);
  });

  it('empty input is "und"-free of flags and scores 0', () => {
    const result = engine.scan({});
    expect(result.score).toBe(0);
    expect(result.level).toBe('none');
    expect(result.flags).toEqual([]);
  });
});
