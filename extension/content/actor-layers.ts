/**
 * Mentions split into the actor layers by the type of actor each names, in
 * one pass with one lookup per actor: a page of one 5 MB text node has
 * ~270,000 mentions, and a filter per layer (five passes, a lookup per
 * mention each) held the page 50–90 ms at load ~10.
 */
import type { Mention } from '../../src/actors/matcher';
import type { ActorType } from '../../src/dataset/schema';
import { ACTOR_LAYERS, actorLayer, type LayerDef } from '../shared/layers';

/** `typeOf`: an actor's type (ADR 0110: from the dataset's brief, without building its lookup). */
export function actorLayerSpans(found: readonly Mention[], typeOf: (id: string) => ActorType | undefined): (LayerDef & { spans: Mention[] })[] {
  const spans = new Map<string, Mention[]>(ACTOR_LAYERS.map((def) => [def.layer, []]));
  const layerOf = new Map<string, Mention[] | null>();
  for (const m of found) {
    const id = m.refersTo ?? m.actorId;
    let list = layerOf.get(id);
    if (list === undefined) {
      const type = typeOf(id);
      list = (type && spans.get(actorLayer(type))) ?? null;
      layerOf.set(id, list);
    }
    list?.push(m);
  }
  return ACTOR_LAYERS.map((def) => ({ ...def, spans: spans.get(def.layer)! }));
}
