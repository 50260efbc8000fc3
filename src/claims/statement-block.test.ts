// A statement quoted whole under a line naming its issuer speaks as that issuer (statement-block.ts,
// ADR 0381). Invented wording.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from '../dataset/index';
import { textModelFromString } from '../text/model';
import { compileMemberLists } from './joint-body';
import { issuerOf, statementBlocks } from './statement-block';

const engine = createEngine(dataset, { promote: false });
const blocks = (text: string) => statementBlocks(text, textModelFromString(text).paragraphs).map((b) => text.slice(b.start, b.end));
const memberList = compileMemberLists(dataset.actors);

const DECLARATION = [
  'Declaration on Syria',
  'The following was released on 2 October 2015 by the governments of Turkey, the United States, Qatar, France, Germany, Saudi Arabia and the United Kingdom, on the recent Russian raids in Syria:',
  '"We are alarmed by the Russian raids of yesterday.',
  'These raids are a fresh escalation and will only feed extremism and radicalisation."',
  'Page last modified 30/11/2015',
].join('\n\n');

describe('a statement quoted whole under its introduction', () => {
  it('runs from the quotation that opens after a colon to the paragraph that closes it', () => {
    expect(blocks(DECLARATION)).toEqual(['"We are alarmed by the Russian raids of yesterday.\n\nThese raids are a fresh escalation and will only feed extremism and radicalisation."']);
  });
  it('is no block without the colon, or with the quotation left open', () => {
    expect(blocks('The governments said.\n\n"We are alarmed."')).toEqual([]);
    expect(blocks('The governments said:\n\n"We are alarmed.\n\nThey said more.')).toEqual([]);
  });
  it('is spoken by the body whose members the introduction lists, or by the one issuer it names', () => {
    const typeOf = (id: string) => dataset.actors.find((a) => a.id === id)?.type ?? '';
    expect(issuerOf('issued by the governments of Germany, France, Qatar, Saudi Arabia, Turkey, Britain and the United States, on Syria:', [], typeOf, memberList)).toBe('seven-countries');
    expect(issuerOf('The ministry said in a statement:', ['russian-defence-ministry'], typeOf, memberList)).toBe('russian-defence-ministry');
    expect(issuerOf('Turkey and Russia said:', ['turkey', 'russia'], typeOf, memberList)).toBeUndefined();
    // six of the seven named is not the seven
    expect(memberList('the governments of Germany, France, Qatar, Saudi Arabia, Turkey and the United States')).toBeUndefined();
  });
  it("reads the statement's sentences as the issuer's account", () => {
    const claims = engine.analyzeText(DECLARATION).claims;
    const escalation = claims.find((c) => c.text.startsWith('These raids'));
    expect(escalation?.claimant?.actorId).toBe('seven-countries');
    expect(escalation?.matches.find((m) => m.claimId === 'seven-countries-escalation-warning')?.relation).toBe('corroborates');
  });
});
