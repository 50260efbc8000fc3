/**
 * Cooperative time-slicing: long work on big pages runs in slices of a few
 * milliseconds and yields to the page between them, so no task the content
 * script causes comes near the 50 ms long-task mark.
 */

export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the page's main thread a turn (input, rendering) before continuing. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
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
