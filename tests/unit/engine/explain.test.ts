import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { explainIn, packForLocale } from '../../../src/engine/explain';
import { loadRuleSetFromDisk } from '../../../src/engine/node-rules';

const { ruleSet } = loadRuleSetFromDisk();
const engine = createEngine(ruleSet!);
const AD = {
  text: 'Trabajo en Europa. Pagamos tu billete de avión y lo descuentas de tu sueldo. El empleador guarda tu pasaporte.',
  lang: 'es',
};

describe('explanations in the interface language', () => {
  it('maps browser locales to pack names', () => {
    expect(packForLocale('pt-BR')).toBe('pt');
    expect(packForLocale('fil')).toBe('tl');
    expect(packForLocale('zh_CN')).toBe('zh');
    expect(packForLocale('uk')).toBe('uk');
  });

  it('explains a Spanish ad in Ukrainian for a Ukrainian reader, keeping the Spanish evidence', () => {
    const result = engine.scan(AD);
    const flag = result.flags.find((f) => f.rule === 'documents.retained');
    expect(flag, 'the Spanish ad should flag the retained passport').toBeDefined();
    const localised = explainIn(result, ruleSet!, 'uk-UA');
    const same = localised.flags.find((f) => f.rule === 'documents.retained')!;
    expect(same.evidence).toBe(flag!.evidence);
    expect(same.explanation.title).not.toBe(flag!.explanation.title);
    expect(same.explanation.title).toMatch(/[\u0400-\u04FF]/); // Cyrillic
  });

  it('keeps the ad-language explanation when the reader has no pack', () => {
    const result = engine.scan(AD);
    expect(explainIn(result, ruleSet!, 'de-DE')).toEqual(result);
  });
});
