// `npm run eval` with no argument when the shared development set is absent: a clear skip message, exit 0.
// The default path is fixed in eval.ts, so its absence is simulated by hiding that one path from existsSync.
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    existsSync: (p: import('node:fs').PathLike) =>
      !String(p).endsWith('emscad-dev.jsonl') && fs.existsSync(p),
  };
});

describe('eval with the default data set absent', () => {
  it('prints a skip message naming the path and exits 0', async () => {
    const { DEFAULT_EVAL_FILE, main } = await import('../../../src/cli/eval');
    const out: string[] = [];
    const err: string[] = [];
    const code = main(
      [],
      (s) => out.push(s),
      (s) => err.push(s),
    );
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(/skipped/);
    expect(out.join('\n')).toContain(DEFAULT_EVAL_FILE);
  });
});
