/** The page as the popup and the notes know it: address, key, title, state, publication day. */
import { documentUrlKey } from '../../src/page/url-key';
import type { PageFeature, PageInfo } from '../shared/messages';
import { publishedDay } from './published';

export function describePage(doc: Document, state: PageInfo['state'], unavailable: readonly PageFeature[] = []): PageInfo {
  const published = publishedDay(doc);
  return {
    url: location.href,
    urlKey: documentUrlKey(location.href, doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href),
    title: doc.title,
    state,
    ...(published ? { published } : {}),
    ...(unavailable.length ? { unavailable: [...unavailable] } : {}),
  };
}
