// Automatic scanning on the sites the user enabled: one dynamic content-script registration covering the
// sites whose host permission the user granted at run time. Re-synced at start-up and when settings change.
import { browser } from '#imports';
import type { Settings } from '../shared/settings';
import { originsFor } from '../ui/sites';
import { GATE_SCRIPT_FILE } from './inject';

const REGISTRATION_ID = 'auto-scan';

async function grantedSites(sites: string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of sites) {
    if (await browser.permissions.contains({ origins: originsFor(host) }).catch(() => false))
      granted.push(host);
  }
  return granted;
}

/**
 * Makes the registration match the sites. Calls are serialised: start-up, a settings change and a permission
 * change often arrive together, and two overlapping unregister/register pairs fail ("Duplicate script ID") or
 * leave a stale registration behind.
 */
export function syncAutoScan(readSettings: () => Promise<Settings>): Promise<string[]> {
  // Settings are read inside the queue, so the last sync always uses the latest sites.
  const run = queue.then(async () => syncNow(await readSettings()));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function syncNow(settings: Settings): Promise<string[]> {
  const sites = await grantedSites(settings.autoScanSites);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (sites.length === 0) return sites;
  await browser.scripting.registerContentScripts([
    {
      id: REGISTRATION_ID,
      matches: sites.flatMap(originsFor),
      // Only the thin gate runs on every page of the site; it asks for the full content script when needed.
      js: [GATE_SCRIPT_FILE.slice(1)],
      runAt: 'document_idle',
    },
  ]);
  return sites;
}
