import { describe, expect, it } from 'vitest';
import type { Actor } from '../dataset/schema';
import { fixtureDataset } from '../engine/__fixtures__/dataset';
import { compileActorMatcher } from './matcher';

const matcher = compileActorMatcher(fixtureDataset.actors);
const find = (s: string) => matcher.find(s).map((m) => [m.actorId, m.text, ...(m.refersTo ? [m.refersTo] : [])]);

describe('compileActorMatcher', () => {
  it('matches at word boundaries, with possessives outside the mention', () => {
    expect(find("Russia's jets and Russia’s ships; ISIS' fighters; Assad's regime")).toEqual([
      ['russia', 'Russia'],
      ['russia', 'Russia'],
      ['isis', 'ISIS'],
      ['assad', 'Assad'],
    ]);
    expect(find('Russiagate and unRussian and Assadist')).toEqual([]);
  });

  it('prefers the longest alias', () => {
    expect(find('the Syrian Observatory for Human Rights said')).toEqual([['sohr', 'Syrian Observatory for Human Rights']]);
    expect(find('the Islamic State group and the Islamic State')).toEqual([
      ['isis', 'Islamic State group'],
      ['isis', 'Islamic State'],
    ]);
    expect(find('President Bashar al-Assad')).toEqual([['assad', 'Bashar al-Assad']]);
  });

  it('honours caseSensitive aliases: "IS" the group, never the verb', () => {
    expect(find('It is what IS fighters did. Is it? The US is here, and the us-ness')).toEqual([
      ['isis', 'IS'],
      ['us', 'US'],
    ]);
    // in a line of capitals IS cannot be told from the verb
    expect(find('WHAT IS NEXT FOR THE TEAM')).toEqual([]);
  });

  it('needs the capital for capitalised single-word aliases (but takes ALL CAPS)', () => {
    expect(find('MOSCOW (AFP) - russia, Russia and RUSSIA')).toEqual([
      ['moscow', 'MOSCOW'],
      ['russia', 'Russia'],
      ['russia', 'RUSSIA'],
    ]);
    expect(find('roast the turkey')).toEqual([]);
  });

  it('is accent-, dash- and quote-insensitive', () => {
    expect(find('Sinirlioglu and Sinirlioğlu and Davutoglu')).toEqual([
      ['sinirlioglu', 'Sinirlioglu'],
      ['sinirlioglu', 'Sinirlioğlu'],
      ['davutoglu', 'Davutoglu'],
    ]);
    expect(find('al Assad, al–Assad, Al-Qaeda’s men, al Qaeda')).toEqual([
      ['assad', 'al Assad'],
      ['assad', 'al–Assad'],
      ['al-qaeda', 'Al-Qaeda'],
      ['al-qaeda', 'al Qaeda'],
    ]);
    expect(find('Syrian Observatory\nfor Human Rights')).toEqual([['sohr', 'Syrian Observatory\nfor Human Rights']]);
    expect(find('Syrian Observatory\n\nfor Human Rights')).toEqual([['syria', 'Syrian']]);
  });

  it('resolves context-bound aliases within the sentence only', () => {
    expect(find('The Russian Navy deployed the missile cruiser Moscow off Latakia. In Moscow on Friday, officials met.')).toEqual([
      ['russia', 'Russian'],
      ['cruiser-moskva', 'Moscow'],
      ['moscow', 'Moscow'],
    ]);
  });

  it('reports metonyms as the place with refersTo when used for the government', () => {
    expect(find('Moscow said it would continue. Moscow, a key Assad ally, had earlier said so.')).toEqual([
      ['moscow', 'Moscow', 'russia'],
      ['moscow', 'Moscow', 'russia'],
      ['assad', 'Assad'],
    ]);
    expect(find("calling on Moscow to stop; Moscow's insistence; as Moscow and Washington discussed")).toEqual([
      ['moscow', 'Moscow', 'russia'],
      ['moscow', 'Moscow', 'russia'],
      ['moscow', 'Moscow', 'russia'],
      ['us', 'Washington'],
    ]);
    expect(find('He visited Moscow last week. In Moscow the weather was cold.')).toEqual([
      ['moscow', 'Moscow'],
      ['moscow', 'Moscow'],
    ]);
  });

  it('leaves other places of the same name alone, and everyday senses', () => {
    expect(find('The council of Moscow, Idaho, met; Moscow, Pa. too')).toEqual([]);
    expect(find('Turkey should rest before carving, then serve the roast.')).toEqual([]);
    expect(find('Turkey warned Russia.')).toEqual([
      ['turkey', 'Turkey'],
      ['russia', 'Russia'],
    ]);
  });

  it('scans only the requested window', () => {
    const s = 'Russia and Syria and Turkey';
    expect(matcher.find(s, { from: 7 }).map((m) => m.text)).toEqual(['Syria', 'Turkey']);
    expect(matcher.find(s, { from: 2, to: 18 }).map((m) => m.text)).toEqual(['Syria']);
  });

  it('compiles dataset-specific aliases with dots and apostrophes', () => {
    const actors: Actor[] = [
      { id: 'us', name: 'United States', type: 'state', aliases: ['U.S.', { text: 'US', caseSensitive: true }], sources: [] },
      { id: 'duma', name: 'State Duma', type: 'organisation', aliases: ["Russia's parliament"], sources: [] },
      { id: 'coalition', name: 'US-led coalition', type: 'organisation', aliases: [{ text: 'U.S.-led coalition', caseSensitive: true }], sources: [] },
    ];
    const m = compileActorMatcher(actors);
    expect(m.find('The U.S. and the U.S.-led coalition; Russia’s parliament; the US-led coalition').map((x) => [x.actorId, x.text])).toEqual([
      ['us', 'U.S.'],
      ['coalition', 'U.S.-led coalition'],
      ['duma', 'Russia’s parliament'],
      ['coalition', 'US-led coalition'],
    ]);
  });
});
