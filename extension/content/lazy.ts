/**
 * Work the content script puts off until it is needed: the dataset lookup
 * (hover cards, note suggestions) is built on first use (~45–190 ms cold; it
 * no longer creates an `Intl` formatter, whose first creation in a page cost
 * 40–57 ms: src/text/day-format.ts). (The claim index is no longer compiled
 * in pages at all: ADR 0095; the alias matcher over the bundled dataset comes
 * precompiled from the build: bundled-matcher.ts, ADR 0100.)
 */
import type { Dataset } from '../../src/dataset/schema';
import { createLookup, type DatasetLookup } from '../../src/dataset/lookup';

export function lazyLookup(dataset: () => Dataset): DatasetLookup {
  let built: DatasetLookup | null = null;
  const lookup = (): DatasetLookup => (built ??= createLookup(dataset()));
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
