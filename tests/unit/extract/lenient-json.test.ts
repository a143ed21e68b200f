import { describe, expect, it } from 'vitest';
import { parseLenientJson, repairJson } from '../../../src/extract/lenient-json';

describe('parseLenientJson', () => {
  it('parses valid JSON unchanged', () => {
    expect(parseLenientJson('{"a":[1,"x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });

  it('keeps raw newlines and tabs inside strings as text', () => {
    const result = parseLenientJson('{"description": "line one\n\tline two"}');
    expect(result).toEqual({ ok: true, value: { description: 'line one\n\tline two' } });
  });

  it('accepts trailing commas, invalid escapes and comment wrappers', () => {
    const source = `<!--{"a": "it\\'s", "b": [1, 2,], }-->`;
    expect(parseLenientJson(source)).toEqual({ ok: true, value: { a: "it's", b: [1, 2] } });
  });

  it('does not touch commas or brackets inside strings', () => {
    expect(repairJson('{"a": "x, ]"}')).toBe('{"a": "x, ]"}');
  });

  it('reports why when the text is not JSON at all', () => {
    const result = parseLenientJson('{"a": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });
});
