// The toolbar badge: how many ads on this tab show warning signs at or above the user's badge level.
import { browser } from '#imports';
import { LEVELS, type Level } from '../engine/types';
import type { TabState } from './tab-state';

export const atLeast = (level: Level, floor: Level) => LEVELS.indexOf(level) >= LEVELS.indexOf(floor);

export async function showCount(tabId: number, state: TabState, floor: Level): Promise<void> {
  const count = state.ads.filter((ad) => atLeast(ad.result.level, floor)).length;
  const high = state.ads.some((ad) => ad.result.level === 'high');
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: high ? '#8a1c1c' : '#7a4a00' });
  } catch {
    // The tab may be gone already.
  }
}
