// What a person sees as text stays text: markup-like characters shown on the page (escaped in the HTML) are part of
// the ad and must survive extraction, while real markup inside JSON-LD descriptions is still read as HTML.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../src/extract/from-html';
import { REPO_ROOT } from '../../support/shared-data';

const HOSTILE = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/hostile/script-like.html'), 'utf8');

describe('visible text that looks like markup', () => {
  it('keeps escaped tags shown in a microdata title and description', () => {
    const { ads } = extractFromHtml(HOSTILE, 'https://example.test/jobs');
    expect(ads).toHaveLength(2);
    const [hostile] = ads;
    expect(hostile!.title).toBe(`Hostess abroad <img src=x onerror="window.__pwned='title'">`);
    expect(hostile!.description).toContain("<script>window.__pwned='script'</script>");
    expect(hostile!.description).toContain(`<img src=x onerror="window.__pwned='img'">`);
    expect(hostile!.description).toContain(`<a href="javascript:window.__pwned='link'">apply</a>`);
    expect(hostile!.description).toContain(`<svg onload="window.__pwned='svg'">`);
    expect(hostile!.description).toContain('Your passport will be kept by the agency.');
  });

  it('reads microdata as a person sees it: no script text, no hidden parts', () => {
    const html = `<!doctype html><html><head><title>Jobs</title></head><body>
      <div itemscope itemtype="https://schema.org/JobPosting">
        <h2 itemprop="title">Cook &amp; helper &lt;b&gt;</h2>
        <div itemprop="description">Kitchen work, 40 hours.<script>var tracking = 1;</script><span hidden>secret</span></div>
      </div></body></html>`;
    const [ad] = extractFromHtml(html).ads;
    expect(ad!.title).toBe('Cook & helper <b>');
    expect(ad!.description).toBe('Kitchen work, 40 hours.');
  });

  it('still reads JSON-LD descriptions as HTML (their markup is formatting, not text)', () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Waiter <b>abroad</b>',
      description: '<p>Good pay.</p><ul><li>Visa paid</li></ul><script>alert(1)</script>',
    };
    const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(posting).replace(/<\//g, '<\\/')}</script></head><body><p>x</p></body></html>`;
    const [ad] = extractFromHtml(html).ads;
    expect(ad!.title).toBe('Waiter abroad');
    expect(ad!.description).toContain('Good pay.\nVisa paid');
    expect(ad!.description).not.toContain('alert');
  });
});
