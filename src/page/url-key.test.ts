import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentUrlKey, urlKey } from './url-key';

describe('urlKey', () => {
  const KEY = 'example.com/news/2024/story';

  it('drops scheme, fragment, trailing slash and lower-cases the host', () => {
    expect(urlKey('https://example.com/news/2024/story')).toBe(KEY);
    expect(urlKey('http://EXAMPLE.com/news/2024/story/')).toBe(KEY);
    expect(urlKey('https://example.com/news/2024/story#comments')).toBe(KEY);
    expect(urlKey('  https://example.com/news/2024/story//  ')).toBe(KEY);
    expect(urlKey('https://example.com./news/2024/story')).toBe(KEY);
  });

  it('keeps path case (paths are case-sensitive) and a non-default port', () => {
    expect(urlKey('https://example.com/News/Story')).toBe('example.com/News/Story');
    expect(urlKey('https://example.com:8443/a')).toBe('example.com:8443/a');
    expect(urlKey('https://example.com:443/a')).toBe('example.com/a');
  });

  it('strips tracking parameters', () => {
    for (const q of [
      'utm_source=twitter&utm_medium=social&utm_campaign=x&utm_content=y&utm_term=z',
      'fbclid=IwAR0abc',
      'gclid=abc&gclsrc=aw.ds',
      'dclid=1&msclkid=2&yclid=3&twclid=4&ttclid=5&wbraid=6&gbraid=7',
      'mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&mkt_tok=5',
      'igshid=1&si=2',
      '_ga=1&_gl=2',
      'ref=home&ref_src=twsrc&ref_url=x',
      'smid=tw-nytimes&smtyp=cur',
      'cmpid=1&ocid=2&CMP=share_btn_tw&at_medium=1&at_campaign=2',
      'guccounter=1&guce_referrer=aHR0&guce_referrer_sig=AQAA',
      'share=1&s_cid=1',
      'UTM_SOURCE=newsletter',
    ]) {
      expect(urlKey(`https://example.com/news/2024/story?${q}`), q).toBe(KEY);
    }
  });

  it('keeps parameters that identify the page, sorted, and drops an empty query', () => {
    expect(urlKey('https://example.com/article.php?id=42&utm_source=x')).toBe('example.com/article.php?id=42');
    expect(urlKey('https://example.com/view?p=2&id=42')).toBe(urlKey('https://example.com/view?id=42&p=2'));
    expect(urlKey('https://example.com/view?id=42&p=2')).toBe('example.com/view?id=42&p=2');
    expect(urlKey('https://example.com/news/2024/story?')).toBe(KEY);
    expect(urlKey('https://example.com/search?q=a+b')).toBe(urlKey('https://example.com/search?q=a%20b'));
  });

  it('folds www., m., mobile. and amp. hosts into the bare domain', () => {
    for (const host of ['www.example.com', 'www2.example.com', 'm.example.com', 'mobile.example.com', 'amp.example.com', 'WWW.Example.COM']) {
      expect(urlKey(`https://${host}/news/2024/story`), host).toBe(KEY);
    }
    expect(urlKey('https://m.bbc.co.uk/news/world-1')).toBe('bbc.co.uk/news/world-1');
  });

  it('does not fold a prefix that is the whole registrable name', () => {
    expect(urlKey('https://amp.dev/documentation')).toBe('amp.dev/documentation');
    expect(urlKey('https://m.me/x')).toBe('m.me/x');
    expect(urlKey('https://www.com/x')).toBe('www.com/x');
  });

  it('maps AMP variants of an article to the article', () => {
    for (const url of [
      'https://example.com/news/2024/story/amp',
      'https://example.com/news/2024/story/amp/',
      'https://example.com/amp/news/2024/story',
      'https://example.com/news/amp/2024/story',
      'https://example.com/news/2024/story.amp',
      'https://example.com/news/2024/story?amp',
      'https://example.com/news/2024/story?amp=1',
      'https://example.com/news/2024/story?outputType=amp',
      'https://amp.example.com/news/2024/story',
      'https://www.example.com/news/2024/story/amp?utm_source=google#top',
    ]) {
      expect(urlKey(url), url).toBe(KEY);
    }
    expect(urlKey('https://example.com/news/2024/story.amp.html')).toBe('example.com/news/2024/story.html');
    expect(urlKey('https://example.com/news/2024/story.html')).toBe('example.com/news/2024/story.html');
  });

  it('does not mistake words containing "amp" for AMP markers', () => {
    expect(urlKey('https://example.com/news/campaign-ramp')).toBe('example.com/news/campaign-ramp');
    expect(urlKey('https://example.com/amplifier/review')).toBe('example.com/amplifier/review');
    expect(urlKey('https://example.com/news/champ.html')).toBe('example.com/news/champ.html');
  });

  it('treats index pages as their folder', () => {
    expect(urlKey('https://example.com/news/index.html')).toBe('example.com/news');
    expect(urlKey('https://example.com/index.htm')).toBe('example.com/');
    expect(urlKey('https://example.com/')).toBe('example.com/');
    expect(urlKey('https://example.com')).toBe('example.com/');
  });

  it('normalises percent-escapes', () => {
    expect(urlKey('https://example.com/caf%c3%a9')).toBe(urlKey('https://example.com/café'));
    expect(urlKey('https://example.com/caf%C3%A9')).toBe('example.com/caf%C3%A9');
  });

  it('keeps hash-bang routes, which name the page on old script-driven sites', () => {
    expect(urlKey('https://example.com/#!/story/42')).toBe('example.com/#!/story/42');
    expect(urlKey('https://example.com/#!/story/42')).not.toBe(urlKey('https://example.com/#!/story/43'));
  });

  it('drops credentials', () => {
    expect(urlKey('https://user:secret@example.com/news/2024/story')).toBe(KEY);
  });

  it('returns non-web and invalid addresses as given (trimmed)', () => {
    expect(urlKey('file:///home/me/article.html')).toBe('file:///home/me/article.html');
    expect(urlKey(' not a url ')).toBe('not a url');
    expect(urlKey('')).toBe('');
  });

  it('is idempotent on its own output for web URLs', () => {
    for (const url of ['https://www.example.com/a/b/amp?utm_source=x&id=3', 'https://m.example.com/caf%c3%a9?b=2&a=1']) {
      const key = urlKey(url);
      expect(urlKey(`https://${key}`)).toBe(key);
    }
  });
});

