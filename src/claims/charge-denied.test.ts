// A doer's own denial of the charge that its strikes hit a group (charge-denied.ts,
// charge-denied-reader.ts). Invented wording, shaped like real reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { relationOfLastSentence as rel } from '../../tests/support/last-sentence-relation';
import { chargeDenialClaims, deniesCharge, deniedSpans, rejectedAimClaims, rejectsAimAt } from './charge-denied';

const RUSSIA_DENIES = 'russia-rejects-indiscriminate-targeting';
const LAVROV_DENIES = 'lavrov-rejects-accusations';
const DAVUTOGLU_REJECTS = 'davutoglu-rejects-strikes-aimed-at-isis';

describe("Russia's denial that its strikes hit the opposition, told in other words", () => {
  it.each([
    ['Moscow dismisses the allegation that its jets have mainly struck targets other than Islamic State this week.', '2015-10-07'],
    ['The Kremlin rejected the charge that Russian raids were falling on the moderate opposition.', '2015-10-06'],
  ])('corroborates the state’s denial, the doer named as the one who denies: %s', (text, date) => {
    expect(rel(text, RUSSIA_DENIES, date)).toBe('corroborates');
  });

  it("gives the denial to its own claimant when the dataset has the speaker's own (Lavrov's)", () => {
    const text = 'Russian aircraft are not bombing anything other than Islamic State, Foreign Minister Sergei Lavrov told reporters.';
    expect(rel(text, LAVROV_DENIES, '2015-10-02')).toBe('corroborates');
    expect(rel(text, RUSSIA_DENIES, '2015-10-02')).not.toBe('corroborates');
  });

  it('is no denial by the accuser, nor a denial left undone, nor a denial of something else', () => {
    expect(rel('Washington rejected the claim that Russian raids were sparing the moderate opposition.', RUSSIA_DENIES, '2015-10-06')).not.toBe('corroborates');
    expect(rel('Moscow has not denied that its raids struck the moderate opposition.', RUSSIA_DENIES, '2015-10-06')).not.toBe('corroborates');
    // (Syria named is not the Syrian opposition: a denial of civilian deaths is another claim)
    expect(rel('Moscow rejected claims that its raids in Syria had killed civilians.', RUSSIA_DENIES, '2015-10-06')).not.toBe('corroborates');
    // (the target the strikes hit affirmed, another one negated: "rather than IS" unframed by a denial)
    expect(rel('The Kremlin said its jets were striking the moderate opposition as well as Islamic State.', RUSSIA_DENIES, '2015-10-06')).not.toBe('corroborates');
  });
});

describe("another party rejecting the doer's word about its aim (Davutoglu's)", () => {
  it("corroborates the claimant's rejection, told as not taking Moscow's word", () => {
    expect(rel("Ahmet Davutoglu, Turkey's prime minister, said he did not believe Moscow's claims that its raids target Islamic State.", DAVUTOGLU_REJECTS, '2015-10-02')).toBe('corroborates');
  });

  it('is not another speaker’s rejection, nor a rejection of strikes on anyone but the group', () => {
    expect(rel("Sergei Lavrov said he did not accept Ankara's word that Turkish jets target Islamic State.", DAVUTOGLU_REJECTS, '2015-10-02')).not.toBe('corroborates');
    expect(rel("Ahmet Davutoglu rejected Moscow's claim that its jets were hitting targets other than Islamic State.", DAVUTOGLU_REJECTS, '2015-10-02')).not.toBe('corroborates');
  });
});

describe('chargeDenialClaims, deniedSpans and deniesCharge', () => {
  it("reads the bundled denials by the doer's side that name one group", () => {
    const types = new Map(dataset.actors.map((a) => [a.id, a.type]));
    const ids = chargeDenialClaims(dataset.claims, (a) => types.get(a) === 'armed_group', (claimant, doer) => claimant === doer || claimant === 'sergei-lavrov').map((c) => [c.claimId, c.group]);
    expect(ids).toEqual([
      [RUSSIA_DENIES, 'syrian-opposition'],
      [LAVROV_DENIES, 'syrian-opposition'],
    ]);
  });

  it("reads the bundled rejection by another party of the doer's aim", () => {
    const types = new Map(dataset.actors.map((a) => [a.id, a.type]));
    const ids = rejectedAimClaims(dataset.claims, (a) => types.get(a) === 'armed_group', (claimant, doer) => claimant === doer || claimant === 'sergei-lavrov').map((c) => [c.claimId, c.group]);
    expect(ids).toEqual([[DAVUTOGLU_REJECTS, 'isis']]);
  });

  it('rejects the aim: the group plainly named after a strike or an aim, in what is not taken', () => {
    const f = "he did not accept moscow's word that the raids target is";
    expect(rejectsAimAt(f, [{ start: f.lastIndexOf('is') }])).toBe(true);
    const g = "he did not accept moscow's word that the raids target groups other than is";
    expect(rejectsAimAt(g, [{ start: g.lastIndexOf('is') }])).toBe(false);
    // (not taking someone's word on something else: no strike or aim told before the group)
    const h = "he did not accept moscow's word on is";
    expect(rejectsAimAt(h, [{ start: h.lastIndexOf('is') }])).toBe(false);
  });

  it('reads what a denial verb, a charge called false and a negated strike deny', () => {
    const f = 'the false reports that the jets bomb the rebels are spread abroad';
    expect(deniedSpans(f).map(([a, b]) => f.slice(a, b))).toEqual([' that the jets bomb the rebels are spread abroad']);
    const g = 'no raids are flown against other targets, for example, the rebels; the ministry said';
    expect(deniedSpans(g).map(([a, b]) => g.slice(a, b))).toEqual([' are flown against other targets, for example, the rebels']);
    // (a denial verb's scope ends at a comma: what follows is the denier's next clause)
    const h = 'moscow rejected the claims, saying it strikes the rebels';
    expect(deniedSpans(h).map(([a, b]) => h.slice(a, b))).toEqual([' the claims']);
    expect(deniedSpans('moscow did not deny the reports')).toEqual([]);
  });

  it('denies the charge: the charged group in scope, or a target other than another group', () => {
    const f = 'moscow rejects the claim that its raids hit targets other than is';
    expect(deniesCharge(f, [], [{ start: f.lastIndexOf('is') }])).toBe(true);
    // (the spared group named plainly, not as the other one: "its raids hit IS" denies nothing about the rebels)
    const g = 'moscow rejects the claim that its raids missed is';
    expect(deniesCharge(g, [], [{ start: g.lastIndexOf('is') }])).toBe(false);
    const h = 'the jets hit the rebels, not the ministry';
    expect(deniesCharge(h, [{ start: h.indexOf('rebels') }], [])).toBe(false);
  });
});
