import { describe, expect, it } from 'vitest';
import { runInChunks } from '../../../src/content/scheduler';

describe('runInChunks', () => {
  it('yields to the page whenever a chunk used up its time budget', async () => {
    let clock = 0;
    let yields = 0;
    const results = await runInChunks(
      [1, 2, 3, 4, 5, 6, 7],
      (n) => {
        clock += 3; // each item costs 3 ms
        return n * 2;
      },
      { budgetMs: 8, now: () => clock, yieldToPage: async () => void yields++ },
    );
    expect(results).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(yields).toBe(2); // a chunk ends once it has used 9 ms ≥ 8 ms: after items 3 and 6
  });

  it('stops between chunks when cancelled', async () => {
    let clock = 0;
    const results = await runInChunks(
      [1, 2, 3, 4],
      (n) => {
        clock += 10;
        return n;
      },
      {
        budgetMs: 5,
        now: () => clock,
        yieldToPage: async () => {},
        cancelled: () => true,
      },
    );
    expect(results).toEqual([1]);
  });
});
