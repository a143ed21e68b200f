// Wires the background: messages, context menu, keyboard shortcut, automatic scanning, tab clean-up.
import { browser } from '#imports';
import { getSettings, watchSettings } from '../shared/settings';
import { syncAutoScan } from './auto-scan';
import { checkSelection, createContextMenu, MENU_ID } from './context-menu';
import { scanTabOnDemand } from './inject';
import { listenForMessages } from './router';
import { forgetTab } from './tab-state';

export const SCAN_COMMAND = 'scan-page';

export function setUpBackground(): void {
  listenForMessages();

  browser.runtime.onInstalled.addListener(() => {
    createContextMenu();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText || tab?.id === undefined) return;
    void checkSelection(info.selectionText, tab.id, tab.url ?? '');
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === SCAN_COMMAND && tab?.id !== undefined) void scanTabOnDemand(tab.id);
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  const resync = () =>
    syncAutoScan(getSettings).catch((error: unknown) =>
      console.warn('[background] auto-scan registration failed', error),
    );
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded?.addListener(resync);
  browser.permissions.onRemoved?.addListener(resync);
  watchSettings(() => void resync());
  void resync();
}
