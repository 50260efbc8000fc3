// A quantifier in quotation marks is still a share (issue 13, quantifiers). Invented wording.
import { describe, expect, it } from 'vitest';
import { extractNumbers } from './numbers';
import { unquoteQuantifiers } from './quoted-quantifier';
import { relationByRulesAlone } from '../../tests/support/last-sentence-relation';

const majority = (s: string) => extractNumbers(s).find((n) => n.qualifier === 'more_than' && n.value === 50 && n.units[0] === 'percent');

describe('unquoteQuantifiers', () => {
  it('blanks the marks around a quantifier phrase and keeps every offset', () => {
    const s = 'he said the "vast majority" of raids';
    const out = unquoteQuantifiers(s);
    expect(out).toHaveLength(s.length);
    expect(out).toBe('he said the  vast majority  of raids');
    expect(unquoteQuantifiers("the ‘bulk’ of the sorties")).toBe('the  bulk  of the sorties');
  });
  it('leaves a possessive, other quoted words and unquoted text alone', () => {
    expect(unquoteQuantifiers("Russia's most senior general")).toBe("Russia's most senior general");
    expect(unquoteQuantifiers('the "terrorists" in Idlib')).toBe('the "terrorists" in Idlib');
    expect(unquoteQuantifiers('most of the raids')).toBe('most of the raids');
  });
});

describe('a quoted quantifier', () => {
  it('is read as more than half, as the same words unquoted are', () => {
    expect(majority('The minister said the "overwhelming majority" of the bombs fell on villages.')).toBeDefined();
    expect(majority('The minister said the overwhelming majority of the bombs fell on villages.')).toBeDefined();
  });
  it("gives a speaker's share its figure: the claim of most strikes is corroborated", () => {
    const text = 'Fallon told reporters the "vast majority" of the bombing was hitting civilians and Free Syrian fighters opposed to Assad.';
    expect(relationByRulesAlone(text, 'fallon-most-strikes-kill-civilians-and-fsa')).toBe('corroborates');
    // as the same sentence unquoted was already
    expect(relationByRulesAlone(text.replace(/"/g, ''), 'fallon-most-strikes-kill-civilians-and-fsa')).toBe('corroborates');
  });
});
