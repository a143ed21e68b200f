// Settings are versioned: an old stored shape is migrated, and a corrupt value falls back field by field.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  getSettings,
  migrateV1toV2,
  SETTINGS_VERSION,
  saveSettings,
} from '../../../src/shared/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from safe defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.badgesEnabled).toBe(true);
    expect(DEFAULT_SETTINGS.autoScanSites).toEqual([]);
  });

  it('migrates a v1 "sensitivity" number to the v2 badge level', () => {
    expect(migrateV1toV2({ sensitivity: 1, country: 'PH' })).toEqual({ badgeLevel: 'high', country: 'PH' });
    expect(migrateV1toV2({ sensitivity: 3 })).toEqual({ badgeLevel: 'low' });
    expect(migrateV1toV2({})).toEqual({ badgeLevel: 'medium' });
    // A value saved without the version marker keeps its level.
    expect(migrateV1toV2({ badgeLevel: 'high' })).toEqual({ badgeLevel: 'high' });
  });

  it('reads a stored v1 value through the migration', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 3, country: 'UA' }, settings$: { v: 1 } });
    const { settingsItem } = await import('../../../src/shared/settings');
    await settingsItem.migrate();
    const settings = await getSettings();
    expect(settings.badgeLevel).toBe('low');
    expect(settings.country).toBe('UA');
    const meta = await fakeBrowser.storage.local.get('settings$');
    expect(meta.settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('keeps valid fields and replaces corrupt ones with defaults', async () => {
    await fakeBrowser.storage.local.set({
      settings: { country: 'not a country', badgeLevel: 'high', autoScanSites: 'everything' },
      settings$: { v: SETTINGS_VERSION },
    });
    const settings = await getSettings();
    expect(settings.badgeLevel).toBe('high');
    expect(settings.country).toBe('');
    expect(settings.autoScanSites).toEqual([]);
  });

  it('saves a patch and validates it', async () => {
    await saveSettings({ country: 'BR' });
    expect((await getSettings()).country).toBe('BR');
    await expect(saveSettings({ country: 'Brazil' } as never)).resolves.toMatchObject({ country: '' });
  });
});
