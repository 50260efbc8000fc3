/** Which site a page belongs to, and whether Crosscheck runs there (pure: no extension APIs). */
import type { Settings } from './settings';

/** The site key of a page, as the disabled-sites list stores it. */
export function siteKey(href: string): string {
  try {
    const url = new URL(href);
    return url.host.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return '';
  }
}

export function isActiveOn(settings: Settings, href: string): boolean {
  return !settings.pausedEverywhere && !settings.disabledSites.includes(siteKey(href));
}
