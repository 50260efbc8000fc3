/**
 * Crosscheck's content script: a classic script, injected into http(s) pages.
 * It stays idle where the reader switched it off; elsewhere it finds the
 * article, highlights actors, and re-attaches the reader's annotations.
 */
import browser from 'webextension-polyfill';
import { isActiveOn, loadSettings } from '../shared/settings';
import { startSession } from './session';

declare global {
  interface Window {
    __crosscheckLoaded?: boolean;
  }
}

async function main() {
  // Extension reloads inject the script again into open tabs.
  if (window.__crosscheckLoaded) return;
  window.__crosscheckLoaded = true;
  if (window.top !== window) return; // frames: only the top document is the article

  const settings = await loadSettings().catch(() => null);
  if (!settings || !isActiveOn(settings, location.href)) {
    document.documentElement.dataset.crosscheck = 'idle';
    return;
  }
  await startSession();
}

main().catch((error) => {
  console.warn('Crosscheck could not start on this page:', error);
  void browser; // keep the polyfill initialised before any listener is added
});
