/** What the popup says when part of a page could not be read (the rest is shown as usual). */
import type { PageFeature } from '../shared/messages';

const PART: Record<PageFeature, string> = { actors: 'the actors', claims: 'the claims', notes: 'your notes' };

export function unreadMessage(unavailable: readonly PageFeature[]): string {
  const parts = unavailable.map((f) => PART[f]);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
  return `Crosscheck could not load ${list} on this page. Reload the page to try again.`;
}
