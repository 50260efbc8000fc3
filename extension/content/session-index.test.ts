// @vitest-environment happy-dom
/**
 * A short page's hover targets are indexed once, with its claims and notes
 * (ADR 0155): its mentions alone are not indexed first, since its claims
 * follow within moments. (Long pages index the mentions at once: their
 * claims take a while.)
 */
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../src/dataset/bundled';
import type { AnnotationAnchor, WorkerCalls } from '../shared/messages';
import { inProcessAnalyzer } from '../../tests/support/in-process-analyzer';
import { inProcessKnowledge } from '../../tests/support/in-process-knowledge';
import { startSession, type SessionDeps } from './session';
import * as targets from './targets';

vi.stubGlobal('chrome', {
  runtime: { id: 'crosscheck-test', getURL: (path: string) => `chrome-extension://crosscheck-test/${path}` },
  storage: { local: { get: () => Promise.resolve({}), set: () => Promise.resolve() }, onChanged: { addListener() {}, removeListener() {} } },
});
const indexed: number[] = [];
vi.mock('./targets', async (original) => {
  const real = await original<typeof targets>();
  return { ...real, indexTargets: (...args: Parameters<typeof real.indexTargets>) => (indexed.push(args[1].length), real.indexTargets(...args)) };
});

const PARAGRAPH = 'Russian warplanes struck Islamic State positions near Raqqa on Wednesday, the Syrian Observatory for Human Rights said.';
const worker = (async (type: keyof WorkerCalls) => {
  if (type === 'annotations/anchors') return [] as AnnotationAnchor[];
  throw new Error(`unexpected call ${type}`);
}) as SessionDeps['callWorker'];

describe('a short page', () => {
  it('indexes its hover targets once, when its claims are in', async () => {
    document.body.innerHTML = `<article><h1>Strikes near Raqqa</h1>${Array.from({ length: 6 }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('')}</article>`;
    const { analyzer } = inProcessAnalyzer(dataset);
    // a worker whose engine is compiled (a first page's compile is slow: its mentions are indexed and drawn meanwhile)
    await analyzer.article({ text: PARAGRAPH, paragraphs: [{ start: 0, end: PARAGRAPH.length }], furniture: [] });
    const session = await startSession({ doc: document, engine: inProcessKnowledge(() => dataset), analyzer, callWorker: worker, alive: () => true });
    await session.ready;
    expect((await session.analysis()).actors.length).toBeGreaterThan(0);
    // the empty index at the start, then one with everything found
    expect(indexed.filter((n) => n > 0)).toHaveLength(1);
    session.destroy();
  });
});
