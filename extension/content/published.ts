/**
 * The day an article was published, as the page declares it: Open Graph's
 * `article:published_time`, common `<meta>` names, schema.org `datePublished`
 * (microdata or JSON-LD), or a `<time pubdate>`. Only a well-formed date
 * counts; the page's JSON is read with a size cap and never trusted further.
 */
const META = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]'];
const MAX_JSON = 100_000;

function day(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function fromJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON) continue;
    const m = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(text);
    const found = day(m?.[1]);
    if (found) return found;
  }
  return undefined;
}

export function publishedDay(doc: Document): string | undefined {
  for (const selector of META) {
    const found = day(doc.querySelector(selector)?.getAttribute('content'));
    if (found) return found;
  }
  return fromJsonLd(doc) ?? day(doc.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime]')?.getAttribute('datetime'));
}
