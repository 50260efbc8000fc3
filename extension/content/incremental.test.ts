// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileActorMatcher } from '../../src/actors/matcher';
import { dataset } from '../../src/dataset/bundled';
import { buildTextModel, findArticleRoot } from '../../src/text/model';
import { buildModelSliced, firstScreenText, FIRST_SCREEN_CHARS, PIECE_CHARS, readFirstScreen, scanActors } from './incremental';

const PARAGRAPH = 'Russian warplanes struck Islamic State positions near Raqqa on Wednesday, the Syrian Observatory for Human Rights said.';

function page(body: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = body;
  return d;
}

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('');

describe('the first screen', () => {
  it('is the top of the article, with the offsets of the full model, read without the whole page', async () => {
    const d = page(`<nav><p>${PARAGRAPH}</p></nav><article>${paragraphs(400)}</article>`);
    const top = readFirstScreen(d)!;
    const full = await buildModelSliced(d);
    expect(top.text.length).toBeGreaterThanOrEqual(FIRST_SCREEN_CHARS);
    expect(top.text.length).toBeLessThan(full.text.length / 4);
    expect(full.text.startsWith(top.text)).toBe(true);
    expect(top.paragraphs).toEqual(full.paragraphs.slice(0, top.paragraphs.length));
    // the actors the worker finds in its text are those of the same paragraphs in the full model, at the same offsets
    const matcher = compileActorMatcher(dataset.actors);
    const sent = firstScreenText(top);
    expect(full.text.startsWith(sent)).toBe(true);
    const first = matcher.find(sent);
    const all = matcher.find(full.text).filter((m) => m.end <= sent.length);
    expect(first.length).toBeGreaterThan(0);
    expect(first.map((m) => [m.start, m.end, m.actorId])).toEqual(all.map((m) => [m.start, m.end, m.actorId]));
    expect(top.rangeFor(first[0]!.start, first[0]!.end)).toEqual(full.rangeFor(first[0]!.start, first[0]!.end));
  });

  it('reads no more than about two screens of a first paragraph that is one huge text node', () => {
    const d = page(`<article><p>${Array.from({ length: 8_000 }, () => PARAGRAPH).join(' ')}</p></article>`);
    const top = readFirstScreen(d)!;
    // the node is read only as far as the first screens need, with the full model's offsets
    expect(top.text.length).toBeGreaterThan(2 * FIRST_SCREEN_CHARS);
    expect(top.text.length).toBeLessThan(50_000);
    const full = buildTextModel(findArticleRoot(d));
    expect(full.text.length).toBeGreaterThan(900_000);
    expect(full.text.startsWith(top.text.trimEnd())).toBe(true);
    // what is sent to the worker: about two screens, cut at a space, a prefix of the full text
    const sent = firstScreenText(top);
    expect(sent.length).toBeLessThanOrEqual(2 * FIRST_SCREEN_CHARS);
    expect(sent.length).toBeGreaterThan(FIRST_SCREEN_CHARS);
    expect(full.text.startsWith(sent)).toBe(true);
    const matcher = compileActorMatcher(dataset.actors);
    const first = matcher.find(sent);
    expect(first.length).toBeGreaterThan(0);
    expect(first.map((m) => [m.start, m.end, m.actorId])).toEqual(matcher.find(full.text).filter((m) => m.end <= sent.length).map((m) => [m.start, m.end, m.actorId]));
    expect(top.rangeFor(first[0]!.start, first[0]!.end)).toEqual(full.rangeFor(first[0]!.start, first[0]!.end));
  });

  it('is the whole article when it is short', () => {
    const d = page(`<article>${paragraphs(3)}</article>`);
    expect(readFirstScreen(d)!.text).toBe(buildTextModel(findArticleRoot(d)).text);
  });

  it('waits for the full walk on pages with no article element', () => {
    expect(readFirstScreen(page(`<div>${paragraphs(100)}</div>`))).toBeNull();
  });
});

describe('the actor scan', () => {
  it('matches a paragraph of one huge text node in pieces, a slice each, finding what one pass over it finds', async () => {
    const d = page(`<article><p>${Array.from({ length: 3_000 }, (_, i) => `${i}: ${PARAGRAPH}`).join(' ')}</p></article>`);
    const model = buildTextModel(findArticleRoot(d));
    expect(model.paragraphs).toHaveLength(1);
    expect(model.text.length).toBeGreaterThan(3 * PIECE_CHARS);
    const matcher = compileActorMatcher(dataset.actors);
    const whole = matcher.find(model.text).map((m) => [m.start, m.end, m.actorId]);
    const sliced = (await scanActors(model, matcher)).map((m) => [m.start, m.end, m.actorId]);
    expect(whole.length).toBeGreaterThan(5_000);
    expect(sliced).toEqual(whole);
  });
});
