// The badge's words in the interface language, from public/_locales through browser.i18n (it works in content
// scripts). src/ui/i18n.ts is not imported here: it bundles the whole English catalogue into the page script.
// English answers when getMessage has nothing (no i18n API in unit tests, a key missing from a locale).
import { browser } from 'wxt/browser';

export const ENGLISH = {
  verdictOne: 'This ad shows 1 warning sign',
  verdictMany: 'This ad shows $1 warning signs',
  badgeDetails: 'Show details',
  badgeAsk: 'Ask before you go: $1',
  badgeNote:
    'These are signs in the wording of the ad, not a verdict about anyone. Open the extension for questions to ask and where to get advice.',
  badgeHideSite: 'Hide badges on this site',
  badgeClose: 'Close',
};

export type BadgeMessage = keyof typeof ENGLISH;

export function message(key: BadgeMessage, sub = ''): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, [sub]);
  } catch {
    // no i18n API here: English below
  }
  return text || ENGLISH[key].replace('$1', () => sub); // a function: "$&" in the question stays as written
}

/** "This ad shows N warning signs", worded as the popup words it. */
export const signsLabel = (n: number) =>
  n === 1 ? message('verdictOne') : message('verdictMany', String(n));

/** The interface language as a lang attribute ("pt-BR"), so screen readers read the badge in the right voice. */
export function uiLang(): string {
  try {
    return browser.i18n.getMessage('@@ui_locale').replace('_', '-');
  } catch {
    return '';
  }
}
