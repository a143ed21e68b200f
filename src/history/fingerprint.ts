// Text fingerprint: the same ad seen at several URLs (reposts, mirrors, tracking parameters) is one history entry.
// Synchronous and dependency-free so it runs the same in the service worker, the history page and Node.

/** Below this many normalised characters the text alone is too generic to identify an ad; the title is mixed in. */
const SHORT_TEXT = 64;

/**
 * Case, accents' composed/decomposed forms, punctuation and whitespace do not make a different ad; words and
 * numbers do (a different phone number or wage is kept apart).
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const encoder = new TextEncoder();

/** FNV-1a 64-bit over the UTF-8 bytes, computed in four 16-bit limbs (no BigInt: it is ~10x slower). */
export function fnv1a64(text: string): string {
  const bytes = encoder.encode(text);
  // Offset basis 0xcbf29ce484222325, low limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return hex16(h3) + hex16(h2) + hex16(h1) + hex16(h0);
}

function hex16(limb: number): string {
  return limb.toString(16).padStart(4, '0');
}

/** The fingerprint of an ad's captured text (and, for very short texts, its title). */
export function fingerprintAd(ad: { title?: string; text: string }): string {
  const text = normaliseText(ad.text);
  const key = text.length < SHORT_TEXT ? `${normaliseText(ad.title ?? '')}\n${text}` : text;
  return fnv1a64(key);
}
