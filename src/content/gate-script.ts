// The thin first stage on sites scanned automatically (uBO-style: the page pays for almost nothing). It runs the
// cheap gate without touching any extension API; only when the page looks like a job ad or listing does it ask
// the background to inject the full content script. Single-page navigations re-run the gate.

import { isProbablyJobPage } from '../extract/gate';

type ExtensionApi = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const INSTANCE_KEY = '__adRiskLensGate';
const NAVIGATION_DELAY_MS = 500;

export function startGate(doc: Document = document): void {
  const global = globalThis as Record<string, unknown>;
  if (global[INSTANCE_KEY]) return;
  global[INSTANCE_KEY] = true;

  let passed = false;
  const check = () => {
    if (passed || !isProbablyJobPage(doc, location.href)) return;
    passed = true;
    // The extension API is reached only now: touching it costs milliseconds on every page.
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = scope.browser ?? scope.chrome;
    if (!api) return;
    api.runtime.sendMessage({ type: 'gate-passed', url: location.href }).catch(() => {
      passed = false; // the background was restarting; a later navigation tries again
    });
  };
  check();
  if (passed) return;
  const later = () => setTimeout(check, NAVIGATION_DELAY_MS);
  addEventListener('popstate', later);
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', later);
}
