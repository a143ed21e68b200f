// JSON as real pages write it in <script type="application/ld+json">: raw newlines and tabs inside strings,
// invalid escapes, trailing commas, HTML comment or CDATA wrappers. Strict JSON.parse rejects all of these.

/** Rewrites the common defects into valid JSON (string contents are kept, never dropped). */
export function repairJson(source: string): string {
  const text = source
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .replace(/;\s*$/, '');
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(next) && next !== '') {
          out += ch + next;
        } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += ch + next;
        } else {
          out += next === '\n' ? '\\n' : escapeControl(next); // "\'" and friends: keep the character
        }
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      out += ch < ' ' ? escapeControl(ch) : ch;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    if (ch === ',') {
      // Trailing comma: drop it when the next significant character closes the object or array.
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] === '}' || text[j] === ']') continue;
    }
    out += ch;
  }
  return out;
}

function escapeControl(ch: string): string {
  switch (ch) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '"':
      return '\\"';
    default:
      return ch < ' ' ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch;
  }
}

export type LenientResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses strictly first (fast path), then the repaired text; reports why when both fail. */
export function parseLenientJson(source: string): LenientResult {
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    // fall through to the repaired text
  }
  try {
    return { ok: true, value: JSON.parse(repairJson(source)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
