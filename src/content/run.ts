// The content script's pipeline: cheap gate → plan (find the ads' elements) → read cards in time-boxed chunks →
// send the text to the background for scoring → badges on the ads at or above the user's level. Then follow
// SPA navigation and cards added later. Scoring (the engine, compromise, the rules) never loads in the page.
import { browser } from 'wxt/browser';
import { type AdCandidate, planPage, readCandidate } from '../extract/extract';
import { isProbablyJobPage } from '../extract/gate';
import type { ExtractedAd, PageKind } from '../extract/types';
import { type BadgeHandle, createBadge } from './badge';
import { type ChangeReason, ownMutation, watchPage } from './observer';
import { runInChunks } from './scheduler';
import { type AdScore, type AdsScored, levelRank, parseAdsScored } from './scored-guard';
import { hideBadgesOn, loadPageSettings, siteMatches } from './site-settings';

/** The background accepts at most this many ads per message (adsFoundSchema). */
export const MAX_ADS = 500;

interface Entry {
  element: Element | null;
  ad: ExtractedAd;
  score?: AdScore;
  badge?: BadgeHandle;
}

export interface ContentHooks {
  /** Called with a cleanup to run when the extension context goes away (WXT ctx.onInvalidated). */
  onInvalidated?: (cleanup: () => void) => void;
}

export class PageScanner {
  private entries: Entry[] = [];
  private seen = new WeakSet<Element>();
  private kind: PageKind = 'none';
  private forced = false;
  private stopWatching: (() => void) | null = null;
  private observer: MutationObserver | null = null;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private badgesHidden = false;

  constructor(private readonly host = location.hostname) {}

  /** Serialises scans: a DOM change during a scan waits for it instead of racing it. */
  scan(full: boolean, force: boolean): Promise<void> {
    this.running = this.running
      .then(() => this.scanNow(full, force))
      .catch((error) => {
        console.warn('[ad-risk-lens] scan failed', error);
      });
    return this.running;
  }

  private async scanNow(full: boolean, force: boolean): Promise<void> {
    if (force) this.forced = true;
    const url = location.href;
    if (full) this.reset();
    if (!this.forced && !isProbablyJobPage(document, url)) return;
    this.watch();
    const generation = this.generation;
    const plan = planPage(document, url);
    this.kind = plan.kind;
    const fresh: AdCandidate[] = plan.candidates.filter(
      (c) => (c.element ? !this.seen.has(c.element) : full) && this.entries.length < MAX_ADS,
    );
    const room = MAX_ADS - this.entries.length;
    const base = this.entries.length;
    const ads = await runInChunks(
      fresh.slice(0, room),
      (candidate, i) => readCandidate(candidate, base + i),
      {
        cancelled: () => generation !== this.generation,
      },
    );
    if (generation !== this.generation) return; // navigated while reading
    ads.forEach((ad, i) => {
      const element = fresh[i]!.element;
      if (element) this.seen.add(element);
      this.entries.push({ element, ad });
    });
    if (ads.length === 0 && !full) return;
    if (this.entries.length === 0 && !force) return; // nothing to report on an automatic scan
    await this.report(url, generation);
  }

  private async report(url: string, generation: number): Promise<void> {
    const reply = await browser.runtime
      .sendMessage({ type: 'ads-found', url, pageKind: this.kind, ads: this.entries.map((e) => e.ad) })
      .catch(() => null);
    if (generation !== this.generation) return;
    const scored = parseAdsScored(reply);
    if (!scored) return;
    const settings = await loadPageSettings();
    this.badgesHidden = siteMatches(this.host, settings.badgesOffSites);
    this.applyScores(scored);
  }

