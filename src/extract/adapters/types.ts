// A site adapter is data: where a site puts its ad cards and fields, as CSS selector lists tried in order
// (most specific first, older layouts after), so a renamed class costs one fallback, not the whole site.

import type { SiteSignature } from './signatures';

export interface FieldSelectors {
  title?: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  salary?: readonly string[];
  /** The ad text; when absent, the whole card's visible text is used. */
  description?: readonly string[];
  contact?: readonly string[];
  /** Link to the ad's own page. */
  link?: readonly string[];
}

export interface SiteAdapter extends SiteSignature {
  /** Result lists: the first card selector that finds any card wins. Cards without a title are not ads. */
  listing?: { cards: readonly string[]; fields: FieldSelectors };
  /** One ad on its own page (or the preview pane next to a result list); its text is the root's text. */
  detail?: { root: readonly string[]; fields: Omit<FieldSelectors, 'description'> };
}
