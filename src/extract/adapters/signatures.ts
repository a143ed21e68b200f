// How each supported site is recognised: its hostnames, and markup distinctive enough to recognise a saved or
// mirrored copy. Kept apart from the adapters' field selectors (sites.ts) so the gate script ships only this.

export interface SiteSignature {
  name: string;
  /** Hostnames the adapter is for. */
  hosts: RegExp;
  /** Markup distinctive enough to recognise the site on a saved or mirrored copy (no hostname). */
  signature?: readonly string[];
}

export const SIGNATURES = {
  indeed: {
    name: 'indeed',
    hosts: /(^|\.)indeed\.[a-z.]+$/,
    signature: [
      '.job_seen_beacon',
      '.jobsearch-SerpJobCard',
      '#jobDescriptionText',
      '.jobsearch-JobInfoHeader-title',
    ],
  },
  linkedin: {
    name: 'linkedin',
    hosts: /(^|\.)linkedin\.com$/,
    signature: [
      '.jobs-search__results-list',
      '.job-card-container',
      '.jobs-description__content',
      '.top-card-layout__title',
    ],
  },
  craigslist: {
    name: 'craigslist',
    hosts: /(^|\.)craigslist\.[a-z.]+$/,
    signature: [
      'li.cl-search-result',
      'li.cl-static-search-result',
      'li.result-row',
      'p.row[data-pid]',
      '#postingbody',
    ],
  },
  gumtree: {
    name: 'gumtree',
    hosts: /(^|\.)gumtree\.[a-z.]+$/,
    signature: [
      '[data-q="search-result"]',
      'a.user-ad-row',
      'li.js-click-block .rs-ad-title',
      '.view li.result .result-link',
    ],
  },
  olx: {
    name: 'olx',
    hosts: /(^|\.)olx\.[a-z.]+$/,
    signature: ['section.olx-adcard', '[data-cy="l-card"]', '.offer-wrapper [data-cy="listing-ad-title"]'],
  },
  jobstreet: {
    name: 'jobstreet',
    hosts: /(^|\.)(jobstreet\.[a-z.]+|jobsdb\.com)$/,
    signature: [
      '[data-automation="jobAdDetails"]',
      'article[data-automation="normalJob"]',
      'article[data-card-type="JobCard"]',
    ],
  },
  seek: {
    name: 'seek',
    hosts: /(^|\.)seek\.(com\.au|co\.nz)$/,
  },
  naukri: {
    name: 'naukri',
    hosts: /(^|\.)naukri\.com$/,
    signature: ['.srp-jobtuple-wrapper', 'article.jobTuple', '[class*="jd-header-title"]'],
  },
} as const satisfies Record<string, SiteSignature>;

export const SITE_SIGNATURES: readonly SiteSignature[] = Object.values(SIGNATURES);

/** Every signature selector in one selector list: one query tells whether any known site's markup is there. */
export const ANY_SITE_SIGNATURE = SITE_SIGNATURES.flatMap((site) => site.signature ?? []).join(', ');

export function hostnameOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
