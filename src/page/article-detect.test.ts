// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isArticle, judgeArticle, readArticleSignals } from './article-detect';

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.documentElement.innerHTML = html;
  return d;
}

const para = (n: number) => `<p>${'The ministry said the strikes had hit a training camp near the city, and officials disputed it. '.repeat(n)}</p>`;

describe('article detection', () => {
  it('recognises schema.org NewsArticle in JSON-LD, even inside @graph', () => {
    const d = doc(`<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"]}]}</script></head><body>${para(3)}</body>`);
    expect(readArticleSignals(d).schemaArticle).toBe(true);
    expect(judgeArticle(readArticleSignals(d))).toMatchObject({ article: true, reason: 'schema.org article markup' });
  });

  it('recognises microdata and og:type', () => {
    expect(readArticleSignals(doc(`<body><div itemscope itemtype="https://schema.org/ReportageNewsArticle">${para(3)}</div></body>`)).schemaArticle).toBe(true);
    const og = doc(`<head><meta property="og:type" content="article"></head><body>${para(3)}</body>`);
    expect(judgeArticle(readArticleSignals(og))).toMatchObject({ article: true, reason: 'og:type article' });
  });

  it('recognises undeclared article-shaped prose', () => {
    const d = doc(`<body><main>${para(2)}${para(2)}${para(2)}${para(1)}</main></body>`);
    expect(judgeArticle(readArticleSignals(d))).toMatchObject({ article: true, reason: 'article-shaped prose' });
  });

  it('stays idle on a shop page and on a search form', () => {
    const shop = doc(`<body><nav><p>${'Home Shop Cart '.repeat(20)}</p></nav><div class="grid"><div><h3>Kettle</h3><p>£24.99</p><button>Add to basket</button></div><div><h3>Toaster</h3><p>£31.00 — free delivery</p></div></div><footer><p>${'Terms and conditions apply to all orders. '.repeat(10)}</p></footer></body>`);
    expect(judgeArticle(readArticleSignals(shop)).article).toBe(false);
    const search = doc(`<body><form><input name="q"><button>Search</button></form><p>Try searching for something.</p></body>`);
    expect(judgeArticle(readArticleSignals(search)).article).toBe(false);
  });

  it('ignores broken JSON-LD and declared pages with no prose', () => {
    const d = doc(`<head><script type="application/ld+json">{ not json</script><meta property="og:type" content="article"></head><body><p>Short.</p></body>`);
    expect(judgeArticle(readArticleSignals(d)).article).toBe(false);
  });

  it('stops reading a long article once it has prose enough for a verdict', () => {
    const body = Array.from({ length: 200 }, () => para(2)).join('');
    const signals = readArticleSignals(doc(`<body><nav>${para(3)}${para(3)}${para(3)}</nav><article>${body}</article></body>`));
    expect(judgeArticle(signals)).toMatchObject({ article: true, reason: 'article-shaped prose' });
    // the navigation's paragraphs are not counted, and the article's last 190-odd paragraphs are not read
    expect(signals.proseParagraphs).toBeGreaterThanOrEqual(3);
    expect(signals.proseParagraphs).toBeLessThan(10);
  });

  it("gives the bootstrap's lazier check the same verdict as the signals read whole (ADR 0240)", () => {
    const short = '<p>A line of text that is short.</p>';
    const some = `<p>${'Officials said the talks would resume after the holiday, though no date was set. '.repeat(3)}</p>`;
    const heads = ['', '<meta property="og:type" content="article">', '<meta property="og:type" content="website">', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>', '<script type="application/ld+json">{ broken</script>'];
    const bodies = [
      '',
      short,
      some,
      `<div itemscope itemtype="https://schema.org/Article">${some}</div>`,
      `<nav>${para(3)}${para(3)}${para(3)}</nav>`,
      `<footer>${some}</footer>${short}`,
      `<main>${para(2)}${para(2)}${para(2)}</main>`,
      `<main>${para(1)}${short}${para(1)}</main>`,
      `<div aria-hidden="true">${para(3)}</div>${some}`,
      `<p>   ${'word '.repeat(30)}   </p>${some}`,
    ];
    let articles = 0;
    for (const head of heads) {
      for (const body of bodies) {
        const d = doc(`<head>${head}</head><body>${body}</body>`);
        const verdict = judgeArticle(readArticleSignals(d)).article;
        expect(isArticle(d), `${head} | ${body.slice(0, 60)}`).toBe(verdict);
        if (verdict) articles++;
      }
    }
    // both verdicts are met: the cases are not all one way
    expect(articles).toBeGreaterThan(5);
    expect(articles).toBeLessThan(heads.length * bodies.length - 5);
  });
});
