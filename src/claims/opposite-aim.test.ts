// Another party's account that strikes did not aim at a group, against the doer's own report that
// they did (opposite-aim.ts). Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import type { Claim } from '../dataset/schema';
import { aimClaims, pageOfThatWeek } from './opposite-aim';

const engine = createEngine(dataset);
const FIRST = 'russia-says-first-strikes-hit-isis';
/** the last sentence's relation to Moscow's report of its first strikes, on a page of `date` */
const relation = (text: string, date?: string) =>
  engine.analyzeText(text, date === undefined ? {} : { date }).claims.at(-1)?.matches.find((m) => m.claimId === FIRST)?.relation;

describe("another party's account that the strikes did not aim at a group", () => {
  it.each([
    'The French foreign minister said the Russian jets had bombed farmland with no ISIL fighters on it.',
    'According to a Pentagon official, the Russian raids near Hama were not aimed at Daesh at all.',
    'Rebel commanders said not one of the villages the Russian warplanes struck held Islamic State positions.',
  ])('contradicts Moscow’s report of its first strikes in the days after them: %s', (text) => {
    expect(relation(text, '2015-10-01')).toBe('contradicts');
  });

  it('reads a strike verb negated before the group as the aim negated, over a shared-word corroboration', () => {
    expect(relation('The Russian raids did not hit any ISIL positions, US officials said.', '2015-09-30')).toBe('contradicts');
    expect(relation('Rebel commanders said not one of the villages the Russian warplanes struck held Islamic State positions.', '2015-10-01')).toBe('contradicts');
  });

  it('ends a negation at a conjunction, and leaves a small share to the estimates', () => {
    expect(relation("Russia's raids did not hit civilians but struck ISIL positions, the ministry said.", '2015-09-30')).not.toBe('contradicts');
    const share = engine.analyzeText('Just one in 20 Russian raids hit ISIL, British officials said.', { date: '2015-10-03' }).claims.at(-1)?.matches.find((m) => m.claimId === FIRST);
    expect(share?.reason ?? '').not.toMatch(/the strikes did not target/);
  });

  it('reads the doer from the sentence before', () => {
    expect(relation('Russian bombers flew their first missions over Homs province. The villages that were hit were not under the control of ISIL, a rebel spokesman said.', '2015-09-30')).toBe('contradicts');
  });

  it('says why, in words', () => {
    const m = engine.analyzeText('A US official said the Russian jets had hit areas with no ISIS fighters in them.', { date: '2015-10-01' }).claims.at(-1)?.matches.find((x) => x.claimId === FIRST);
    expect(m?.reason).toMatch(/did not target Islamic State, against what Russia states/);
  });

  it.each([
    // Moscow's own side does not dispute its own report
    ['A Russian defence ministry spokesman said the jets had hit areas with no ISIS fighters in them.', '2015-10-01'],
    // no doer named here or just before
    ['A US official said the bombs had fallen on areas with no ISIS fighters in them.', '2015-10-01'],
    // another week's strikes
    ['A US official said the Russian jets had hit areas with no ISIS fighters in them.', '2015-10-25'],
    // a page with no date: which strikes is not shown
    ['A US official said the Russian jets had hit areas with no ISIS fighters in them.', undefined],
    // a question, and a toll
    ['Did the Russian jets hit areas with no ISIS fighters in them?', '2015-10-01'],
    ['No ISIS fighters were killed in the Russian raids, the monitor said.', '2015-10-01'],
  ])('not: %s (%s)', (text, date) => {
    expect(relation(text, date)).not.toBe('contradicts');
  });

  it('reads as aim claims only the doer’s own dated reports of strikes on one group', () => {
    const claim = (id: string, claimant: string, slots: Claim['slots'], polarity?: Claim['polarity']): Claim =>
      ({ id, claimant, statement: id, kind: 'strike_report', slots, actors: [], evidence: [], ...(polarity ? { polarity } : {}) }) as Claim;
    const claims = [
      claim('own', 'ministry', { actor: 'russia', action: 'air strikes', targetActors: ['isis'], time: '2015-09-30', place: ['syria', 'raqqa'] }),
      claim('estimate', 'britain', { actor: 'russia', action: 'air strikes', targetActors: ['isis'], time: '2015-10-03' }),
      claim('and-others', 'ministry', { actor: 'russia', action: 'bombing', target: 'ISIS and other groups', targetActors: ['isis'], time: '2015-10-01' }),
      claim('undated', 'ministry', { actor: 'russia', action: 'air strikes', targetActors: ['isis'] }),
      claim('denial', 'ministry', { actor: 'russia', action: 'air strikes', targetActors: ['isis'], time: '2015-10-01' }, 'deny'),
      claim('not-a-strike', 'ministry', { actor: 'russia', action: 'talks', targetActors: ['isis'], time: '2015-10-01' }),
    ];
    const aims = aimClaims(claims, (a) => a === 'isis', (claimant) => claimant === 'ministry', (a) => a === 'syria');
    expect(aims).toEqual([{ claimId: 'own', claimant: 'ministry', doer: 'russia', group: 'isis', places: ['raqqa'] }]);
  });

  it('counts the week after a strike as its news', () => {
    expect(pageOfThatWeek('2015-10-01', '2015-09-30')).toBe(true);
    expect(pageOfThatWeek('2015-10-07', '2015-09-30')).toBe(true);
    expect(pageOfThatWeek('2015-10-08', '2015-09-30')).toBe(false);
    expect(pageOfThatWeek('2015-09-29', '2015-09-30')).toBe(false);
    expect(pageOfThatWeek(undefined, '2015-09-30')).toBe(false);
  });
});
