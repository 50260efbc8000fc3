/**
 * The two other ways to annotate a selection besides the in-page toolbar: a
 * context-menu item and a keyboard shortcut (manifest `commands`). Both ask
 * the tab's content script to open its note form; the worker keeps no state.
 */
import browser from 'webextension-polyfill';

export const MENU_ID = 'crosscheck-annotate';
export const COMMAND = 'annotate-selection';

async function openFormIn(tabId: number | undefined) {
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, { type: 'page/annotate-selection' }).catch(() => {
    // No content script in that tab (browser page, switched off): nothing to do.
  });
}

export function registerShortcuts(): void {
  // Menus persist across worker restarts; (re)create them on install and update only.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Annotate with Crosscheck', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void openFormIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await openFormIn(tab?.id);
  });
}
