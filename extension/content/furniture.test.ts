// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/bundled';
import { createEngine } from '../../src/engine';
import { buildTextModel, findArticleRoot } from '../../src/text/model';
import { classifyParagraphs, classifyParagraphsSliced } from './furniture';
import { isFurnitureText } from '../../src/engine/furniture-text';
import { articleRequest, scanArticleNow } from '../../src/engine/article-scan';

const PROSE = 'The Syrian Observatory for Human Rights said the Russian strikes near Raqqa killed 12 militants on Wednesday.';

function page(body: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = body;
  return d;
}

describe('page furniture', () => {
  it('is told from the markup: kicker, byline, dateline, caption, credit', () => {
    const d = page(`<article>
      <p class="story-kicker">Syria war</p>
      <h1>Russia says strikes hit Islamic State</h1>
      <div class="byline"><span>Maria Novak in Beirut</span></div>
      <p><time datetime="2015-10-01" class="dateline">1 October 2015</time></p>
      <p>${PROSE}</p>
      <figure><img alt=""><figcaption>Smoke over Raqqa after a strike, the Syrian Observatory for Human Rights said 12 died.</figcaption></figure>
      <p class="image-credit">Local Media Centre</p>
      <p>${PROSE.replace('12', '14')}</p>
    </article>`);
    const model = buildTextModel(findArticleRoot(d));
    const flags = classifyParagraphs(model);
    const lines = model.paragraphs.map((p) => model.text.slice(p.start, p.end));
    const furniture = lines.filter((_, i) => flags[i]);
    expect(furniture).toEqual([
      'Syria war',
      'Maria Novak in Beirut',
      '1 October 2015',
      'Smoke over Raqqa after a strike, the Syrian Observatory for Human Rights said 12 died.',
      'Local Media Centre',
    ]);
    // the headline and the prose are not furniture (headlines are the engine's call)
    expect(lines.filter((_, i) => !flags[i])).toEqual(['Russia says strikes hit Islamic State', PROSE, PROSE.replace('12', '14')]);
  });

  it('is told from the text alone when there is no markup', () => {
    for (const line of ['14 new updates', 'Show 3 more posts', 'By Maria Novak and Tom Hale', 'By Maria Novak · 2 October 2015', 'Updated 10:42 GMT', '10:42 GMT', 'Photograph: Alexei Druzhinin/AP', 'Read more: how the air war began', 'Advertisement']) {
      expect(isFurnitureText(line), line).toBe(true);
    }
    for (const line of [PROSE, 'By Tuesday, the ministry said, the jets had flown 60 sorties.', 'Updates to the ceasefire were discussed in Geneva, the ministry said, and the talks went on late into the night while the strikes continued.'.repeat(2), 'By then the strikes had spread to Hama.']) {
      expect(isFurnitureText(line), line).toBe(false);
    }
  });

  it('is told from the markup alone on the page; its text is the worker\'s to read (ADR 0415)', async () => {
    const d = page(`<article><div class="byline">Maria Novak in Beirut</div><p>By Maria Novak and Tom Hale</p><p>${PROSE}</p></article>`);
    const model = buildTextModel(findArticleRoot(d));
    const flags = await classifyParagraphsSliced(model, async () => undefined);
    expect(flags).toEqual([true, false, false]);
    // together they tell both
    expect(classifyParagraphs(model)).toEqual([true, true, false]);
  });

  it('is told from its text by the scan itself: a short line sent without a flag is read for actors, never claims', () => {
    const line = `Updated 10:42 GMT: ${PROSE}`.slice(0, 150);
    const d = page(`<article><p>${line}</p><p>${PROSE}</p></article>`);
    const model = buildTextModel(findArticleRoot(d));
    expect(isFurnitureText(line)).toBe(true);
    const found = scanArticleNow(createEngine(dataset), articleRequest(model)); // no furniture flags from the page
    const lineEnd = model.paragraphs[0]!.end;
    expect(found.claims.length).toBeGreaterThan(0);
    expect(found.claims.every((c) => c.start > lineEnd)).toBe(true);
    expect(found.mentions.some((m) => m.end <= lineEnd && /Raqqa|Syrian Observatory/.test(m.text))).toBe(true);
  });

  it('is never sent for claim analysis, but its actors are still found', async () => {
    const d = page(`<article><p class="live-count">2 new updates</p><figure><figcaption>${PROSE}</figcaption></figure><p>${PROSE}</p></article>`);
    const model = buildTextModel(findArticleRoot(d));
    const engine = createEngine(dataset);
    const found = scanArticleNow(engine, articleRequest(model, classifyParagraphs(model)));
    const captionEnd = model.paragraphs[1]!.end;
    expect(found.claims.length).toBeGreaterThan(0);
    expect(found.claims.every((c) => c.start > captionEnd)).toBe(true);
    expect(found.mentions.some((m) => m.end <= captionEnd && /Raqqa/.test(m.text))).toBe(true);
  });
});
