// The content script's pipeline: cheap gate → plan (find the ads' elements) → read cards in time-boxed chunks →
// send the text to the background for scoring → badges on the ads at or above the user's level. Then follow
// SPA navigation and cards added later. Scoring (the engine, compromise, the rules) never loads in the page.
// Written as closures rather than a class: local names minify, property names would not (the script's size
// budget is 15 KB gzipped).
import { browser } from 'wxt/browser';
import { type AdCandidate, planPage, readCandidate } from '../extract/extract';
import { isProbablyJobPage } from '../extract/gate';
import type { ExtractedAd, PageKind } from '../extract/types';
import { type BadgeHandle, createBadge } from './badge';
import { ownMutation, watchPage } from './observer';
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

export interface PageScanner {
  /** Scans are serialised: a DOM change during a scan waits for it instead of racing it. */
  scan(full: boolean, force: boolean): Promise<void>;
  /** Background asked to show one ad (popup list): scroll to it and open its badge. */
  focus(index: number): boolean;
  /** Only listens for navigation (no DOM observer): for pages that failed the gate on a site scanned automatically. */
  watchNavigationOnly(): void;
  stop(): void;
}

const warn = (what: string) => (error: unknown) => console.warn(`[ad-risk-lens] ${what}`, error);

export function createPageScanner(host = location.hostname): PageScanner {
  let entries: Entry[] = [];
  let seen = new WeakSet<Element>();
  let kind: PageKind = 'none';
  let forced = false;
  let stopWatching: (() => void) | null = null;
  let observer: MutationObserver | null = null;
  let generation = 0;
  let running: Promise<void> = Promise.resolve();
  let badgesHidden = false;

  const scan = (full: boolean, force: boolean): Promise<void> => {
    running = running.then(() => scanNow(full, force)).catch(warn('scan failed'));
    return running;
  };

  async function scanNow(full: boolean, force: boolean): Promise<void> {
    if (force) forced = true;
    const url = location.href;
    if (full) reset();
    if (!forced && !isProbablyJobPage(document, url)) return;
    watch();
    const current = generation;
    const plan = planPage(document, url);
    kind = plan.kind;
    const fresh: AdCandidate[] = plan.candidates
      .filter((c) => (c.element ? !seen.has(c.element) : full))
      .slice(0, Math.max(0, MAX_ADS - entries.length));
    const base = entries.length;
    const ads = await runInChunks(fresh, (candidate, i) => readCandidate(candidate, base + i), {
      cancelled: () => current !== generation,
    });
    if (current !== generation) return; // navigated while reading
    ads.forEach((ad, i) => {
      const element = fresh[i]!.element;
      if (element) seen.add(element);
      entries.push({ element, ad });
    });
    if (ads.length === 0 && !full) return;
    if (entries.length === 0 && !force) return; // nothing to report on an automatic scan
    await report(url, current);
  }

  async function report(url: string, current: number): Promise<void> {
    const reply = await browser.runtime
      .sendMessage({ type: 'ads-found', url, pageKind: kind, ads: entries.map((e) => e.ad) })
      .catch(() => null);
    if (current !== generation) return;
    const scored = parseAdsScored(reply);
    if (!scored) return;
    badgesHidden = siteMatches(host, (await loadPageSettings()).badgesOffSites);
    applyScores(scored);
  }

  const applyScores = (scored: AdsScored) =>
    ownMutation(observer, () => {
      const show = scored.badgesEnabled && !badgesHidden;
      for (const result of scored.results) {
        const entry = entries[result.index];
        if (!entry) continue;
        entry.score = result;
        if (
          show &&
          result.flags.length > 0 &&
          levelRank(result.level) >= levelRank(scored.badgeLevel) &&
          entry.element?.isConnected
        )
          showBadge(entry);
        else dropBadge(entry);
      }
    });

  function showBadge(entry: Entry): BadgeHandle | undefined {
    if (!entry.element || !entry.score) return undefined;
    if (entry.badge?.host.isConnected) entry.badge.update(entry.score, entry.ad);
    else entry.badge = createBadge(entry.element, entry.score, entry.ad, { onHideSite: hideOnSite });
    return entry.badge;
  }

  const dropBadge = (entry: Entry) => {
    entry.badge?.remove();
    entry.badge = undefined;
  };

  const removeBadges = () => ownMutation(observer, () => entries.forEach(dropBadge));

  function hideOnSite(): void {
    badgesHidden = true;
    removeBadges();
    hideBadgesOn(host).catch(warn('could not save setting'));
  }

  function reset(): void {
    generation++;
    removeBadges();
    entries = [];
    seen = new WeakSet();
    kind = 'none';
  }

  function watch(): void {
    if (stopWatching) return;
    const watcher = watchPage((reason) => scan(reason === 'url', false));
    observer = watcher.observer;
    stopWatching = watcher.stop;
  }

  return {
    scan,
    focus(index) {
      const entry = entries[index];
      if (!entry?.element?.isConnected) return false;
      entry.element.scrollIntoView({ block: 'center' });
      if (entry.score?.flags.length) ownMutation(observer, () => showBadge(entry))?.open();
      return true;
    },
    watchNavigationOnly() {
      const onNavigate = () => {
        if (!stopWatching) setTimeout(() => scan(true, false), 500);
      };
      addEventListener('popstate', onNavigate);
      (globalThis as { navigation?: EventTarget }).navigation?.addEventListener(
        'navigatesuccess',
        onNavigate,
      );
    },
    stop() {
      generation++;
      stopWatching?.();
      stopWatching = null;
      observer = null;
      removeBadges();
    },
  };
}

const INSTANCE_KEY = '__adRiskLensContent';

type Incoming = { type?: unknown; index?: unknown; force?: unknown } | null | undefined;

/** Entry point (called from main()): one scanner per page, even when injected twice. */
export async function startContentScript(hooks: ContentHooks = {}): Promise<void> {
  const global = globalThis as Record<string, unknown>;
  if (global[INSTANCE_KEY]) return; // already running in this page: it answers the rescan message
  const scanner = createPageScanner();
  global[INSTANCE_KEY] = scanner;

  const onMessage = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const message = raw as Incoming;
    if (message?.type === 'rescan') {
      scanner.scan(true, message.force === true).then(() => sendResponse({ ok: true }));
      return true;
    }
    if (message?.type === 'focus-ad' && Number.isInteger(message.index))
      sendResponse({ ok: scanner.focus(message.index as number) });
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  hooks.onInvalidated?.(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    scanner.stop();
    delete global[INSTANCE_KEY];
  });

  // Registered for this site (automatic scanning): gate, then scan. Injected on demand: wait for "rescan".
  if (!siteMatches(location.hostname, (await loadPageSettings()).autoScanSites)) return;
  if (isProbablyJobPage(document, location.href)) await scanner.scan(true, false);
  else scanner.watchNavigationOnly();
}
