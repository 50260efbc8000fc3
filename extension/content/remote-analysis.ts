/**
 * The page's side of the analysis port (ADR 0095): sends the article's text
 * and paragraph spans to the service worker and collects what it answers.
 * Nothing here blocks the page: each part of the answer arrives as a task of
 * its own (a few, packed: ADR 0155), and a long article's text goes out in
 * parts, a task each. A
 * worker stopped before it finished (Chrome stops idle workers, or an update
 * reloads it) drops the port; the request is sent again on a new port, which
 * wakes the worker.
 */
import { ext } from '../shared/client';
import type { Mention } from '../../src/actors/matcher';
import type { ArticleRequest } from '../../src/engine/article-request';
import type { ClaimHit } from '../../src/engine/article-scan';
import type { SourcedMatch } from '../../src/engine';
import { EMPTY_SLICE, type KnownSlice } from '../../src/dataset/slice';
import { unpackClaims, unpackMentions } from '../shared/analysis-packing';
import { ANALYSIS_PORT, TEXT_PART_CHARS, textParts, type AnalysisReply, type AnalysisRequest } from '../shared/analysis-protocol';
import { Cancelled, yieldToPage } from './slicing';

export interface ArticleAnalysis {
  mentions: Mention[];
  claims: ClaimHit[];
  /** the imported claims (and their actors and sources) the results refer to */
  known: KnownSlice;
}

/** What the page asks of the engine. */
export interface Analyzer {
  /**
   * The article's actors and claims; rejects with `Cancelled` once `signal.cancelled` is set.
   * `onMentions` gets the article's mentions as soon as they are all in, before the claims; while
   * the worker's engine compiles, first the bundled dataset's matcher's (provisional, not part of
   * the answer); on a retry after a dropped port, again.
   */
  article(request: ArticleRequest, signal?: { cancelled: boolean }, onMentions?: (mentions: Mention[]) => void): Promise<ArticleAnalysis>;
  /** The actor mentions of a short text (the top of the page, its first screen), with the matcher alone. */
  actors(text: string, signal?: { cancelled: boolean }): Promise<{ mentions: Mention[]; known: KnownSlice }>;
  /** The matches of each quote read as one sentence (note suggestions, notes no longer found on the page). */
  sentences(quotes: readonly string[]): Promise<{ matches: SourcedMatch[][]; known: KnownSlice }>;
}

/** The port's surface this module uses (browser.runtime.Port, or a test's). */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Asks sent again after the worker dropped the port before answering in full. */
const ATTEMPTS = 3;

interface Collected {
  mentions: Mention[];
  claims: ClaimHit[];
  matches: SourcedMatch[][];
  known: KnownSlice;
}

class Dropped extends Error {}

export function remoteAnalyzer(urlKey: () => string, connect: () => PortLike = () => ext().runtime.connect({ name: ANALYSIS_PORT }), partChars = TEXT_PART_CHARS): Analyzer {
  /** One request on one port, collected until `done`. */
  function once(request: AnalysisRequest, signal?: { cancelled: boolean }, onMentions?: (mentions: Mention[]) => void): Promise<Collected> {
    return new Promise((resolve, reject) => {
      const got: Collected = { mentions: [], claims: [], matches: [], known: EMPTY_SLICE };
      /** what the answer's offsets point into (its words are not sent back, ADR 0155) */
      const text = request.type === 'sentences' ? '' : request.text;
      /** mentions the worker sent while its engine compiled (not part of the answer) */
      const provisional: Mention[] = [];
      let settled = false;
      let port: PortLike;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        clearInterval(watch);
        if (error) reject(error);
        else resolve(got);
      };
      // a newer reading of the page replaces this one: let the worker stop too
      const watch = setInterval(() => {
        if (!signal?.cancelled) return;
        port.disconnect();
        finish(new Cancelled());
      }, 50);
      try {
        port = connect();
      } catch (error) {
        // the extension was reloaded or removed: this page's script is orphaned
        clearInterval(watch);
        return reject(error instanceof Error ? error : new Error(String(error)));
      }
      port.onDisconnect.addListener(() => finish(signal?.cancelled ? new Cancelled() : new Dropped('The analysis stopped before it finished.')));
      port.onMessage.addListener((message) => {
        if (settled) return;
        const reply = message as AnalysisReply;
        switch (reply?.type) {
          case 'mentions': {
            const into = reply.provisional ? provisional : got.mentions;
            for (const m of unpackMentions(reply.mentions, text)) into.push(m);
            if (reply.last && onMentions && !signal?.cancelled) onMentions(into.slice());
            return;
          }
          case 'claims':
            for (const c of unpackClaims(reply.claims, text)) got.claims.push(c);
            return;
          case 'sentences':
            got.matches = reply.matches;
            return;
          case 'done':
            if (reply.known) got.known = reply.known;
            port.disconnect();
            // a reading cancelled since it was asked is never used, even when its answer beat the watch
            return finish(signal?.cancelled ? new Cancelled() : undefined);
          case 'error':
            port.disconnect();
            return finish(new Error(reply.message));
        }
      });
      void send(port, request, () => settled || signal?.cancelled === true).catch(() => {
        // the port closed while the text was on its way: its disconnect asks again (or the reading was cancelled)
      });
    });
  }

  /** Posts the request; a long article's text goes ahead in parts, a task each (ADR 0095). */
  async function send(port: PortLike, request: AnalysisRequest, stopped: () => boolean): Promise<void> {
    if (request.type !== 'article' || request.text.length <= partChars) return port.postMessage(request);
    const parts = textParts(request.text, partChars);
    // the request was built (and the port opened) in this task: each part goes out in a task of its own (ADR 0390)
    await yieldToPage();
    if (stopped()) return;
    for (const text of parts.slice(0, -1)) {
      port.postMessage({ type: 'text', text });
      await yieldToPage();
      if (stopped()) return;
    }
    port.postMessage({ ...request, text: parts[parts.length - 1]! });
  }

  async function ask(request: AnalysisRequest, signal?: { cancelled: boolean }, onMentions?: (mentions: Mention[]) => void): Promise<Collected> {
    for (let attempt = 1; ; attempt++) {
      if (signal?.cancelled) throw new Cancelled();
      try {
        return await once(request, signal, onMentions);
      } catch (error) {
        if (!(error instanceof Dropped) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  return {
    async article(request, signal, onMentions) {
      const sent: AnalysisRequest = { type: 'article', urlKey: urlKey(), text: request.text, paragraphs: [...request.paragraphs], furniture: [...(request.furniture ?? [])] };
      if (request.date !== undefined) sent.date = request.date;
      const { mentions, claims, known } = await ask(sent, signal, onMentions);
      return { mentions, claims, known };
    },
    async actors(text, signal) {
      const { mentions, known } = await ask({ type: 'actors', urlKey: urlKey(), text }, signal);
      return { mentions, known };
    },
    async sentences(quotes) {
      if (quotes.length === 0) return { matches: [], known: EMPTY_SLICE };
      const { matches, known } = await ask({ type: 'sentences', urlKey: urlKey(), quotes: [...quotes] });
      return { matches, known };
    },
  };
}
