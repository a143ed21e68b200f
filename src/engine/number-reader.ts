// compromise as the engine's reader of numbers written in words (see written-amounts.ts). The caller hands in
// compromise itself, loaded the way its platform allows: node-rules.ts requires it on first use; the extension
// background imports it (a service worker cannot load code later). The content script never imports this.
import type { NumberReader } from './written-amounts';

/** The part of compromise used here. */
export type Nlp = (text: string) => {
  numbers(): { json(): { text?: string; number?: { num?: number | null } | number }[] };
};

export function compromiseNumberReader(load: () => Nlp): NumberReader {
  let nlp: Nlp | null = null;
  return (sentence) => {
    nlp ??= load();
    const out: { start: number; end: number; value: number }[] = [];
    let from = 0;
    for (const match of nlp(sentence).numbers().json()) {
      const text = match.text?.trim().replace(/[.,;:!?]+$/, '');
      const raw = typeof match.number === 'number' ? match.number : match.number?.num;
      if (!text || typeof raw !== 'number') continue;
      const start = sentence.indexOf(text, from);
      if (start < 0) continue;
      out.push({ start, end: start + text.length, value: raw });
      from = start + text.length;
    }
    return out;
  };
}
