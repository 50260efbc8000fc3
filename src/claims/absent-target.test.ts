// Strikes told by where they fell: the group named as absent from the places hit (absent-target.ts).
// Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { absentTargets } from './absent-target';

/** the absence readings of `sentence` for each mention of `group` (its offsets found as written) */
function read(sentence: string, group: string): number[] {
  const folded = sentence.toLowerCase();
  const groups: { start: number; end: number }[] = [];
  for (let i = folded.indexOf(group.toLowerCase()); i !== -1; i = folded.indexOf(group.toLowerCase(), i + 1)) groups.push({ start: i, end: i + group.length });
  return absentTargets(folded, groups);
}

describe('a group said to be absent where strikes fell', () => {
  it.each([
    ['The jets struck farmland with no Daesh fighters on it, the monitor said.', 'Daesh'],
    ['Officials said the bombers had hit villages with no ISIL presence.', 'ISIL'],
    ['None of the sites the warplanes hit held Islamic State positions.', 'Islamic State'],
    ['Not one of the towns bombed on Tuesday holds ISIS fighters, activists said.', 'ISIS'],
    ['The districts that were struck were not under the control of Daesh.', 'Daesh'],
    ['Rebels said the raids fell on areas not held by ISIL.', 'ISIL'],
    ['The planes bombed places where Islamic State is nowhere to be found.', 'Islamic State'],
    ['ISIS held none of the villages that were hit.', 'ISIS'],
    ['Jets pounded a region where ISIL has no presence.', 'ISIL'],
  ])('%s', (sentence, group) => {
    expect(read(sentence, group)).toHaveLength(1);
  });

  it.each([
    // a toll, not an absence
    ['No Daesh fighters were killed in the raids, the monitor said.', 'Daesh'],
    ['The jets struck Raqqa, where no ISIL fighters were reported wounded.', 'ISIL'],
    // no strike told: a place described
    ['There are no ISIS fighters in the coastal province, the governor said.', 'ISIS'],
    // the aim negated by a verb is read by the polarity scopes, not here
    ['The strikes were not aimed at Islamic State, officials said.', 'Islamic State'],
    // held, not absent
    ['The jets hit a town held by ISIL since last year.', 'ISIL'],
    // the negator in another clause
    ['No one knows what the bombers hit, but ISIS fighters were seen fleeing.', 'ISIS'],
  ])('not: %s', (sentence, group) => {
    expect(read(sentence, group)).toEqual([]);
  });
});
