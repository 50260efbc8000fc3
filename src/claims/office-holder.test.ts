// A name the page gives beside an office the dataset knows by office alone is that office's
// holder wherever the page writes it (office-holder.ts, ADR 0377). Invented wording.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from '../dataset/index';
import { compileRoleResolver } from './roles';
import { officeHolders } from './office-holder';

const engine = createEngine(dataset, { promote: false });
const claimants = (text: string) => engine.analyzeText(text, { date: '2015-10-02' }).claims.map((c) => c.claimant?.actorId);
const byRole = compileRoleResolver(dataset.actors);
const nothingCovered = (): boolean => false;

describe('a person named beside an office the dataset knows by office alone', () => {
  it('speaks as that office in the headline above and after, by full name or surname', () => {
    const text = [
      'Ivan Petrovsky: the bombing will go on for months',
      'The air strikes may last a long time, Ivan Petrovsky, who chairs the State Duma\'s international affairs committee, told a radio station.',
      '"We must be patient," Mr Petrovsky said.',
    ].join('\n\n');
    expect(claimants(text)).toEqual(['duma-foreign-affairs-chief', 'duma-foreign-affairs-chief', 'duma-foreign-affairs-chief']);
  });
  it('is no one on a page that never gives the office', () => {
    expect(claimants('"We must be patient," Mr Petrovsky said.')).toEqual([undefined]);
  });
  it('binds only a stranger to an office held by no named actor, and a name given two offices to neither', () => {
    const holders = officeHolders('Ivan Petrovsky, head of the State Duma foreign affairs committee, spoke.', byRole, nothingCovered);
    expect(holders('Petrovsky')).toBe('duma-foreign-affairs-chief');
    expect(holders('Ivan Petrovsky')).toBe('duma-foreign-affairs-chief');
    expect(holders('Mr Petrovsky')).toBe('duma-foreign-affairs-chief');
    expect(holders('Smith')).toBeUndefined();
    // the Russian foreign minister is a person the dataset names: no stranger holds that office
    expect(officeHolders('Ivan Petrovsky, the Russian foreign minister, spoke.', byRole, nothingCovered)('Petrovsky')).toBeUndefined();
    // a name that is a mention is no stranger
    expect(officeHolders('Ivan Petrovsky, head of the State Duma foreign affairs committee, spoke.', byRole, () => true)('Petrovsky')).toBeUndefined();
    const two = 'Ivan Petrovsky, head of the State Duma foreign affairs committee, spoke. Olga Petrovsky, the Kremlin spokeswoman, did not.';
    expect(officeHolders(two, byRole, nothingCovered)('Ivan Petrovsky')).toBe('duma-foreign-affairs-chief');
  });
});

describe('the speaker of a sentence that opens with what is said', () => {
  it('is the "the …" phrase before the verb, not the clause before it', () => {
    const t = 'Russian bombing in Syria will carry on for three to four months and will grow, the Russian lawmaker Ivan Petrovsky, who chairs the State Duma\'s international affairs committee, said on Friday.';
    const c = engine.analyzeText(t, { date: '2015-10-02' }).claims[0]!;
    expect(c.claimant?.text.startsWith('the Russian lawmaker')).toBe(true);
    expect(c.claimant?.actorId).toBe('duma-foreign-affairs-chief');
    expect(c.matches.find((m) => m.claimId === 'duma-campaign-three-to-four-months')?.relation).toBe('corroborates');
  });
  it('keeps a short name before the appositive: "Moscow, a key ally, said"', () => {
    const c = engine.analyzeText('Moscow, a close ally of Damascus, said the strikes would go on.').claims[0]!;
    expect(c.claimant?.actorId).toBe('russia');
  });
});
