import type { PageActor } from '../shared/messages';

const TYPE: Record<string, string> = {
  person: 'person',
  organisation: 'organisation',
  state: 'state',
  armed_group: 'armed group',
  military_unit: 'military unit',
  place: 'place',
  weapon: 'weapon',
  media: 'media',
};

/** Actors on the page by mention count; each steps through its mentions on the page (its name is its visible text, as WCAG's label-in-name asks). */
export function ActorList({ actors, onStep }: { actors: PageActor[]; onStep: (actor: PageActor) => void }) {
  if (!actors.length) return <p class="muted">No known actors on this page.</p>;
  return (
    <ul class="actors" aria-label="Actors on this page">
      {actors.map((a) => (
        <li key={a.id}>
          <button type="button" onClick={() => onStep(a)} data-actor-id={a.id} title="Show the next mention on the page">
            <span class={`dot type-${a.type}`} aria-hidden="true" />
            <span class="name">{a.name}</span>
            <span class="muted">{TYPE[a.type] ?? a.type},</span>
            <span class="count">{a.mentions === 1 ? '1 mention' : `${a.mentions} mentions`}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