  private applyScores(scored: AdsScored): void {
    const show = scored.badgesEnabled && !this.badgesHidden;
    ownMutation(this.observer, () => {
      for (const result of scored.results) {
        const entry = this.entries[result.index];
        if (!entry) continue;
        entry.score = result;
        const wanted =
          show &&
          result.level !== 'none' &&
          result.flags.length > 0 &&
          levelRank(result.level) >= levelRank(scored.badgeLevel) &&
          entry.element?.isConnected === true;
        if (wanted) this.showBadge(entry);
        else {
          entry.badge?.remove();
          entry.badge = undefined;
        }
      }
    });
  }

  private showBadge(entry: Entry): BadgeHandle | undefined {
    if (!entry.element || !entry.score) return undefined;
    if (entry.badge?.host.isConnected) {
      entry.badge.update(entry.score, entry.ad);
      return entry.badge;
    }
    entry.badge = createBadge(entry.element, entry.score, entry.ad, { onHideSite: () => this.hideOnSite() });
    return entry.badge;
  }

  private hideOnSite(): void {
    this.badgesHidden = true;
    this.removeBadges();
    hideBadgesOn(this.host).catch((error) => console.warn('[ad-risk-lens] could not save setting', error));
  }

  /** Background asked to show one ad (popup list): scroll to it and open its badge. */
  focus(index: number): boolean {
    const entry = this.entries[index];
    if (!entry?.element?.isConnected) return false;
    entry.element.scrollIntoView({ block: 'center' });
    const badge =
      entry.score && entry.score.flags.length > 0
        ? ownMutation(this.observer, () => this.showBadge(entry))
        : undefined;
    badge?.open();
    return true;
  }

  private removeBadges(): void {
    ownMutation(this.observer, () => {
      for (const entry of this.entries) {
        entry.badge?.remove();
        entry.badge = undefined;
      }
    });
  }

  private reset(): void {
    this.generation++;
    this.removeBadges();
    this.entries = [];
    this.seen = new WeakSet();
    this.kind = 'none';
  }

  private watch(): void {
    if (this.stopWatching) return;
    const watch = watchPage((reason: ChangeReason) => {
      this.scan(reason === 'url', false);
    });
    this.observer = watch.observer;
    this.stopWatching = () => watch.stop();
  }

  /** Only listens for navigation (no DOM observer): for pages that failed the gate on a site scanned automatically. */
  watchNavigationOnly(): void {
    const onNavigate = () => {
      if (!this.stopWatching) setTimeout(() => this.scan(true, false), 500);
    };
    addEventListener('popstate', onNavigate);
    (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate);
  }

  stop(): void {
    this.generation++;
    this.stopWatching?.();
    this.stopWatching = null;
    this.observer = null;
    this.removeBadges();
  }
}

const INSTANCE_KEY = '__adRiskLensContent';

function isMessage(raw: unknown): raw is { type: string; index?: unknown; force?: unknown } {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string';
}

/** Entry point (called from main()): one scanner per page, even when injected twice. */
export async function startContentScript(hooks: ContentHooks = {}): Promise<void> {
  const global = globalThis as Record<string, unknown>;
  if (global[INSTANCE_KEY]) return; // already running in this page: it answers the rescan message
  const scanner = new PageScanner();
  global[INSTANCE_KEY] = scanner;

  const onMessage = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (!isMessage(raw)) return false;
    if (raw.type === 'rescan') {
      scanner.scan(true, raw.force === true).then(() => sendResponse({ ok: true }));
      return true;
    }
    if (raw.type === 'focus-ad' && Number.isInteger(raw.index)) {
      sendResponse({ ok: scanner.focus(raw.index as number) });
      return false;
    }
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  hooks.onInvalidated?.(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    scanner.stop();
    delete global[INSTANCE_KEY];
  });

  // Registered for this site (automatic scanning): gate, then scan. Injected on demand: wait for "rescan".
  const settings = await loadPageSettings();
  if (!siteMatches(location.hostname, settings.autoScanSites)) return;
  if (isProbablyJobPage(document, location.href)) await scanner.scan(true, false);
  else scanner.watchNavigationOnly();
}
