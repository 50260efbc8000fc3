// A sentence that counts another action than the claim's tells another event (issue 13). Invented wording.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../dataset/schema';
import { extractNumbers } from '../text/numbers';
import { stem } from '../text/tokens';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { FigureShapes, figuresOf } from './claim-figures';
import { countsAnotherAction } from './other-action-count';

const salvo = figuresOf({ slots: { numbers: { cruise_missiles: 18, targets_destroyed: 7 } }, statement: '' } as unknown as Claim, new FigureShapes());
const raids = figuresOf({ slots: { numbers: { targets_hit: 7 } }, statement: '' } as unknown as Claim, new FigureShapes());
const another = (sentence: string, figures = salvo) => countsAnotherAction(figures, extractNumbers(sentence));

describe('countsAnotherAction', () => {
  it('is true when the sentence counts sorties, air attacks or raids where the claim counts missiles', () => {
    expect(another('Jets flew 18 air attacks and hit twelve targets')).toBe(true);
    expect(another('The air force flew 30 sorties, striking 12 targets')).toBe(true);
  });
  it('reads raids and flights as the strikes and sorties the figure reader makes of them', () => {
    // the figure reader stems "raids" to "strike" and "flights" to "sorti": ACTION needs no word of its own for them
    for (const w of ['raid', 'raids', 'raided', 'raiding', 'flight', 'flights']) expect(stem(w), w).not.toMatch(/^(?:raid|flight)/);
    expect(extractNumbers('They carried out 25 raids').map((n) => n.units[0])).toEqual(['strik']);
    expect(extractNumbers('Pilots made 30 flights').map((n) => n.units[0])).toEqual(['sorti']);
    expect(another('Jets carried out 25 raids and hit twelve targets')).toBe(true);
    expect(another('Jets made 30 flights and hit twelve targets')).toBe(true);
    expect(another('Jets made 20 air raids, hitting twelve targets')).toBe(true);
  });
  it('is false when the sentence gives the claim’s own count, counts no action, or the claim counts none', () => {
    expect(another('Warships fired 25 cruise missiles, destroying twelve targets')).toBe(false);
    expect(another('Twelve targets were destroyed on Friday')).toBe(false);
    expect(another('The air force flew 30 sorties, striking 12 targets', raids)).toBe(false);
  });
});

const TICKER = `MARKETS DAILY
News › World › Live blog

LIVE BLOG on the war in Syria - Russia reports destruction of IS targets in Syria

09.40 hours - 18 air attacks in Syria flown, twelve IS targets met: so reports the defence ministry in Moscow, which names among them a command post in Aleppo and IS depots in Idlib province.`;

describe('a count of another action beside a salvo', () => {
  const claim = 'russian-military-18-cruise-missiles-friday';
  it('does not contradict the salvo’s targets', () => {
    expect(relationOfLastSentence(TICKER, claim)).not.toBe('contradicts');
  });
  it('the salvo told with another count of targets still does', () => {
    expect(relationOfLastSentence('The Russian military said 18 cruise missiles were fired on Friday and twelve targets destroyed.', claim)).toBe('contradicts');
  });
});
