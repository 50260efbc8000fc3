/**
 * Each part of reading a page — actors, claims, notes — fails on its own: a
 * failure is recorded and reported to the popup (`PageInfo.unavailable`),
 * and the other parts go on. A part that works again on a later read is no
 * longer reported.
 */
import type { PageFeature } from '../shared/messages';
import { Cancelled } from './slicing';

export interface FeatureHealth {
  /** Runs one part; answers whether it worked. A cancelled read is not a failure and passes through. */
  run(feature: PageFeature, work: () => Promise<void>): Promise<boolean>;
  /** The part worked by another way (the claim pass also finds the actors). */
  recovered(feature: PageFeature): void;
  /** What failed on the last try, in a stable order. */
  readonly unavailable: PageFeature[];
}

const ORDER: readonly PageFeature[] = ['actors', 'claims', 'notes'];

export function createFeatureHealth(warn: (message: string, error: unknown) => void = (m, e) => console.warn(m, e)): FeatureHealth {
  const failed = new Set<PageFeature>();
  return {
    async run(feature, work) {
      try {
        await work();
        failed.delete(feature);
        return true;
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        if (!failed.has(feature)) warn(`Crosscheck could not read the ${feature} of this page:`, error);
        failed.add(feature);
        return false;
      }
    },
    recovered: (feature) => void failed.delete(feature),
    get unavailable() {
      return ORDER.filter((f) => failed.has(f));
    },
  };
}
