import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextModel, findArticleRoot, findArticleRootSliced, textModelBuilder } from './model';

function doc(html: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

const PAGE = `<nav><p>Home and a long list of links that is not the article</p></nav>
<article><h1> Raids\twiden </h1>
<p> Russian warplanes struck  targets in <a href="/syria">Syria</a>, the ministry said. </p>
<p>Maj. Gen. Igor Konashenkov said<br>ten sorties were flown.</p>
<div class="share"><p>Share this story on all the networks you know of</p></div>
<pre>  kept
  as is</pre>
<p>The Syrian Observatory for Human Rights, which tracks the war from Britain, said 12 militants were killed.</p>
</article><footer><p>© The Test Gazette, a footer paragraph long enough to count</p></footer>`;

describe('textModelBuilder', () => {
  it('builds in steps exactly what buildTextModel builds at once', () => {
    const d = doc(PAGE);
    const whole = buildTextModel(d.body);
    for (const step of [1, 2, 3, 7, 50]) {
      const builder = textModelBuilder(d.body);
      let steps = 0;
      while (!builder.step(step)) steps++;
      const stepped = builder.finish();
      expect(stepped.text).toBe(whole.text);
      expect(stepped.paragraphs).toEqual(whole.paragraphs);
      for (let i = 0; i < whole.text.length; i += 3) expect(stepped.rangeFor(i, i + 5)).toEqual(whole.rangeFor(i, i + 5));
      if (step === 1) expect(steps).toBeGreaterThan(20);
    }
  });

  it('gives, mid-walk, a snapshot of the paragraphs completed so far with the finished model\'s offsets', () => {
    const d = doc(PAGE);
    const whole = buildTextModel(d.body);
    const builder = textModelBuilder(d.body);
    const seen = new Set<number>();
    while (!builder.step(2)) {
      const part = builder.snapshot();
      seen.add(part.paragraphs.length);
      expect(whole.paragraphs.slice(0, part.paragraphs.length)).toEqual(part.paragraphs);
      expect(whole.text.startsWith(part.text)).toBe(true);
      const last = part.paragraphs[part.paragraphs.length - 1];
      // the text ends with the last completed paragraph: nothing half-read is matched
      expect(part.text.length).toBe(last?.end ?? 0);
      expect(builder.length).toBeGreaterThanOrEqual(part.text.length);
      for (let i = 0; i + 5 <= part.text.length; i += 3) expect(part.rangeFor(i, i + 5)).toEqual(whole.rangeFor(i, i + 5));
    }
    expect(seen.size).toBeGreaterThan(3); // snapshots were taken at several depths, from none to most paragraphs
    expect(seen.has(0)).toBe(true);
  });

  it('collapses white space as a browser renders it', () => {
    const m = buildTextModel(doc(PAGE).body);
    expect(m.text).toContain('Raids widen\n\nRussian warplanes struck targets in Syria, the ministry said.\n\nMaj. Gen. Igor Konashenkov said\nten sorties');
    expect(m.text).toContain('  kept\n  as is');
    expect(m.text).not.toContain('Share this story');
  });
});

describe('findArticleRoot', () => {
  it('finds the article and ignores paragraphs in navigation, share boxes and footers', () => {
    const d = doc(PAGE);
    expect(findArticleRoot(d).localName).toBe('article');
  });

  it('passes over an <article> that holds less than half of the page\'s paragraph text', () => {
    const prose = 'The ministry said the strikes near Raqqa hit a command post, and monitors said 12 militants died.';
    const d = doc(`<article id="teaser"><p>${prose}</p></article><div id="story"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>`);
    expect(findArticleRoot(d).getAttribute('id')).toBe('story');
    // with most of the text inside it, the <article> is the root even with paragraphs outside
    const d2 = doc(`<article id="main"><p>${prose}</p><p>${prose}</p></article><div id="aside-ish"><p>${prose}</p><p>${prose}</p></div>`);
    expect(findArticleRoot(d2).getAttribute('id')).toBe('main');
  });

  it('falls back to the element whose paragraphs carry the most text', () => {
    const prose = 'The ministry said the strikes near Raqqa hit a command post, and monitors said 12 militants died.';
    const d = doc(`<div id="side"><p>${prose.slice(0, 40)}</p></div><div id="story"><p>${prose}</p><p>${prose}</p></div><div class="comments"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>`);
    expect(findArticleRoot(d).getAttribute('id')).toBe('story');
  });
});

describe('findArticleRootSliced', () => {
  const prose = 'The ministry said the strikes near Raqqa hit a command post, and monitors said 12 militants died.';
  const many = (n: number) => Array.from({ length: n }, (_, i) => `<p>${i}: ${prose}</p>`).join('');

  it('pauses every few hundred paragraphs and finds what the finder finds at once', async () => {
    const layouts = [
      `<nav>${many(3)}</nav><article id="story">${many(900)}</article><footer>${many(2)}</footer>`,
      // no container holds most of the text: the scored finder, paused too
      `<article id="teaser">${many(300)}</article><div id="story">${many(700)}</div>`,
    ];
    for (const html of layouts) {
      const d = doc(html);
      let pauses = 0;
      const root = await findArticleRootSliced(d, async () => {
        pauses++;
      });
      expect(root).toBe(findArticleRoot(d));
      expect(root.getAttribute('id')).toBe('story');
      expect(pauses).toBeGreaterThanOrEqual(3);
    }
  });

  it('looks again when the page took the root out while it paused', async () => {
    const d = doc(`<article id="old">${many(900)}</article>`);
    let pauses = 0;
    const root = await findArticleRootSliced(d, async () => {
      // a single-page app swaps the story for another at the first pause
      if (pauses++ === 0) d.body.innerHTML = `<article id="new">${many(10)}</article>`;
    });
    expect(root.isConnected).toBe(true);
    expect(root.getAttribute('id')).toBe('new');
  });

  it('does not pause on a short page', async () => {
    let pauses = 0;
    const root = await findArticleRootSliced(doc(PAGE), async () => {
      pauses++;
    });
    expect(root.localName).toBe('article');
    expect(pauses).toBe(0);
  });
});
