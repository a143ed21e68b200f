// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdResult } from '../../../src/ui/components/AdResult';
import { HotlineSection } from '../../../src/ui/components/Hotlines';
import { LevelBadge } from '../../../src/ui/components/LevelBadge';
import { sampleResult } from '../report/sample';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('AdResult', () => {
  it('shows the verdict, each flag with its quoted words, why, what to ask and its source', () => {
    render(<AdResult result={sampleResult()} headingId="v" />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('This ad shows 2 warning signs');
    expect(text).toContain('Travel paid now, repaid from wages');
    expect(text).toContain('A debt for travel can be used to keep people working.');
    expect(text).toContain('Ask for the full cost in writing and who holds the debt.');
    expect(root.querySelectorAll('li.flag')).toHaveLength(2);
    expect([...root.querySelectorAll('q.evidence')].map((q) => q.textContent)).toContain(
      'We keep your passport',
    );
    expect(root.querySelector('.source')?.textContent).toContain('003_077d3deaf5d7ffb6.txt (L109-110)');
    expect(root.querySelector('blockquote')?.textContent).toBe('debt bondage');
    expect(text).toContain('Reassuring details found');
    expect(text).toContain('Ask for a written contract in a language you read');
    // The level is said in words, not only by colour.
    expect(root.querySelector('[data-level="high"]')?.textContent).toContain('High');
  });

  it('counts one warning sign per rule and quotes every match of it', () => {
    const result = sampleResult();
    result.flags.push({ ...result.flags[0]!, evidence: 'ticket and visa', start: 300, end: 315 });
    render(<AdResult result={result} headingId="v" />, root);
    expect(root.textContent).toContain('This ad shows 2 warning signs');
    expect(root.querySelectorAll('li.flag')).toHaveLength(2);
    expect([...root.querySelectorAll('li.flag')[0]!.querySelectorAll('q')].map((q) => q.textContent)).toEqual(
      ['We pay your ticket and visa, you repay from wages', 'ticket and visa'],
    );
  });

  it('never counts context (work abroad, a sector) as a warning sign', () => {
    const result = sampleResult();
    result.flags.push({
      ...result.flags[0]!,
      rule: 'context.abroad',
      kind: 'context',
      evidence: 'Dubai',
      explanation: { title: 'Work abroad', why: 'Not a warning sign on its own.', ask: 'Check the embassy.' },
    });
    render(<AdResult result={result} headingId="v" />, root);
    expect(root.querySelector('.verdict-title')?.textContent).toBe('This ad shows 2 warning signs');
    expect(root.querySelector('ul.flags')?.children).toHaveLength(2);
    const context = root.querySelector('[data-testid="context-flags"]')!;
    expect(context.querySelector('summary')?.textContent).toBe('Context noted (1)');
    expect(context.querySelector('li.flag')?.getAttribute('data-rule')).toBe('context.abroad');
  });

  it('renders page text as text, never as markup', () => {
    const result = sampleResult();
    result.flags[0]!.evidence = '<img src=x onerror="window.pwned=1">';
    render(<AdResult result={result} headingId="v" />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="window.pwned=1">');
  });

  it('says a clean result is not a guarantee, and warns when the language is not covered', () => {
    const clean = sampleResult({
      flags: [],
      reassurances: [],
      level: 'none',
      language: { detected: 'sw', packs: [], supported: false },
    });
    render(<AdResult result={clean} headingId="v" />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('No warning signs found in this ad.');
    expect(text).toContain('That is not a guarantee');
    expect(text).toContain('not covered yet');
    expect(root.querySelector('li.flag')).toBeNull();
  });
});

describe('LevelBadge', () => {
  it('uses a different icon shape per level and a text name', () => {
    const shapes = new Set<string>();
    for (const level of ['none', 'low', 'medium', 'high'] as const) {
      render(<LevelBadge level={level} />, root);
      const svg = root.querySelector('svg');
      expect(svg?.getAttribute('aria-hidden')).toBe('true');
      shapes.add(svg?.innerHTML ?? '');
      expect(root.querySelector('.visually-hidden')?.textContent).toMatch(/^Level: /);
    }
    expect(shapes.size).toBe(4);
  });
});

describe('HotlineSection', () => {
  it('shows the country lines with tel: links, who runs them, what happens on contact, and the source', () => {
    render(<HotlineSection country="US" fromLocale={false} />, root);
    const first = root.querySelector('[data-hotline="us-nhth"]')!;
    expect(first.querySelector('a[href="tel:18883737888"]')?.textContent).toBe('Call 1-888-373-7888');
    expect(first.querySelector('a[href="sms:233733"]')).not.toBeNull();
    expect(first.textContent).toContain('Non-governmental organisation');
    expect(first.textContent).toContain('must report cases involving minors');
    expect(first.textContent).toContain('Checked against our research sources on');
    expect(root.querySelector('[data-hotline="us-hsi-tips"]')?.textContent).toContain('Law enforcement');
    expect(root.querySelector('[data-testid="global-directory"]')?.getAttribute('href')).toBe(
      'https://globalmodernslavery.org',
    );
  });

  it('never presents an unverified entry as verified', () => {
    render(<HotlineSection country="AU" fromLocale={false} />, root);
    const line = root.querySelector('[data-hotline="au-afp"]')!;
    expect(line.getAttribute('data-verified')).toBe('false');
    expect(line.textContent).toContain('Not yet verified');
    expect(line.textContent).not.toContain('Checked against our research sources on');
  });

  it('offers the global directory when the country has no line or is unknown', () => {
    render(<HotlineSection country="FR" fromLocale />, root);
    expect(root.textContent).toContain("We don't list a line for this country yet.");
    expect(root.querySelector('[data-testid="global-directory"]')).not.toBeNull();
    render(<HotlineSection country="" fromLocale />, root);
    expect(root.textContent).toContain('Choose your country in the settings');
  });
});
