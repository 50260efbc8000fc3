/**
 * The page's bundled knowledge without the extension: the parts the worker
 * injects in the browser (ADR 0150) are imported here, over the dataset a
 * test gives. `asked` counts each part's loads, as the worker would inject.
 */
import type { Dataset } from '../../src/dataset/schema';
import { briefOf, bundledKnowledge, type BundledKnowledge, type DatasetBrief } from '../../extension/content/bundled-knowledge';
import { bundledMatcher } from '../../extension/content/bundled-matcher';
import { actorCard, claimCard } from '../../extension/content/ui/cards';

export function inProcessKnowledge(dataset: () => Dataset, brief?: () => DatasetBrief): BundledKnowledge & { asked: { cards: number; matcher: number } } {
  const asked = { cards: 0, matcher: 0 };
  let parsed: Dataset | null = null;
  const cards = {
    get dataset() {
      return (parsed ??= dataset());
    },
    actorCard,
    claimCard,
  };
  const knowledge = bundledKnowledge({
    cards: async () => (asked.cards++, cards),
    matcher: async () => (asked.matcher++, { matcher: bundledMatcher }),
    brief: brief ?? (() => briefOf(cards.dataset)),
  });
  return Object.assign(knowledge, { asked });
}
