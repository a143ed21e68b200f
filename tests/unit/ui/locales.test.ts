// Every interface locale is complete: same keys as English, no empty strings, the same placeholders, and the
// manifest strings within the stores' limits. Folder names must be ones the browsers accept (see src/ui/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_STRINGS } from '../../../src/history/strings';
import { formatMessage } from '../../../src/ui/i18n';
import { REPO_ROOT } from '../../support/shared-data';

const LOCALES_DIR = join(REPO_ROOT, 'public', '_locales');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (folder: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES_DIR, folder, 'messages.json'), 'utf8'));

/** The 11 interface languages, as Chrome and Firefox name their folders. */
const REQUIRED = ['en', 'es', 'pt_BR', 'pt_PT', 'fr', 'ru', 'uk', 'ro', 'fil', 'tl', 'id', 'vi', 'th'];
/** Chrome's supported locale codes (a folder outside this list is ignored by Chrome) plus Firefox's "tl". */
const ACCEPTED = new Set(
  (
    'ar am bg bn ca cs da de el en en_AU en_GB en_US es es_419 et fa fi fil fr gu he hi hr hu id it ja kn ko lt ' +
    'lv ml mr ms nl no pl pt_BR pt_PT ro ru sk sl sr sv sw ta te th tr uk vi zh_CN zh_TW tl'
  ).split(' '),
);

const folders = readdirSync(LOCALES_DIR);
const en = read('en');
const placeholdersOf = (text: string) =>
  [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('interface locales', () => {
  it('has every required language and only folder names the browsers accept', () => {
    for (const folder of REQUIRED) expect(folders, folder).toContain(folder);
    for (const folder of folders) expect(ACCEPTED.has(folder), folder).toBe(true);
  });

  it.each(folders)('%s has every English key, no empty string and the same placeholders', (folder) => {
    const catalogue = read(folder);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(entry.message.trim().length, `${folder}/${key}`).toBeGreaterThan(0);
      expect(placeholdersOf(entry.message), `${folder}/${key}`).toEqual(placeholdersOf(en[key]!.message));
      expect(entry.placeholders ?? null, `${folder}/${key}`).toEqual(en[key]!.placeholders ?? null);
    }
    expect(catalogue.extName!.message.length).toBeLessThanOrEqual(45);
    expect(catalogue.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('is written for each language, not left in English', () => {
    for (const folder of folders.filter((f) => f !== 'en')) {
      const catalogue = read(folder);
      const same = Object.keys(en).filter(
        (key) =>
          catalogue[key]!.message === en[key]!.message &&
          !/\$|Ad Risk Lens|JSON|PNG|WhatsApp/.test(en[key]!.message),
      );
      // A few words are the same in several languages (Source, Contact, Page...); whole sentences are not.
      expect(same.length, `${folder}: ${same.join(', ')}`).toBeLessThanOrEqual(6);
    }
  });

  it('has every case-history string, and English says what HISTORY_STRINGS says', () => {
    const positional = ['$1', '$2', '$3'];
    for (const [key, text] of Object.entries(HISTORY_STRINGS)) {
      expect(en[key], key).toBeDefined();
      expect(formatMessage(en[key], positional), key).toBe(text);
    }
  });

  it('fills each case-history placeholder in its slot in every language', () => {
    for (const folder of folders) {
      const catalogue = read(folder);
      for (const [key, text] of Object.entries(HISTORY_STRINGS)) {
        const slots = [...text.matchAll(/\$(\d)/g)].map((m) => `<${m[1]}>`);
        const filled = formatMessage(catalogue[key], ['<1>', '<2>', '<3>']);
        for (const slot of slots) expect(filled, `${folder}/${key}`).toContain(slot);
      }
    }
  });

  it('names its own language in langTag (the lang attribute of the pages)', () => {
    for (const folder of folders) {
      expect(read(folder).langTag?.message, folder).toBe(folder.replace('_', '-'));
    }
  });
});
