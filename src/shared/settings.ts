// User settings: one versioned storage item, validated with zod on every read.
// A stored value that no longer fits the schema falls back field by field to the defaults (never a crash).

import { z } from 'zod';
import { storage } from '#imports';

export const SETTINGS_VERSION = 2;

export const levelSchema = z.enum(['low', 'medium', 'high']);

export const settingsSchema = z.object({
  /** ISO 3166-1 alpha-2 country for hotlines, e.g. "US"; empty means "from the browser locale". */
  country: z
    .string()
    .regex(/^([A-Z]{2})?$/)
    .catch(''),
  /** Rule-pack languages to apply; empty means "detect". */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).catch([]),
  /** Lowest level that shows a badge on the page. */
  badgeLevel: levelSchema.catch('medium'),
  /** Show badges in pages at all. */
  badgesEnabled: z.boolean().catch(true),
  /** Hostnames scanned automatically (the user granted host permission for each). */
  autoScanSites: z.array(z.string().min(1).max(253)).catch([]),
  /** Hostnames where in-page badges are turned off. */
  badgesOffSites: z.array(z.string().min(1).max(253)).catch([]),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** v1 kept a single "sensitivity" number 1..3; v2 names the level. Exported for the migration test. */
export function migrateV1toV2(old: Record<string, unknown>): Record<string, unknown> {
  const { sensitivity, ...rest } = old ?? {};
  // A value saved without the version marker is read as v1; keep a badge level it already has.
  if (sensitivity === undefined && 'badgeLevel' in rest) return rest;
  const badgeLevel = sensitivity === 1 ? 'high' : sensitivity === 3 ? 'low' : 'medium';
  return { ...rest, badgeLevel };
}

export const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1toV2 },
});

export async function getSettings(): Promise<Settings> {
  return settingsSchema.parse(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(settingsSchema.parse(value ?? {})));
}
