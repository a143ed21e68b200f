// Which writing system a character belongs to. Script decides most of the language question cheaply:
// Thai, Han, Hangul and Khmer each map to one language; Latin and Cyrillic need the statistical model.

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'thai'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'arabic'
  | 'hebrew'
  | 'greek'
  | 'devanagari'
  | 'khmer'
  | 'myanmar'
  | 'lao'
  | 'georgian'
  | 'armenian'
  | 'other';

/** Scripts that identify one language by themselves (the statistical model is not needed). */
export const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = {
  thai: 'th',
  han: 'zh',
  kana: 'ja',
  hangul: 'ko',
  hebrew: 'he',
  greek: 'el',
  devanagari: 'hi',
  khmer: 'km',
  myanmar: 'my',
  lao: 'lo',
  georgian: 'ka',
  armenian: 'hy',
  arabic: 'ar',
};

/** Script of a letter's code point, or null for digits, punctuation, spaces and symbols. */
export function scriptOf(cp: number): Script | null {
  if (cp < 0x41) return null;
  if (cp <= 0x24f) {
    // Basic Latin letters, Latin-1 letters (minus × and ÷), Latin Extended-A/B.
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'latin';
    if (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7) return 'latin';
    return null;
  }
  if (cp >= 0x1e00 && cp <= 0x1eff) return 'latin'; // Latin Extended Additional (Vietnamese tones)
  if (cp >= 0x300 && cp <= 0x36f) return null; // combining marks: belong to the preceding letter
  if (cp >= 0x370 && cp <= 0x3ff) return 'greek';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if (cp >= 0x530 && cp <= 0x58f) return 'armenian';
  if (cp >= 0x590 && cp <= 0x5ff) return 'hebrew';
  if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f)) return 'arabic';
  if (cp >= 0x900 && cp <= 0x97f) return 'devanagari';
  if (cp >= 0xe00 && cp <= 0xe7f) return 'thai';
  if (cp >= 0xe80 && cp <= 0xeff) return 'lao';
  if (cp >= 0x1000 && cp <= 0x109f) return 'myanmar';
  if (cp >= 0x10a0 && cp <= 0x10ff) return 'georgian';
  if (cp >= 0x1100 && cp <= 0x11ff) return 'hangul';
  if (cp >= 0x1780 && cp <= 0x17ff) return 'khmer';
  if (cp >= 0x3040 && cp <= 0x30ff) return 'kana';
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff)) {
    return 'han';
  }
  if (cp >= 0xac00 && cp <= 0xd7af) return 'hangul';
  if (cp >= 0xff21 && cp <= 0xff5a) return 'latin'; // full-width Latin
  if (cp >= 0x20000 && cp <= 0x2ebef) return 'han';
  return cp > 0x24f && /\p{L}/u.test(String.fromCodePoint(cp)) ? 'other' : null;
}
