// Splits an ad's text into plain and highlighted pieces for the flags' evidence, so the badge panel can render
// them with textContent only (page text never goes through innerHTML).

export interface Piece {
  text: string;
  mark: boolean;
}

export interface Range {
  start: number;
  end: number;
}

/** Merges overlapping ranges, clamps them to the text, and returns the pieces in order. */
export function highlightPieces(text: string, ranges: readonly Range[]): Piece[] {
  const clean = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(r.start, text.length)),
      end: Math.max(0, Math.min(r.end, text.length)),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) pieces.push({ text: text.slice(at, r.start), mark: false });
    pieces.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/**
 * A short window of the text around each highlighted range (long descriptions are cut to what matters),
 * with "…" where text was left out.
 */
export function excerptPieces(text: string, ranges: readonly Range[], context = 80): Piece[] {
  if (ranges.length === 0) return [{ text: text.slice(0, context * 3), mark: false }];
  const windows = ranges
    .map((r) => ({ start: Math.max(0, r.start - context), end: Math.min(text.length, r.end + context) }))
    .sort((a, b) => a.start - b.start);
  const joined: Range[] = [];
  for (const w of windows) {
    const last = joined[joined.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else joined.push({ ...w });
  }
  const pieces: Piece[] = [];
  for (const w of joined) {
    if (w.start > 0) pieces.push({ text: '…', mark: false });
    const inside = ranges
      .filter((r) => r.end > w.start && r.start < w.end)
      .map((r) => ({ start: r.start - w.start, end: r.end - w.start }));
    pieces.push(...highlightPieces(text.slice(w.start, w.end), inside));
  }
  if ((joined[joined.length - 1]?.end ?? 0) < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
