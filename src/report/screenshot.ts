// Screenshot of the page the user is looking at. tabs.captureVisibleTab works under the activeTab grant the
// toolbar click gives; it can only capture the tab that is visible in its window.
import { browser } from '#imports';

export type Capture = { dataUrl: string } | { error: string };

export async function captureTab(tabId: number): Promise<Capture> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active) return { error: 'the page is not the visible tab' };
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    return dataUrl.startsWith('data:image/png;base64,') ? { dataUrl } : { error: 'unexpected image format' };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
