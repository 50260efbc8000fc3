// A campaign justified by a request, read as a proposition: the doer's side saying the requester asked
// (request-told.ts). Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import type { Claim } from '../dataset/schema';
import { type PartyAt, requestClaims, requestTold } from './request-told';

const engine = createEngine(dataset);
const REQUEST = 'russia-campaign-justified-assad-request';
/** the last sentence's match of Russia's word that Assad asked for its campaign, on a page of `date` */
const told = (text: string, date = '2015-10-02') => engine.analyzeText(text, { date }).claims.at(-1)?.matches.find((m) => m.claimId === REQUEST);

describe('a campaign justified by a request, read as a proposition', () => {
  it.each([
    // Russia's side speaking, the request and its requester in the slot
    'Lavrov told reporters the bombing, carried out at the request of President Assad, targets only terrorists.',
    'Putin said the mission in Syria follows an official request from the Syrian government.',
    "Our pilots are there at the Syrian leadership's invitation, Putin said.",
    // an official the index names by institution only
    "The Kremlin's deputy chief of staff, Ivan Petrov, said Assad had asked Moscow for military support.",
    'It was Assad himself who asked for Russian air support against the militants, the Kremlin chief of staff says.',
  ])('corroborates: %s', (text) => {
    expect(told(text)?.relation).toBe('corroborates');
  });

  it('says why, in words', () => {
    expect(told("The Kremlin's deputy chief of staff, Ivan Petrov, said Assad had asked Moscow for military support.")?.reason).toMatch(/the doer's side says it acts at the requester's request/);
  });

  it.each([
    // another party's opinion that the request makes it legal
    'Some lawyers in London say an invitation from the Syrian government makes the Russian strikes legal.',
    // someone else asked, or asked someone else
    'Putin said Iran had asked Moscow for military help.',
    'Lavrov said Assad had asked Tehran for more fighters, not for Russian jets.',
    // the request denied, or missing
    'Putin said the US-led coalition bombs Syria with neither a UN mandate nor an invitation from Damascus.',
    // the Syrian opposition asked for nothing of the kind
    'Lavrov said the Syrian opposition has asked for talks in Geneva.',
    // a page of another time
  ])('not read as the request: %s', (text) => {
    expect(told(text)?.reason ?? '').not.toMatch(/requester's request/);
  });

  it('not on a page of another time, nor in a sentence told from a later time', () => {
    expect(told('Putin said the mission in Syria follows an official request from the Syrian government.', '2017-05-01')?.reason ?? '').not.toMatch(/requester's request/);
    expect(told('Moscow says its jets have flown in Syria since September 2015 at the invitation of Damascus.', '2015-11-20')?.reason ?? '').not.toMatch(/requester's request/);
  });

  it('reads as request claims only an actor claimant’s claim of a request, with the requester among its actors', () => {
    const claim = (id: string, statement: string, claimant: string, actors: string[], polarity?: Claim['polarity']): Claim =>
      ({ id, claimant, statement, kind: 'statement', slots: { actor: 'russia', action: 'air campaign' }, actors, evidence: [], ...(polarity ? { polarity } : {}) }) as Claim;
    const claims = [
      claim('asked', 'The campaign is justified because Assad requested it.', 'russia', ['bashar-al-assad', 'syria']),
      claim('reporter', 'Assad requested the campaign.', 'reporter', ['bashar-al-assad']),
      claim('denied', 'Assad requested the campaign.', 'russia', ['bashar-al-assad'], 'deny'),
      claim('other', 'The campaign targets terrorists.', 'russia', ['isis']),
    ];
    expect(requestClaims(claims, (a, b) => a === b)).toEqual([{ claimId: 'asked', claimant: 'russia', doer: 'russia', requesters: ['bashar-al-assad', 'syria'] }]);
  });

  it('reads the requester in its slot', () => {
    const at = (folded: string, word: string, role: PartyAt['role']): PartyAt => ({ start: folded.indexOf(word), end: folded.indexOf(word) + word.length, role });
    const a = 'the strikes come at the request of syrian president assad';
    expect(requestTold(a, [at(a, 'assad', 'requester')])).toBe(true);
    const b = 'we acted at the syrian government’s request';
    expect(requestTold(b, [at(b, 'syrian', 'requester')])).toBe(true);
    const c = 'the legitimate government asked us for help';
    expect(requestTold(c, [])).toBe(true);
    // "syrian" alone, not as its government, asks nothing
    const d = 'at the request of syrian rebels, the jets held off';
    expect(requestTold(d, [at(d, 'syrian', 'requester')])).toBe(false);
    // another party between the verb and the help
    const e = 'assad asked iran for help';
    expect(requestTold(e, [at(e, 'assad', 'requester'), at(e, 'iran', 'other')])).toBe(false);
    // a question
    const f = 'did assad really ask for help?';
    expect(requestTold(f, [at(f, 'assad', 'requester')])).toBe(false);
  });
});
