// The site adapters, as data. Order inside each list: current markup first, then older layouts.
import { SIGNATURES } from './signatures';
import type { SiteAdapter } from './types';

const SEEK_PLATFORM_LISTING = {
  cards: [
    'article[data-automation="normalJob"], article[data-automation="premiumJob"]',
    'article[data-card-type="JobCard"]',
    '[data-testid="job-card"]',
  ],
  fields: {
    title: ['[data-automation="jobTitle"]', 'h3 a', 'h1 a'],
    company: ['[data-automation="jobCompany"]', '[data-automation="advertiser-name"]'],
    location: [
      '[data-automation="jobCardLocation"]',
      '[data-automation="jobLocation"]',
      '[data-automation="jobArea"]',
    ],
    salary: ['[data-automation="jobSalary"]'],
    description: ['[data-automation="jobShortDescription"]', '[data-testid="job-card-teaser"]'],
    link: [
      'a[data-automation="jobTitle"]',
      'a[data-automation="job-list-view-job-link"]',
      'a[href*="/job/"]',
    ],
  },
} as const;

const SEEK_PLATFORM_DETAIL = {
  root: ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]'],
  fields: {
    title: ['[data-automation="job-detail-title"]', 'h1'],
    company: ['[data-automation="advertiser-name"]'],
    location: ['[data-automation="job-detail-location"]'],
    salary: ['[data-automation="job-detail-salary"]'],
  },
} as const;

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  {
    ...SIGNATURES.indeed,
    listing: {
      cards: [
        '.job_seen_beacon',
        '.jobsearch-SerpJobCard',
        '[data-testid="slider_item"]',
        '.result[data-jk]',
        'a.tapItem',
      ],
      fields: {
        title: ['h2.jobTitle', '.jcs-JobTitle', 'a.jobtitle', '[data-testid="jobTitle"]', '.title'],
        company: ['[data-testid="company-name"]', '.companyName', '.company'],
        location: ['[data-testid="text-location"]', '.companyLocation', '.location', '.recJobLoc'],
        salary: [
          '.salary-snippet-container',
          '.salary-snippet',
          '.salaryText',
          '[data-testid="salary-snippet"]',
        ],
        description: ['.job-snippet', '[data-testid="job-snippet"]', '.summary'],
        link: ['a.jcs-JobTitle', 'a[data-jk]', 'a.jobtitle', 'h2 a'],
      },
    },
    detail: {
      root: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
      fields: {
        title: [
          '.jobsearch-JobInfoHeader-title',
          '[data-testid="jobsearch-JobInfoHeader-title"]',
          '[data-testid="simpler-jobTitle"]',
          'h1',
        ],
        company: [
          '[data-testid="inlineHeader-companyName"]',
          '[data-company-name]',
          '.jobsearch-CompanyInfoContainer a',
        ],
        location: [
          '[data-testid="inlineHeader-companyLocation"]',
          '[data-testid="job-location"]',
          '#jobLocationText',
        ],
        salary: ['#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"]'],
      },
    },
  },
  {
    ...SIGNATURES.linkedin,
    listing: {
      cards: [
        '.jobs-search__results-list > li',
        'li.jobs-search-results__list-item',
        'li[data-occludable-job-id]',
        '.job-card-container',
        '.base-search-card',
      ],
      fields: {
        title: [
          '.base-search-card__title',
          '.job-card-list__title',
          '.job-card-container__link',
          '.artdeco-entity-lockup__title',
          'h3',
        ],
        company: [
          '.base-search-card__subtitle',
          '.artdeco-entity-lockup__subtitle',
          '.job-card-container__primary-description',
          '.job-card-container__company-name',
          'h4',
        ],
        location: [
          '.job-search-card__location',
          '.job-card-container__metadata-item',
          '.artdeco-entity-lockup__caption',
        ],
        salary: ['.job-search-card__salary-info', '.job-card-container__salary-info'],
        link: [
          'a.base-card__full-link',
          'a.job-card-container__link',
          'a.job-card-list__title',
          'a[href*="/jobs/view/"]',
        ],
      },
    },
    detail: {
      root: [
        '.jobs-description__content',
        '#job-details',
        '.show-more-less-html__markup',
        '.description__text',
      ],
      fields: {
        title: [
          '.job-details-jobs-unified-top-card__job-title',
          '.jobs-unified-top-card__job-title',
          '.top-card-layout__title',
          'h1',
        ],
        company: [
          '.job-details-jobs-unified-top-card__company-name',
          '.jobs-unified-top-card__company-name',
          '.topcard__org-name-link',
          '.topcard__flavor',
        ],
        location: [
          '.job-details-jobs-unified-top-card__primary-description-container',
          '.jobs-unified-top-card__bullet',
          '.topcard__flavor--bullet',
        ],
        salary: ['.salary', '.compensation__salary', '#SALARY'],
      },
    },
  },
  {
    ...SIGNATURES.craigslist,
    listing: {
      cards: [
        'li.cl-search-result',
        'li.cl-static-search-result',
        'li.result-row',
        'p.row',
        'blockquote > p',
      ],
      fields: {
        title: ['a.posting-title .label', '.title', '.result-title', '.pl a', 'a[href$=".html"]'],
        salary: ['.priceinfo', '.price', '.result-price'],
        location: ['.location', '.result-hood', '.pnr small', 'font'],
        link: ['a.posting-title', 'a.cl-app-anchor', 'a.result-title', '.pl a', 'a[href$=".html"]'],
      },
    },
    detail: {
      root: ['#postingbody', 'section#postingbody', '.userbody'],
      fields: {
        title: ['#titletextonly', '.postingtitletext', 'h1', 'h2'],
        salary: ['.postingtitletext .price', '.price'],
        location: ['.postingtitletext small', '.mapaddress'],
      },
    },
  },
  {
    ...SIGNATURES.gumtree,
    listing: {
      cards: [
        '[data-q="search-result"]',
        'article.listing-maxi',
        'a.user-ad-row-new-design, a.user-ad-row',
        'li.js-click-block',
        '.view > ul > li.result',
      ],
      fields: {
        title: [
          '[data-q="tile-title"]',
          '.listing-title',
          '.user-ad-row-new-design__title-span',
          '.user-ad-row__title',
          '.rs-ad-title',
          '.title a',
        ],
        salary: [
          '[data-q="tile-price"]',
          '.listing-price',
          '.user-ad-price__price',
          '.rs-ad-price [itemprop="price"]',
          '.rs-ad-price',
          '.amount',
        ],
        location: [
          '[data-q="tile-location"]',
          '.listing-location',
          '.user-ad-row-new-design__location',
          '.rs-ad-location',
          '.category-location',
        ],
        description: [
          '[data-q="tile-description"]',
          '.listing-description',
          '.user-ad-row-new-design__description-text',
          '.rs-ad-description',
          '.description',
        ],
        link: ['a[data-q="search-result-anchor"]', 'a.listing-link', '.rs-ad-title a', '.title a'],
      },
    },
    detail: {
      root: [
        '[data-q="ad-description"]',
        '#ad-description',
        '.vip-ad-description',
        '.vip-details .description',
      ],
      fields: {
        title: ['[data-q="vip-title"]', '#ad-title', '.myAdTitle', 'h1'],
        salary: ['[data-q="ad-price"]', '.user-ad-price__price', '.vip-ad-price', '.price .value'],
        location: ['[data-q="ad-location"]', '.vip-ad-location', '.location'],
      },
    },
  },
  {
    ...SIGNATURES.olx,
    listing: {
      cards: [
        'section.olx-adcard',
        '[data-ds-component="DS-AdCard"]',
        '[data-cy="l-card"]',
        '.offer-wrapper',
        '#ad-list > li',
      ],
      fields: {
        title: [
          '.olx-adcard__title',
          '[data-cy="ad-card-title"] h6',
          '[data-cy="ad-card-title"] h4',
          '[data-cy="listing-ad-title"]',
          'h2',
          'h3',
        ],
        salary: ['.olx-adcard__price', '[data-testid="ad-price"]', '.list-item__price', '.price'],
        location: ['.olx-adcard__location', '[data-testid="location-date"]', 'small.breadcrumb span'],
        link: ['a.olx-adcard__link', '[data-cy="ad-card-title"] a', 'a[data-cy="listing-ad-title"]', 'a'],
      },
    },
    detail: {
      root: [
        '[data-cy="ad_description"]',
        '[data-testid="ad_description"]',
        '[data-section="description"]',
        '#textContent',
      ],
      fields: {
        title: ['[data-cy="ad_title"]', '[data-testid="ad_title"]', 'h1'],
        salary: ['[data-testid="ad-price-container"]', '[data-testid="ad-price"]'],
        location: ['[data-testid="location-date"]', '[data-testid="ad-location"]'],
      },
    },
  },
  {
    ...SIGNATURES.jobstreet,
    listing: SEEK_PLATFORM_LISTING,
    detail: SEEK_PLATFORM_DETAIL,
  },
  {
    ...SIGNATURES.seek,
    listing: SEEK_PLATFORM_LISTING,
    detail: SEEK_PLATFORM_DETAIL,
  },
  {
    ...SIGNATURES.naukri,
    listing: {
      cards: ['.srp-jobtuple-wrapper', 'article.jobTuple', '.cust-job-tuple', '[class*="jobTuple"]'],
      fields: {
        title: ['a.title', '.title', '[class*="title"] a'],
        company: ['a.comp-name', '.comp-name', '.subTitle', '.companyInfo a'],
        location: ['.locWdth', '.loc-wrap .loc', '.loc', '.location'],
        salary: ['.sal-wrap .sal', '.sal', '.salary'],
        description: ['.job-desc', '.job-description', '.ellipsis.job-description'],
        link: ['a.title', 'a[href*="job-listings"]'],
      },
    },
    detail: {
      root: [
        '[class*="job-desc-container"]',
        '[class*="dang-inner-html"]',
        'section[class*="job-desc"]',
        '.jd-desc',
      ],
      fields: {
        title: ['[class*="jd-header-title"]', 'h1'],
        company: ['[class*="jd-header-comp-name"] a', '[class*="jd-header-comp-name"]'],
        location: ['[class*="jhc__location"]', '[class*="location"] a'],
        salary: ['[class*="jhc__salary"]', '[class*="salary"]'],
      },
    },
  },
];
