/**
 * content-cards.js (ADR 0150): the bundled dataset and the card builders,
 * injected by the worker when the page first needs them (the reader's first
 * pointer move or selection, the popup's summary, or the first idle moment
 * after the highlights are drawn).
 */
import type { Dataset } from '../../../src/dataset/schema';
import { providePart } from '../parts-shelf';
import { actorCard, claimCard } from '../ui/cards';

/** The bundled dataset's JSON text (vite.config.ts): a string literal costs a scan to evaluate, an object literal a full parse. The build validated it. */
declare const __BUNDLED_DATASET__: string;

let dataset: Dataset | null = null;
providePart('cards', {
  get dataset() {
    return (dataset ??= JSON.parse(__BUNDLED_DATASET__) as Dataset);
  },
  actorCard,
  claimCard,
});
