// scoreWords caches what each word adds and sums the cached vectors. That is only allowed because it changes no
// result: this test scores texts both ways (cached, and trigram by trigram in text order as the model defines it)
// and requires bit-identical posteriors and coverage, including for words seen for the first time.
import { describe, expect, it } from 'vitest';
import {
  type GroupModel,
  groupModel,
  type ModelScript,
  normaliseForModel,
  scoreWords,
  WORD_WEIGHT,
  wordsOf,
} from '../../../src/engine/langid/model';
import { HELD_OUT } from './held-out';

/** The model's definition, written plainly: every word row and trigram row added in text order. */
function referenceScore(model: GroupModel, words: readonly string[]) {
  const n = model.langs.length;
  const ll = new Float64Array(n);
  const masks: number[] = [];
  let features = 0;
  let total = 0;
  for (const word of words) {
    const row = model.words.get(word);
    if (row) {
      for (let i = 0; i < n; i++) ll[i]! += row[i]! * WORD_WEIGHT;
      features += WORD_WEIGHT;
    }
    let a = 0;
    let b = 0;
    for (let p = 0; p <= word.length; p++) {
      const c = p < word.length ? model.alphabet[word.charCodeAt(p)]! : 0;
      const r = model.trigramRows.get((a << 16) | (b << 8) | c);
      a = b;
      b = c;
      total++;
      if (r < 0) continue;
      features++;
      masks.push(model.trigramSeenBy[r]!);
      for (let i = 0; i < n; i++) ll[i]! += model.trigramLogProb[r * n + i]!;
    }
  }
  const temper = Math.max(1, Math.sqrt(features) / 2);
  let best = 0;
  for (let i = 1; i < n; i++) if (ll[i]! > ll[best]!) best = i;
  const max = ll[best]! / temper;
  const posterior = Array.from(ll, (x) => Math.exp(x / temper - max));
  const sum = posterior.reduce((s, x) => s + x, 0);
  let second = best === 0 ? 1 : 0;
  for (let i = 0; i < n; i++) if (i !== best && ll[i]! > ll[second]!) second = i;
  const pair = (1 << best) | (n > 1 ? 1 << second : 0);
  const seen = masks.filter((m) => m & pair).length;
  return { posterior: posterior.map((x) => x / sum), coverage: total === 0 ? 0 : seen / total };
}

describe('cached word scores', () => {
  const texts = Object.values(HELD_OUT).flat();

  it.each(['latin', 'cyrillic'] as ModelScript[])('give bit-identical results (%s)', (script) => {
    const model = groupModel(script);
    let compared = 0;
    // Twice: the first pass fills the cache, the second reads from it.
    for (let pass = 0; pass < 2; pass++)
      for (const text of texts) {
        const words = wordsOf(normaliseForModel(text));
        for (let from = 0; from < words.length; from += 8) {
          const chunk = words.slice(from, from + 12);
          const cached = scoreWords(model, chunk);
          const plain = referenceScore(model, chunk);
          expect(cached.coverage).toBe(plain.coverage);
          expect(Array.from(cached.posterior)).toEqual(plain.posterior);
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(100);
  });
});
