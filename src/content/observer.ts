// Follows what a single-page app does after the first scan: URL changes (pushState navigation) and ad cards
// added later (infinite scroll, client rendering). One MutationObserver whose callback only (re)arms a timer;
// the work runs after the page has been quiet for `debounceMs`, or at most every `maxWaitMs` while it keeps changing.

export type ChangeReason = 'url' | 'dom';

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  root?: Node;
}

export interface PageWatch {
  stop(): void;
  /** The observer, so our own DOM writes can be dropped from its queue (see ownMutation). */
  observer: MutationObserver;
}

export function watchPage(onChange: (reason: ChangeReason) => void, options: WatchOptions = {}): PageWatch {
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2_000;
  let lastUrl = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const fire = () => {
    timer = undefined;
    firstPending = 0;
    const url = location.href;
    const reason: ChangeReason = url !== lastUrl ? 'url' : 'dom';
    lastUrl = url;
    onChange(reason);
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.min(debounceMs, Math.max(0, firstPending + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(options.root ?? document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
  });
  addEventListener('popstate', schedule);
  // The Navigation API (Chromium) reports pushState navigations the isolated world cannot otherwise see.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', schedule);

  return {
    observer,
    stop() {
      observer.disconnect();
      removeEventListener('popstate', schedule);
      nav?.removeEventListener('navigatesuccess', schedule);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/** Runs `write` (our own DOM changes) without waking the observer that watches the page. */
export function ownMutation<T>(observer: MutationObserver | null, write: () => T): T {
  const result = write();
  observer?.takeRecords();
  return result;
}
