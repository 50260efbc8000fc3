/**
 * One article, one key: the same story reached through a tracking link, with a
 * fragment, or on its AMP/mobile twin must find the same annotations.
 */

/** Query parameters that only say how the reader arrived, never which page it is. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|ref_url|smid|cmpid|ocid|share|sh|s_cid|at_medium|at_campaign|outputType|amp)$/i;

/** Path shapes that publishers use for AMP copies of an article, and what to put back. */
const AMP_PATH: [RegExp, string][] = [
  [/\/amp\/?$/i, ''], // /story/amp
  [/^\/amp\//i, '/'], // /amp/story
  [/\.amp(\.html?)$/i, '$1'], // /story.amp.html
  [/\.amp$/i, ''], // /story.amp
];

/**
 * The normalised key of a page URL: lower-case host without `www.`/`m.`/`amp.`,
 * no fragment, no tracking parameters, sorted remaining parameters, no AMP
 * suffix, no trailing slash. Scheme is dropped: http and https are one page.
 * Returns the input unchanged (trimmed) when it is not an http(s) URL.
 */
export function urlKey(href: string): string {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return href.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;

  const host = url.hostname.toLowerCase().replace(/^(www\d?|m|mobile|amp)\./, '');
  const port = url.port ? `:${url.port}` : '';

  let path = url.pathname;
  for (const [amp, replacement] of AMP_PATH) path = path.replace(amp, replacement);
  path = path.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '') || '/';

  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAM.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';

  return `${host}${port}${path}${query}`;
}

/**
 * The key for a loaded document: its `<link rel=canonical>` when that points
 * to an http(s) page on any host, else its own address.
 */
export function documentUrlKey(location: string, canonicalHref: string | null | undefined): string {
  if (canonicalHref) {
    try {
      const canonical = new URL(canonicalHref, location);
      if (canonical.protocol === 'http:' || canonical.protocol === 'https:') return urlKey(canonical.href);
    } catch {
      // A broken canonical link is the page's problem, not a reason to lose notes.
    }
  }
  return urlKey(location);
}
