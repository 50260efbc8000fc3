/**
 * Work the content script puts off until it is needed: the dataset lookup
 * (hover cards, note suggestions) is built on first use. It creates an
 * `Intl.DateTimeFormat`, whose first creation in a page costs 40–57 ms
 * (Chromium 156 here); the lookup as a whole ~45–190 ms cold. (The claim
 * index is no longer compiled in pages at all: ADR 0095.)
 */
import type { Dataset } from '../../src/dataset/schema';
import { createLookup, type DatasetLookup } from '../../src/dataset/lookup';

export function lazyLookup(dataset: Dataset): DatasetLookup {
  let built: DatasetLookup | null = null;
  const lookup = (): DatasetLookup => (built ??= createLookup(dataset));
  return {
    actor: (id) => lookup().actor(id),
    claim: (id) => lookup().claim(id),
    source: (id) => lookup().source(id),
    claimsBy: (id) => lookup().claimsBy(id),
    claimsAbout: (id) => lookup().claimsAbout(id),
    related: (id) => lookup().related(id),
    claimantName: (claim) => lookup().claimantName(claim),
    sourceLabel: (id) => lookup().sourceLabel(id),
  };
}
