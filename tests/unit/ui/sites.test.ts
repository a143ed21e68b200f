import { describe, expect, it } from 'vitest';
import { normalizeSite, originsFor } from '../../../src/ui/sites';

describe('normalizeSite', () => {
  it('accepts hostnames and URLs and returns the lower-case host', () => {
    expect(normalizeSite('Jobs.Example.com')).toBe('jobs.example.com');
    expect(normalizeSite('https://www.olx.ua/d/rabota/?q=1')).toBe('www.olx.ua');
    expect(normalizeSite('  http://127.0.0.1:8080/x ')).toBe('127.0.0.1');
  });

  it('rejects things that are not sites', () => {
    for (const bad of ['', 'localhost', 'not a site', 'javascript:alert(1)', '*.example.com', 'a..b']) {
      expect(normalizeSite(bad), bad).toBeNull();
    }
  });

  it('asks for that host and its subdomains, over http and https', () => {
    expect(originsFor('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
  });

  it('asks for an IP address alone', () => {
    expect(originsFor('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
  });
});
