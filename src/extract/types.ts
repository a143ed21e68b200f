// What the extraction returns for each ad on a page. DOM-free data: it crosses the message boundary.

export type ExtractorName = 'jsonld' | 'microdata' | `adapter:${string}` | 'generic' | 'selection';

export interface ExtractedAd {
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  description: string;
  contact?: string;
  url?: string;
  /** Which extractor found it. */
  extractor: ExtractorName;
  /** Position in the page: the ad's index in document order and a CSS path to its element, when known. */
  position: { index: number; selector?: string };
}

export type PageKind = 'detail' | 'listing' | 'none';

export interface PageExtraction {
  kind: PageKind;
  ads: ExtractedAd[];
  /** What the cheap gate said about the page (the content script stops there when false). */
  probablyJobPage?: boolean;
}
