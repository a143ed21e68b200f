// The in-page badge: a small button on a flagged ad, in a closed shadow root (the page's CSS cannot reach in,
// ours cannot leak out). Opening it shows the warning signs with the matched words highlighted in the ad text.
// Page text is only ever set with textContent. Keyboard: Tab to the badge, Enter/Space opens, Escape closes.
import type { ExtractedAd } from '../extract/types';
import { excerptPieces } from './highlight';
import { message, signsLabel, uiLang } from './messages';
import type { AdScore, ScoredFlag } from './scored-guard';

export const BADGE_TAG = 'arl-badge';

// The host carries `all:initial !important` inline (the page's CSS cannot restyle it), which also wins over any
// :host rule here: the host's own box is set inline, and fonts and colours on the elements inside.
const HOST_STYLE =
  'all:initial!important;display:inline-block!important;vertical-align:middle!important;margin:2px 6px!important';
const CSS = `button,.panel{font:13px/1.4 system-ui,sans-serif;color:#1b1b1b}
button{cursor:pointer;border:1px solid #888;border-radius:6px;background:#f4f4f4;padding:3px 10px}
.badge{border-color:#7a4b00;border-radius:99px;padding:1px 8px;background:#fff4d6;color:#5a3700;font-weight:600}
.high{background:#ffe1dc;border-color:#a3160b;color:#7d1208}
button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.panel{position:fixed;z-index:2147483647;width:min(380px,92vw);max-height:70vh;overflow:auto;background:#fff;border:1px solid #888;border-radius:8px;box-shadow:0 6px 24px #0004;padding:12px 14px;text-align:left}
[hidden]{display:none}
h2{font-size:15px;margin:0 0 6px}
ul{margin:0;padding-left:18px}
li{margin-bottom:10px}
p{margin:2px 0}
.quote{margin:4px 0;padding:4px 8px;border-left:3px solid #c9a227;background:#faf8f0;white-space:pre-wrap;word-break:break-word}
mark{background:#ffd54f;color:#000}
.note{font-size:12px;color:#555}
.actions{display:flex;gap:8px;margin-top:8px;flex-wrap:wrap}`;

export interface BadgeHandle {
  host: HTMLElement;
  open(): void;
  close(): void;
  update(score: AdScore, ad: ExtractedAd): void;
  remove(): void;
}

export interface BadgeOptions {
  onHideSite: () => void;
}

let panelCounter = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function fieldText(ad: ExtractedAd, field: string): string {
  const value = (ad as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
}

/** The flag's matched words in their context, highlighted (falls back to the evidence alone). */
function quoteFor(flag: ScoredFlag, ad: ExtractedAd): HTMLElement {
  const quote = el('div', 'quote');
  const text = fieldText(ad, flag.field);
  const inText = text.slice(flag.start, flag.end) === flag.evidence;
  const pieces = inText ? excerptPieces(text, [flag], 60) : [{ text: flag.evidence, mark: true }];
  for (const piece of pieces)
    quote.append(piece.mark ? el('mark', undefined, piece.text) : document.createTextNode(piece.text));
  return quote;
}

/** Where the badge goes: the card's title when it has one (visible, in reading order), else the card's start. */
function anchorFor(card: Element): { parent: Element; before: Node | null } {
  const title = card.querySelector('h1, h2, h3, h4, [data-testid="jobTitle"], .title');
  if (title?.parentElement && card.contains(title))
    return { parent: title.parentElement, before: title.nextSibling };
  if (/^(TABLE|TBODY|TR|UL|OL)$/.test(card.tagName)) {
    const cell = card.querySelector('td, li');
    if (cell) return { parent: cell, before: cell.firstChild };
  }
  return { parent: card, before: card.firstChild };
}

export function createBadge(
  card: Element,
  score: AdScore,
  ad: ExtractedAd,
  options: BadgeOptions,
): BadgeHandle {
  const host = document.createElement(BADGE_TAG);
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'closed' });
  const style = el('style', undefined, CSS);
  const panelId = `arl-panel-${++panelCounter}`;
  const button = el('button', 'badge');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panelId);
  const panel = el('div', 'panel');
  panel.id = panelId;
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  button.lang = panel.lang = uiLang();
  root.append(style, button, panel);

  let current = score;
  let currentAd = ad;

  const render = () => {
    const n = current.flags.length;
    button.className = `badge ${current.level}`;
    button.textContent = `⚠ ${n}`;
    button.setAttribute('aria-label', `${signsLabel(n)}. ${message('badgeDetails')}`);
    button.title = signsLabel(n);
    panel.replaceChildren();
    const heading = el('h2', undefined, signsLabel(n));
    heading.tabIndex = -1;
    panel.setAttribute('aria-label', signsLabel(n));
    const list = el('ul');
    for (const flag of current.flags) {
      const item = el('li');
      item.append(
        el('strong', undefined, flag.explanation.title),
        el('p', 'why', flag.explanation.why),
        quoteFor(flag, currentAd),
        el('p', 'ask', message('badgeAsk', flag.explanation.ask)),
      );
      list.append(item);
    }
    const note = el('p', 'note', message('badgeNote'));
    const actions = el('div', 'actions');
    const hide = el('button', undefined, message('badgeHideSite'));
    hide.type = 'button';
    hide.addEventListener('click', () => options.onHideSite());
    const closeButton = el('button', undefined, message('badgeClose'));
    closeButton.type = 'button';
    closeButton.addEventListener('click', () => handle.close());
    actions.append(hide, closeButton);
    panel.append(heading, list, note, actions);
  };

  const onOutside = (event: Event) => {
    if (!event.composedPath().includes(host)) handle.close();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      handle.close();
      button.focus();
    }
  };

  const handle: BadgeHandle = {
    host,
    open() {
      const box = button.getBoundingClientRect();
      const width = Math.min(380, innerWidth * 0.92);
      panel.style.left = `${Math.max(8, Math.min(box.left, innerWidth - width - 8))}px`;
      panel.style.top = `${Math.min(box.bottom + 6, Math.max(8, innerHeight - 200))}px`;
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      (panel.querySelector('h2') as HTMLElement | null)?.focus();
      document.addEventListener('pointerdown', onOutside, true);
    },
    close() {
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      document.removeEventListener('pointerdown', onOutside, true);
    },
    update(score, ad) {
      current = score;
      currentAd = ad;
      render();
    },
    remove() {
      handle.close();
      host.remove();
    },
  };

  button.addEventListener('click', () => (panel.hidden ? handle.open() : handle.close()));
  root.addEventListener('keydown', onKey as EventListener);
  // Clicks inside the badge must not follow the card's own link or open the page's ad preview.
  for (const type of ['click', 'mousedown', 'pointerdown', 'mouseup']) {
    host.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type === 'click') event.preventDefault();
    });
  }
  render();
  const { parent, before } = anchorFor(card);
  parent.insertBefore(host, before);
  return handle;
}
