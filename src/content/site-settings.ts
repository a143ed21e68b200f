// The few settings the content script needs, read straight from storage with a small guard: importing
// src/shared/settings.ts would pull zod into the page (+15 KB gzipped). The stored item is the same
// ('local:settings' → key "settings"); unknown fields are kept untouched when we write.
import { browser } from 'wxt/browser';

export const SETTINGS_KEY = 'settings';

export interface PageSettings {
  autoScanSites: string[];
  badgesOffSites: string[];
  badgesEnabled: boolean;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length <= 253) : [];

export function readPageSettings(raw: unknown): PageSettings {
  const s = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    autoScanSites: strings(s.autoScanSites),
    badgesOffSites: strings(s.badgesOffSites),
    badgesEnabled: typeof s.badgesEnabled === 'boolean' ? s.badgesEnabled : true,
  };
}

export async function loadPageSettings(): Promise<PageSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return readPageSettings(stored[SETTINGS_KEY]);
  } catch {
    return readPageSettings(undefined); // storage unavailable: defaults, never a crash
  }
}

/** Adds the hostname to badgesOffSites, keeping every other stored field as it was. */
export async function hideBadgesOn(hostname: string): Promise<void> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const current = stored[SETTINGS_KEY];
  const value =
    typeof current === 'object' && current !== null ? { ...(current as Record<string, unknown>) } : {};
  const off = strings(value.badgesOffSites);
  if (!off.includes(hostname)) off.push(hostname);
  value.badgesOffSites = off;
  await browser.storage.local.set({ [SETTINGS_KEY]: value });
}

export const siteMatches = (host: string, sites: readonly string[]) =>
  sites.some((site) => host === site || host.endsWith(`.${site}`));
