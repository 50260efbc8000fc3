/**
 * One article, one key: the same story reached through a tracking link, with a
 * fragment, or on its AMP/mobile twin must find the same annotations.
 *
 * A key is `host[:port]/path[?query][#!route]` without the scheme. Other code
 * reads the site as everything before the first `/`, so keys always keep the
 * page's own host (AMP-cache and viewer addresses are left alone: the
 * document's canonical link already points them at the publisher).
 */

/** Query parameters that only say how the reader arrived, never which page it is. */
const TRACKING_PARAM = new RegExp(
  '^(?:' +
    [
      'utm_\\w+', 'utm', // Google Analytics campaign tags
      'fbclid', 'gclid', 'gclsrc', 'dclid', 'wbraid', 'gbraid', 'msclkid', 'twclid', 'ttclid', 'yclid', 'li_fat_id', // ad click ids
      'mc_cid', 'mc_eid', 'mkt_tok', '_hsenc', '_hsmi', // newsletter tools
      'igshid', 'si', '_ga', '_gl', // share and cross-domain ids
      'ref', 'ref_src', 'ref_url', 'smid', 'smtyp', 'cmpid', 'cmp', 'ocid', 'share', 'sh', 's_cid', 'at_medium', 'at_campaign', // publishers' own
      'guccounter', 'guce_referrer', 'guce_referrer_sig', // consent redirects
      'outputtype', 'amp', // AMP switches (?amp, ?amp=1, ?outputType=amp)
    ].join('|') +
    ')$',
  'i',
);

/** Host prefixes of mobile and AMP twins, folded when a registrable name remains (`amp.dev` stays). */
const TWIN_HOST = /^(?:www\d*|m|mobile|amp)\.(?=[^.]+\.[^.]+)/;

/** `%7e` → `~`, `%c3%a9` → `%C3%A9`: one spelling per path. */
function normaliseEscapes(path: string): string {
  return path.replace(/%([0-9a-f]{2})/gi, (_escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/** The path without AMP markers: `/story/amp`, `/amp/story`, `/news/amp/story`, `/story.amp`, `/story.amp.html`. */
function withoutAmp(path: string): string {
  const stripped = path.replace(/\.amp(\.html?)?$/i, '$1');
  return stripped
    .split('/')
    .filter((segment) => segment.toLowerCase() !== 'amp')
    .join('/');
}

/**
 * The normalised key of a page URL: lower-case host without `www.`/`m.`/`amp.`,
 * no fragment (except a `#!` route), no credentials, no tracking parameters,
 * sorted remaining parameters, no AMP markers, no `index.html`, no trailing
 * slash. Scheme is dropped: http and https are one page.
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

  const host = url.hostname.toLowerCase().replace(/\.$/, '').replace(TWIN_HOST, '');
  const port = url.port ? `:${url.port}` : '';

  const path =
    withoutAmp(normaliseEscapes(url.pathname))
      .replace(/\/index\.html?$/i, '/')
      .replace(/\/+$/, '') || '/';

  // forEach, not the iterator: in a Firefox content script `URL` is the page's,
  // seen through an Xray wrapper, and its iterators are not iterable there.
  const params: [string, string][] = [];
  url.searchParams.forEach((value, name) => {
    if (!TRACKING_PARAM.test(name)) params.push([name, value]);
  });
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const route = /^#!./.test(url.hash) ? url.hash : '';

  return `${host}${port}${path}${query}${route}`;
}

/** A key naming a site's home page (`example.com/`). */
function isHome(key: string): boolean {
  return /^[^/?#]*\/$/.test(key);
}

/**
 * The key for a loaded document: its `<link rel=canonical>` when that points
 * to an http(s) page on any host (syndicated copies join the original), else
 * its own address. A canonical naming the home page of an article is a CMS
 * mistake and is ignored: it would pool every article's notes into one page.
 */
export function documentUrlKey(location: string, canonicalHref: string | null | undefined): string {
  const own = urlKey(location);
  if (canonicalHref) {
    try {
      const canonical = new URL(canonicalHref, location);
      if (canonical.protocol === 'http:' || canonical.protocol === 'https:') {
        const key = urlKey(canonical.href);
        if (!isHome(key) || isHome(own)) return key;
      }
    } catch {
      // A broken canonical link is the page's problem, not a reason to lose notes.
    }
  }
  return own;
}
