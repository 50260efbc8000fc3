/**
 * Compiling in steps (ADR 0130). The engine's compile loops (the alias
 * matcher's entries, the role table, the claimant families, the claim
 * index) are generators that yield every `STEP_ITEMS` items: `drain` runs
 * one to the end at once (Node, the evaluation, a page), `drainSliced` gives
 * the event loop a turn whenever a slice of time has passed, so a service
 * worker compiling 10,000 imported claims still answers its other messages.
 */

/** A compile that yields between pieces of work and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Items a compile loop handles between two yields (tens of microseconds to a millisecond of work). */
export const STEP_ITEMS = 64;

/** Runs the steps to the end, now. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, pausing (`pause()`) whenever `sliceMs` has passed since the last pause. */
export async function drainSliced<T>(steps: Steps<T>, sliceMs: number, pause: () => Promise<void>): Promise<T> {
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - since >= sliceMs) {
      await pause();
      since = performance.now();
    }
  }
}