describe('documentUrlKey', () => {
  it('prefers the canonical link, resolved against the page address', () => {
    expect(documentUrlKey('https://example.com/news/2024/story/amp', 'https://www.example.com/news/2024/story')).toBe('example.com/news/2024/story');
    expect(documentUrlKey('https://example.com/a/amp', '/a')).toBe('example.com/a');
    expect(documentUrlKey('https://syndicator.example.org/x', 'https://publisher.example.com/story?utm_source=feed')).toBe('publisher.example.com/story');
  });

  it('falls back to the page address without a usable canonical', () => {
    expect(documentUrlKey('https://example.com/story?fbclid=1', null)).toBe('example.com/story');
    expect(documentUrlKey('https://example.com/story', undefined)).toBe('example.com/story');
    expect(documentUrlKey('https://example.com/story', '')).toBe('example.com/story');
    expect(documentUrlKey('https://example.com/story', 'javascript:alert(1)')).toBe('example.com/story');
    expect(documentUrlKey('https://example.com/story', 'http://[broken')).toBe('example.com/story');
  });

  it('ignores a canonical that points an article at the site root (a common CMS mistake)', () => {
    expect(documentUrlKey('https://example.com/news/2024/story', 'https://example.com/')).toBe('example.com/news/2024/story');
    expect(documentUrlKey('https://example.com/news/2024/story', 'https://www.example.com')).toBe('example.com/news/2024/story');
    // The home page itself may of course be canonical for itself.
    expect(documentUrlKey('https://example.com/?utm_source=x', 'https://example.com/')).toBe('example.com/');
  });
});

describe('urlKey properties', () => {
  const webUrl = fc.webUrl({ withQueryParameters: true, withFragments: true });

  it('is unchanged by tracking parameters, a fragment, or a scheme change', () => {
    fc.assert(
      fc.property(webUrl, fc.constantFrom('utm_source=x', 'fbclid=abc', 'gclid=1&utm_medium=y'), (href, tracking) => {
        const url = new URL(href);
        const key = urlKey(url.href);
        if (!url.hash.startsWith('#!')) url.hash = 'section-2'; // a #! route names the page: keep it
        url.search = url.search ? `${url.search}&${tracking}` : `?${tracking}`;
        url.protocol = url.protocol === 'https:' ? 'http:' : 'https:';
        expect(urlKey(url.href)).toBe(key);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: a key read back as a URL gives the same key', () => {
    fc.assert(
      fc.property(webUrl, (href) => {
        const key = urlKey(href);
        expect(urlKey(`https://${key}`)).toBe(key);
      }),
      { numRuns: 300 },
    );
  });
});
