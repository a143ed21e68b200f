// The badge's English fallback says exactly what the English catalogue says (one wording, never two), and the
// messages it reads exist in every locale with the placeholders it fills.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH, message, signsLabel } from '../../../src/content/messages';
import { REPO_ROOT } from '../../support/shared-data';

const LOCALES = join(REPO_ROOT, 'public', '_locales');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (folder: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8'));

/** Resolves $NAME$ placeholders to their $1 content, as browsers do. */
const resolved = (entry: Catalogue[string]) =>
  entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    return entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
  });

describe('badge messages', () => {
  it('falls back to the English catalogue wording, word for word', () => {
    const en = read('en');
    for (const [key, english] of Object.entries(ENGLISH)) expect(resolved(en[key]!), key).toBe(english);
  });

  it.each(readdirSync(LOCALES))('%s has every badge message, with its one substitution', (folder) => {
    const catalogue = read(folder);
    for (const [key, english] of Object.entries(ENGLISH)) {
      const entry = catalogue[key];
      expect(entry?.message.trim(), `${folder}/${key}`).toBeTruthy();
      expect(resolved(entry!).includes('$1'), `${folder}/${key}`).toBe(english.includes('$1'));
    }
  });

  it('fills the count and the question, keeping "$" in the question as written', () => {
    expect(signsLabel(1)).toBe('This ad shows 1 warning sign');
    expect(signsLabel(3)).toBe('This ad shows 3 warning signs');
    expect(message('badgeAsk', 'Who pays the $& fee?')).toBe('Ask before you go: Who pays the $& fee?');
  });
});
