/**
 * The analysis port without a browser: `remoteAnalyzer` (the page's side)
 * wired to the worker's own `createAnalysisService` (its side) through a
 * port stand-in that delivers messages as the browser does, one task each.
 * `stopAfter` drops the port after that many replies, as a stopped worker.
 */
import type { Dataset } from '../../src/dataset/schema';
import type { DatasetEntry } from '../../src/dataset/collection';
import { createAnalysisService } from '../../extension/background/analysis';
import { remoteAnalyzer, type Analyzer, type PortLike } from '../../extension/content/remote-analysis';

export interface InProcess {
  analyzer: Analyzer;
  /** Ports opened so far (one per request, plus one per retry). */
  readonly connections: number;
  /** Drops every open port after `n` more replies (a worker stopped mid-answer); once. */
  stopAfter(n: number): void;
  /** Messages the page posted, over every port. */
  readonly posted: number;
}

/** `partChars`: the page sends an article's text in parts of this size (default the extension's). */
export function inProcessAnalyzer(bundled: Dataset, imported: DatasetEntry[] = [], partChars?: number): InProcess {
  const service = createAnalysisService({ bundled, imported: async () => imported, notes: async () => [] });
  let connections = 0;
  let posted = 0;
  let budget = Infinity;
  const connect = (): PortLike => {
    connections++;
    const toPage: ((m: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    let closed = false;
    const receive = service.port(
      (reply) => {
        if (closed) return;
        if (budget-- <= 0) {
          budget = Infinity;
          return drop();
        }
        const copy = structuredClone(reply);
        setTimeout(() => !closed && toPage.forEach((l) => l(copy)), 0);
      },
      () => closed,
    );
    const drop = () => {
      if (closed) return;
      closed = true;
      for (const l of onDisconnect) setTimeout(l, 0);
    };
    return {
      postMessage(message) {
        posted++;
        receive(structuredClone(message));
      },
      disconnect: () => {
        closed = true; // the page's own disconnect fires no event on its side
      },
      onMessage: { addListener: (l) => void toPage.push(l) },
      onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
    };
  };
  return {
    analyzer: remoteAnalyzer(() => 'example.com/story', connect, partChars),
    get connections() {
      return connections;
    },
    get posted() {
      return posted;
    },
    stopAfter(n) {
      budget = n;
    },
  };
}
