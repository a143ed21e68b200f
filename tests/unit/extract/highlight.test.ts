import { describe, expect, it } from 'vitest';
import { excerptPieces, highlightPieces } from '../../../src/content/highlight';

const join = (pieces: { text: string; mark: boolean }[]) =>
  pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('highlightPieces', () => {
  it('marks the ranges and keeps all the text', () => {
    expect(join(highlightPieces('we keep your passport safe', [{ start: 3, end: 21 }]))).toBe(
      'we [keep your passport] safe',
    );
  });

  it('merges overlapping ranges and clamps out-of-range ones', () => {
    const pieces = highlightPieces('abcdefgh', [
      { start: 1, end: 4 },
      { start: 3, end: 6 },
      { start: 7, end: 99 },
      { start: 5, end: 5 },
    ]);
    expect(join(pieces)).toBe('a[bcdef]g[h]');
  });
});

describe('excerptPieces', () => {
  it('cuts long text to windows around the matches', () => {
    const text = `${'x'.repeat(300)}pay a fee${'y'.repeat(300)}`;
    const out = join(excerptPieces(text, [{ start: 300, end: 309 }], 10));
    expect(out).toBe(`…${'x'.repeat(10)}[pay a fee]${'y'.repeat(10)}…`);
  });
});
