/** The page as the popup and the notes know it: address, key, title, state, publication day. */
import { documentUrlKey } from '../../src/page/url-key';
import type { PageFeature, PageInfo } from '../shared/messages';
import { publishedDay } from './published';

export function describePage(doc: Document, state: PageInfo['state'], unavailable: readonly PageFeature[] = []): PageInfo {
  const published = publishedDay(doc);
  return {
    url: location.href,
    urlKey: pageUrlKey(doc),
    title: doc.title,
    state,
    ...(published ? { published } : {}),
    ...(unavailable.length ? { unavailable: [...unavailable] } : {}),
  };
}

/** The page's key alone (its notes', its analysis'): what the start asks with, without reading the rest (ADR 0415). */
export function pageUrlKey(doc: Document): string {
  return documentUrlKey(location.href, doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href);
}
