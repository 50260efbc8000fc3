// A strike count written with another word for its targets (issue 13, paraphrase and figures). Invented wording.
import { describe, expect, it } from 'vitest';
import { extractNumbers } from './numbers';
import { stem } from './tokens';
import { countedAs } from './target-units';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';

const claim = 'russian-military-18-cruise-missiles-friday';

describe('countedAs', () => {
  it('reads sites, positions, facilities and areas as targets, and leaves other nouns alone', () => {
    for (const w of ['sites', 'positions', 'facilities', 'areas', 'objects']) expect(countedAs(stem(w))).toBe(stem('targets'));
    for (const w of ['missiles', 'militants', 'sorties']) expect(countedAs(stem(w))).toBe(stem(w));
  });
});

describe('a count of sites or positions', () => {
  it('counts targets, marked as read through the class', () => {
    const [n] = extractNumbers('Jets hit eleven sites near the town.');
    expect(n?.units).toContain(stem('targets'));
    expect(n?.unitByClass).toBe(true);
    expect(extractNumbers('Jets hit eleven targets near the town.')[0]?.unitByClass).toBeUndefined();
  });
  it('agrees with the same count of targets', () => {
    expect(relationByRulesAlone('Seven sites hit across Raqqa, Idlib and Aleppo provinces', claim)).toBe('corroborates');
  });
  it('never contradicts another count of targets (the precision-safe half)', () => {
    expect(relationByRulesAlone('Russian missiles struck nine positions in Raqqa, Idlib and Aleppo provinces on Friday', claim)).not.toBe('contradicts');
    // the count written with the claim's own word still does
    expect(relationByRulesAlone('Russian missiles struck nine targets in Raqqa, Idlib and Aleppo provinces on Friday', claim)).toBe('contradicts');
  });
});
