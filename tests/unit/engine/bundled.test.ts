// The extension's engine (rules bundled by Vite through import.meta.glob, compromise imported statically) loads and
// scans under Vitest exactly like the Node engine that reads rules/ from disk; and pay written in words is read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { bundledEngine, bundledRuleSet } from '../../../src/engine/bundled';
import { engineFromDisk, loadRuleSetFromDisk } from '../../../src/engine/node-rules';

const WORDS_AD = {
  title: 'Hotel cleaner',
  description:
    'Easy hotel cleaning job abroad. We pay seven thousand dollars a week, accommodation included.',
};
const DIGITS_AD = { ...WORDS_AD, description: WORDS_AD.description.replace('seven thousand', '7,000') };

describe('bundled engine', () => {
  it('loads every rule pack from the bundle with no fatal error', () => {
    const { ruleSet, errors } = bundledRuleSet();
    expect(errors.filter((e) => e.fatal)).toEqual([]);
    expect(ruleSet).not.toBeNull();
    const disk = loadRuleSetFromDisk();
    expect([...(ruleSet?.packs.keys() ?? [])].sort()).toEqual([...(disk.ruleSet?.packs.keys() ?? [])].sort());
    expect(bundledEngine()?.languages).toContain('en');
  });

  it('gives the same results as the engine built from disk', () => {
    const bundled = bundledEngine();
    const disk = engineFromDisk();
    for (const ad of [
      WORDS_AD,
      DIGITS_AD,
      {
        text: 'Se busca chica joven para trabajar en el extranjero. Billete pagado, se descuenta del sueldo.',
      },
      { text: 'Работа за границей для девушек, билеты за счёт работодателя, паспорт хранится у нас.' },
    ])
      expect(bundled?.scan(ad)).toEqual(disk.scan(ad));
  });
});

describe('pay written in words (compromise)', () => {
  const payFlag = (result: ReturnType<ReturnType<typeof engineFromDisk>['scan']>) =>
    result.flags.find((f) => f.rule === 'pay.implausible');

  it('reads "seven thousand dollars a week" like "7,000 dollars a week"', () => {
    const inDigits = payFlag(engineFromDisk().scan(DIGITS_AD));
    expect(inDigits).toBeDefined();
    for (const engine of [engineFromDisk(), bundledEngine()]) {
      const flag = payFlag(engine?.scan(WORDS_AD) ?? engineFromDisk().scan({ text: '' }));
      expect(flag?.evidence).toBe('seven thousand dollars a week');
      expect(flag?.detail).toBe(inDigits?.detail);
    }
  });

  it('is off without a number reader, and never reads numbers in sentences that have digits', () => {
    const { ruleSet } = loadRuleSetFromDisk();
    if (!ruleSet) throw new Error('no rules');
    expect(payFlag(createEngine(ruleSet).scan(WORDS_AD))).toBeUndefined();
    const mixed = {
      ...WORDS_AD,
      description: 'Hotel cleaning job. We pay seven thousand dollars a week for 2 shifts.',
    };
    expect(payFlag(engineFromDisk().scan(mixed))).toBeUndefined();
  });

  it('needs a currency word in the sentence: "seven thousand guests a week" is not pay', () => {
    const ad = { ...WORDS_AD, description: 'Busy hotel with seven thousand guests a week. Friendly team.' };
    expect(payFlag(engineFromDisk().scan(ad))).toBeUndefined();
  });
});

describe('the content script', () => {
  /** Every file reachable through static and dynamic imports from a module, and the packages it imports. */
  function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
    const files = new Set<string>();
    const packages = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (files.has(file)) continue;
      files.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(
        /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
      )) {
        const spec = m[1] ?? m[2] ?? '';
        if (!spec.startsWith('.')) {
          packages.add(spec);
          continue;
        }
        const base = resolve(dirname(file), spec);
        const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', '']
          .map((ext) => base + ext)
          .find(existsSync);
        if (found) queue.push(found);
      }
    }
    return { files, packages };
  }

  it('never imports compromise or the bundled engine', () => {
    const { files, packages } = importGraph(
      resolve(import.meta.dirname, '../../../entrypoints/content/index.ts'),
    );
    expect(files.size).toBeGreaterThan(3);
    expect([...packages].filter((p) => p.startsWith('compromise'))).toEqual([]);
    expect([...files].filter((f) => /engine[\\/](bundled|number-reader)\.ts$/.test(f))).toEqual([]);
  });
});
