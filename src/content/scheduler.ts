// Time-boxed work: process items in chunks of at most `budgetMs`, yielding to the page between chunks so a huge
// result list never blocks the main thread for long (long tasks are > 50 ms; we stay well under).

export interface ChunkOptions {
  budgetMs?: number;
  /** Resolves when the page has had a turn; defaults to a macrotask (setTimeout 0). */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  /** Checked between chunks: stop early (page navigated, context invalidated). */
  cancelled?: () => boolean;
}

export const DEFAULT_BUDGET_MS = 8;

export const yieldMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function runInChunks<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => R,
  options: ChunkOptions = {},
): Promise<R[]> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const yieldToPage = options.yieldToPage ?? yieldMacrotask;
  const results: R[] = [];
  let chunkStart = now();
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && now() - chunkStart >= budget) {
      await yieldToPage();
      if (options.cancelled?.()) break;
      chunkStart = now();
    }
    results.push(work(items[i]!, i));
  }
  return results;
}
