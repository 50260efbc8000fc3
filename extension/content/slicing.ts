/**
 * Cooperative time-slicing: long work on big pages runs in slices of a few
 * milliseconds and yields to the page between them, so no task the content
 * script causes comes near the 50 ms long-task mark.
 */

export const SLICE_MS = 8;

type SchedulerLike = { postTask?: (task: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<void> };

/**
 * Gives the page's main thread a turn (input, rendering, the page's own
 * tasks) before continuing. Not `scheduler.yield()`: its continuations run
 * ahead of every task the page has queued, so a long sliced scan held the
 * page's own messages and timers back for its whole length (~300 ms on a
 * 1 MB page, measured by `npm run bench`). A posted task queues behind them.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // closed, so an open port never keeps a worker or a Node process (the evaluation) alive
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A deadline for the current slice; `check()` yields when it has passed. */
export function createSlicer(budgetMs = SLICE_MS, signal?: { cancelled: boolean }) {
  let sliceStart = performance.now();
  return {
    async check(): Promise<void> {
      if (performance.now() - sliceStart < budgetMs) return;
      await yieldToPage();
      if (signal?.cancelled) throw new Cancelled();
      sliceStart = performance.now();
    },
  };
}

/** Thrown out of sliced work when a newer scan has replaced it. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}
