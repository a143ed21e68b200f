import { describe, expect, it } from 'vitest';
import { formatMessage, pageLanguage, t } from '../../../src/ui/i18n';

describe('i18n fallback', () => {
  it('resolves named placeholders to $1..$9 like the browser does', () => {
    const entry = {
      message: 'Call $NUMBER$ ($HOURS$)',
      placeholders: { number: { content: '$1' }, hours: { content: '$2' } },
    };
    expect(formatMessage(entry, ['111', '24/7'])).toBe('Call 111 (24/7)');
    expect(formatMessage({ message: 'Costs $$5' })).toBe('Costs $5');
    expect(formatMessage(undefined)).toBe('');
  });

  it('answers from the English catalogue when the browser gives nothing', () => {
    expect(t('verdictMany', 3)).toBe('This ad shows 3 warning signs');
    expect(t('extName')).toBe('Ad Risk Lens');
    // Without a browser catalogue the pages are in English, so that is their language.
    expect(pageLanguage()).toBe('en');
  });
});
