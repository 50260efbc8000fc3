// The page's side of the analysis port against the worker's own analysis
// service (in process, messages cloned and delivered one task each, as the
// browser does): the same answer as the article scan run at once, asked
// again when the worker drops the port mid-answer, stopped when cancelled.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index';
import { createEngine } from '../../src/engine/index';
import { articleRequest } from '../../src/engine/article-request';
import { scanArticleNow } from '../../src/engine/article-scan';
import { textModelFromString } from '../../src/text/model';
import { inProcessAnalyzer } from '../../tests/support/in-process-analyzer';
import { Cancelled } from './slicing';

// the port is the test's own: the extension's runtime is never reached

const PARAGRAPHS = [
  'Turkish Prime Minister Ahmet Davutoglu said on Thursday that Russia was targeting moderate Syrian rebels to prop up the Assad regime.',
  '"The outcome is very worrisome," he said.',
  'Moscow says its jets hit Islamic State training camps near Raqqa.',
  'The Syrian Observatory for Human Rights said the strikes near Raqqa killed 12 militants.',
];
// long enough that the mentions and the claims come in several parts
const model = textModelFromString(Array.from({ length: 1000 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n'));
const request = articleRequest(model, [], '2015-10-01');
const direct = scanArticleNow(createEngine(dataset), request);

describe('the analysis port', () => {
  it('answers what the article scan finds, in parts', async () => {
    const port = inProcessAnalyzer(dataset);
    const found = await port.analyzer.article(request);
    expect(direct.claims.length).toBeGreaterThan(500);
    expect(direct.mentions.length).toBeGreaterThan(2_000);
    expect(found.claims).toEqual(direct.claims);
    expect(found.mentions).toEqual(direct.mentions);
    expect(found.known).toEqual({ actors: [], claims: [], sources: [], relations: [] }); // the bundled dataset alone: nothing to send
    expect(port.connections).toBe(1);
  });

  it("sends a long article's text ahead in parts and gets the same answer", async () => {
    const port = inProcessAnalyzer(dataset, [], 10_000);
    const found = await port.analyzer.article(request);
    expect(port.posted).toBe(Math.ceil(request.text.length / 10_000));
    expect(found.claims).toEqual(direct.claims);
    expect(found.mentions).toEqual(direct.mentions);
  });

  it("posts a long article's first part in a task after the one that asked (ADR 0390)", async () => {
    const port = inProcessAnalyzer(dataset, [], 10_000);
    const found = port.analyzer.article(request);
    // the asking task (building the request, opening the port) and its microtasks post nothing
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(port.posted).toBe(0);
    await found;
    expect(port.posted).toBe(Math.ceil(request.text.length / 10_000));
  });

  it('hands over the article’s mentions once they are all in, before the answer is complete', async () => {
    const port = inProcessAnalyzer(dataset);
    await port.analyzer.article(request); // the engine compiled: no provisional mentions from here on
    const handed: number[] = [];
    let answered = false;
    const found = port.analyzer.article(request, undefined, (mentions) => {
      expect(answered).toBe(false);
      expect(mentions).toEqual(direct.mentions);
      handed.push(mentions.length);
    });
    expect((await found).claims).toEqual(direct.claims);
    answered = true;
    expect(handed).toEqual([direct.mentions.length]);
  });

  it('answers the actors of a short text alone (a page’s first screen), as the matcher finds them', async () => {
    const port = inProcessAnalyzer(dataset);
    const top = PARAGRAPHS.join('\n\n');
    const found = await port.analyzer.actors(top);
    expect(found.mentions).toEqual(createEngine(dataset).matcher.find(top));
    expect(found.mentions.map((m) => m.actorId)).toEqual(expect.arrayContaining(['russia', 'sohr']));
  });

  it('asks again on a new port when the worker stops mid-answer, and loses nothing', async () => {
    const port = inProcessAnalyzer(dataset);
    port.stopAfter(2); // the mentions, the claims, then the port drops before done
    const found = await port.analyzer.article(request);
    expect(port.connections).toBe(2);
    expect(found.claims).toEqual(direct.claims);
    expect(found.mentions).toEqual(direct.mentions);
  });

  it('gives up with an error after three dropped ports', async () => {
    const port = inProcessAnalyzer(dataset);
    const stopping = port.analyzer.article(request);
    port.stopAfter(0);
    // each new port drops again at once
    const again = setInterval(() => port.stopAfter(0), 1);
    await expect(stopping).rejects.toThrow(/stopped before it finished/);
    clearInterval(again);
    expect(port.connections).toBe(3);
  });

  it('stops when the page cancels (a newer reading replaced this one)', async () => {
    const port = inProcessAnalyzer(dataset);
    const signal = { cancelled: false };
    const pending = port.analyzer.article(request, signal);
    signal.cancelled = true;
    await expect(pending).rejects.toBeInstanceOf(Cancelled);
  });

  it('reads quotes as sentences (note suggestions), with the imported claims they match', async () => {
    const port = inProcessAnalyzer(dataset);
    const read = await port.analyzer.sentences(['The Syrian Observatory for Human Rights said the strikes near Raqqa killed 12 militants.', 'Nothing here.']);
    expect(read.matches).toHaveLength(2);
    expect(read.matches[0]!.length).toBeGreaterThan(0);
    expect(read.matches[1]).toEqual([]);
  });

  it('refuses a malformed request with a clear message', async () => {
    const port = inProcessAnalyzer(dataset);
    await expect(port.analyzer.article({ text: 'short', paragraphs: [{ start: 0, end: 99 }] })).rejects.toThrow(/paragraphs must be in order, inside the text/);
  });
});
