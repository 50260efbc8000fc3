import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/actors/matcher';
import type { Actor } from '../../src/dataset/schema';
import { ACTOR_LAYERS } from '../shared/layers';
import { actorLayerSpans } from './actor-layers';

const actors: Record<string, Pick<Actor, 'id' | 'type'>> = {
  putin: { id: 'putin', type: 'person' },
  raqqa: { id: 'raqqa', type: 'place' },
  isis: { id: 'isis', type: 'armed_group' },
};
const mention = (start: number, actorId: string, refersTo?: string) => ({ start, end: start + 4, actorId, ...(refersTo ? { refersTo } : {}) }) as Mention;

describe('actorLayerSpans', () => {
  it('puts each mention in the layer of the actor it names (or refers to), in order, and drops unknown actors', () => {
    const found = [mention(0, 'putin'), mention(10, 'raqqa'), mention(20, 'nobody'), mention(30, 'isis'), mention(40, 'x', 'putin'), mention(50, 'raqqa')];
    let lookups = 0;
    const layers = actorLayerSpans(found, (id) => {
      lookups++;
      return actors[id]?.type;
    });
    expect(layers.map((l) => l.layer)).toEqual(ACTOR_LAYERS.map((d) => d.layer));
    const spansOf = (layer: string) => layers.find((l) => l.layer === layer)!.spans.map((m) => m.start);
    expect(spansOf('actor-person')).toEqual([0, 40]);
    expect(spansOf('actor-place')).toEqual([10, 50]);
    expect(spansOf('actor-group')).toEqual([30]);
    expect(spansOf('actor-org')).toEqual([]);
    expect(lookups).toBe(4); // one lookup per actor, not per mention
  });
});
