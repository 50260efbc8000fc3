/**
 * The publication date a page declares (no parser needed: the content script
 * reads it from the live document).
 */
/**
 * The publication date a page declares, ISO `YYYY-MM-DD`, or undefined:
 * `article:published_time`, `datePublished` (microdata or JSON-LD), common
 * `<meta name>` forms, or the first `<time datetime>`.
 */
export function articleDate(doc: Document): string | undefined {
  const candidates: (string | null | undefined)[] = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime'),
    doc.querySelector('meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="dc.date"], meta[name="DC.date.issued"]')?.getAttribute('content'),
  ];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (m) candidates.push(m[1]);
  }
  candidates.push(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  for (const c of candidates) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec((c ?? '').trim());
    if (m) return m[1];
  }
  return undefined;
}

