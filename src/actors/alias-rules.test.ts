/**
 * Context rules for ambiguous aliases (issue 13, class 8): each alias that
 * fired on other things in real reporting, on the bundled dataset, with its
 * own sense and its namesake.
 */
import { describe, expect, it } from 'vitest';
import { foundByBoth } from '../../tests/support/both-actor-matchers';
import { dataset } from '../dataset';
import { countryRightBefore } from './alias-rules';
import { compileActorMatcher } from './matcher';
import { compileReferenceMatcher } from './reference-matcher';

/** actor ids found in `text`, in order; the reference matcher must agree */
const ids = foundByBoth;
const has = (text: string, actorId: string) => ids(text).some((x) => x.startsWith(`${actorId}:`));

describe('generic bodies belong to the country named with them', () => {
  it('"Defence Ministry": Russia\'s in an article about Russia, never another country\'s', () => {
    expect(has('Russia has struck Raqqa, the Defence Ministry said on Friday.', 'russian-defence-ministry')).toBe(true);
    expect(has('Russian jets flew 20 sorties.\n\nThe Defence Ministry said the camps were destroyed.', 'russian-defence-ministry')).toBe(true);
    expect(has('The British Defence Ministry said on Friday that Russia had hit rebels.', 'russian-defence-ministry')).toBe(false);
    expect(has("Israel's Defence Ministry said Russia had been told in advance.", 'russian-defence-ministry')).toBe(false);
    expect(has('The US Defense Ministry declined to comment on Russia.', 'russian-defence-ministry')).toBe(false);
    // no Russia in the text: whose ministry it is cannot be known
    expect(has('The Defence Ministry said the new frigates would be ready in 2017.', 'russian-defence-ministry')).toBe(false);
  });

  it('"air force": Russia\'s air force is the Russian Air Force; Turkey\'s is not', () => {
    expect(has("Russia's air force struck five targets.", 'russian-air-force')).toBe(true);
    expect(has('The Russian air force struck five targets.', 'russian-air-force')).toBe(true);
    expect(has("Turkey's air force shot down a Russian jet near the border.", 'russian-air-force')).toBe(false);
    expect(has('The Turkish air force said the Russian jet was warned ten times.', 'russian-air-force')).toBe(false);
    expect(has('The US air force dropped supplies over Syria.', 'russian-air-force')).toBe(false);
    expect(has('The air force staged a fly-past in London.', 'russian-air-force')).toBe(false);
  });

  it('"Turkey\'s Foreign Ministry" is the Turkish Foreign Ministry; Russia\'s is not', () => {
    expect(has("Turkey's Foreign Ministry summoned the Russian ambassador.", 'turkish-foreign-ministry')).toBe(true);
    expect(has('The Turkish Foreign Ministry summoned the ambassador.', 'turkish-foreign-ministry')).toBe(true);
    expect(has("Russia's Foreign Ministry said Turkey had stabbed it in the back.", 'turkish-foreign-ministry')).toBe(false);
    expect(has('The Foreign Ministry in Berlin said nothing.', 'turkish-foreign-ministry')).toBe(false);
  });

  it('"cruise missiles" are Russia\'s only in a Russian story, never the US Tomahawks', () => {
    expect(has('Russia said it fired 18 cruise missiles on Friday.', 'cruise-missiles')).toBe(true);
    expect(has('Warships in the Caspian fired 26 cruise missiles.', 'cruise-missiles')).toBe(true);
    expect(has('US cruise missiles hit the Shayrat airbase, and Russia protested.', 'cruise-missiles')).toBe(false);
    expect(has('American warships launched 59 Tomahawk cruise missiles at the base; Moscow called it aggression.', 'cruise-missiles')).toBe(false);
    expect(has('North Korea tested cruise missiles off its east coast.', 'cruise-missiles')).toBe(false);
  });

  it('"missile cruiser" needs a Russian story', () => {
    expect(has('The Russian Navy sent the missile cruiser to defend its planes.', 'cruiser-moscow')).toBe(true);
    expect(has('The missile cruiser USS Monterey sailed from Norfolk.', 'cruiser-moscow')).toBe(false);
  });

  it('reads the country right before a mention', () => {
    expect(countryRightBefore("Turkey's ")).toBe('turkey');
    expect(countryRightBefore('the Turkey’s ')).toBe('turkey');
    expect(countryRightBefore('The US ')).toBe('united-states');
    expect(countryRightBefore('tell us ')).toBeUndefined();
    expect(countryRightBefore('the Saudi Arabian ')).toBe('saudi-arabia');
    expect(countryRightBefore('Russia struck the ')).toBeUndefined();
  });
});

describe('places with namesakes', () => {
  it('Moscow in Idaho is not Moscow', () => {
    expect(has('Moscow police said the students were found near the campus in Idaho.', 'moscow')).toBe(false);
    expect(has('The University of Idaho in Moscow reopened on Monday.', 'moscow')).toBe(false);
    expect(has('Moscow said its jets hit IS targets.', 'moscow')).toBe(true);
  });

  it('the Washington Post is not Washington', () => {
    expect(has('The Washington Post reported that the strikes hit rebels.', 'washington')).toBe(false);
    expect(has('Denzel Washington stars in the film.', 'washington')).toBe(false);
    expect(has('Washington said the strikes hit rebels, the Washington Post reported.', 'washington')).toBe(true);
    expect(has('Moscow and Washington discussed how to keep out of each other’s way.', 'washington')).toBe(true);
  });

  it('the Mediterranean of a diet or a migrant boat is not the eastern Mediterranean fleet', () => {
    expect(has('The Russian cruiser sails in the eastern Mediterranean.', 'eastern-mediterranean')).toBe(true);
    expect(has('A Mediterranean diet is rich in olive oil.', 'eastern-mediterranean')).toBe(false);
    expect(has('Hundreds of migrants crossed the eastern Mediterranean to Greece.', 'eastern-mediterranean')).toBe(false);
  });
});

describe('surnames with namesakes need the story and no namesake around them', () => {
  const war = 'Russian jets struck targets in Syria on Friday.\n\n';
  it.each([
    ['Fallon', 'fallon', 'Jimmy Fallon joked about the election on the Tonight Show.', 'Jimmy Fallon'],
    ['Ryder', 'patrick-ryder', 'Europe won the Ryder Cup at Gleneagles, and Ryder was not there.', 'Winona Ryder'],
    ['Kerry', 'john-kerry', 'Kerry beat Dublin in the All-Ireland final; Kerry fans travelled from County Kerry.', 'Kerry Washington'],
    ['Hammond', 'philip-hammond', 'Richard Hammond crashed a car while filming Top Gear; Hammond was unhurt.', 'Richard Hammond'],
    ['Peter Cook', 'peter-cook', 'Peter Cook and Dudley Moore wrote the sketch.', undefined],
  ])('%s', (name, id, namesake, fullNamesake) => {
    expect(has(`${war}${name} said the strikes were a mistake.`, id)).toBe(true);
    expect(has(namesake, id)).toBe(false);
    // a namesake written in full is never the official, even in a war story
    if (fullNamesake) expect(has(`${war}${fullNamesake} said the strikes were a mistake.`, id)).toBe(false);
  });
});

describe('"opposition groups" are Syria\'s only in a story about Syria', () => {
  it('fires with Syria in the text, not in Venezuela', () => {
    expect(has('Russia hit opposition groups backed by the West in Syria.', 'syrian-opposition')).toBe(true);
    expect(has('In Caracas, opposition groups marched against the government.', 'syrian-opposition')).toBe(false);
  });
});

describe('all-capital text does not fire "IS" and "US"', () => {
  it.each(['THIS IS A TEST OF THE SYSTEM', 'LET US KNOW WHAT YOU THINK', 'WHAT IS NEXT', 'HE IS A GOOD MAN', 'IS IT TRUE?'])('%s', (text) => {
    expect(ids(text).filter((x) => /^(isis|united-states):/.test(x))).toEqual([]);
  });
  it('still reads them in ordinary text and next to other acronyms', () => {
    expect(ids('IS fighters fled as US jets flew over.')).toEqual(['isis:IS', 'united-states:US']);
    expect(has('The UK and the US said IS was losing ground.', 'isis')).toBe(true);
    expect(has('Obama: US will not co-operate', 'united-states')).toBe(true);
    expect(has('the decision by the US. NATO allies agreed', 'united-states')).toBe(true);
  });
});

describe('a common-noun name in either case (case twins)', () => {
  it('a generic body\'s capitalised alias is found in lower case, with its country rule', () => {
    expect(has('Moscow said on Sunday. The defence ministry said it had hit 63 targets in Syria.', 'russian-defence-ministry')).toBe(true);
    expect(has('Russia sent more jets, its defence ministry said.', 'russian-defence-ministry')).toBe(true);
    expect(has("Turkey's defence ministry said Russia had violated its airspace.", 'russian-defence-ministry')).toBe(false);
  });
  it('a lower-case alias is found opening a sentence or capitalised', () => {
    expect(has('Turkey protested, and the Foreign Ministry summoned the envoy.', 'turkish-foreign-ministry')).toBe(true);
    expect(has('Foreign ministry officials in Ankara said Turkey would respond.', 'turkish-foreign-ministry')).toBe(true);
  });
  it('a proper name keeps its capital', () => {
    expect(has('Russian jets hit islamic state positions.', 'isis')).toBe(false);
  });
});

describe('the cruiser Moscow is a namesake of the city', () => {
  const m = compileActorMatcher(dataset.actors);
  const ids = (text: string) => m.find(text).map((x) => x.actorId);
  it('reads the cruiser only where the sentence names a cruiser, not any warship or navy', () => {
    expect(ids('Russian jets and warships hit Syria; Moscow says the campaign targets IS.')).not.toContain('cruiser-moscow');
    expect(ids('Russia sent a cruiser to Latakia; the Moscow will guard the base.')).toContain('cruiser-moscow');
  });
});

describe('initialisms with or without dots', () => {
  const m = compileActorMatcher(dataset.actors);
  const r = compileReferenceMatcher(dataset.actors);
  it('reads "U.N. Security Council" as the UN Security Council, in both matchers', () => {
    const text = 'Daesh must be defeated, with the other groups the U.N. Security Council has designated.';
    expect(m.find(text).map((x) => x.actorId)).toContain('un-security-council');
    expect(r.find(text).map((x) => `${x.actorId}:${x.text}`)).toEqual(m.find(text).map((x) => `${x.actorId}:${x.text}`));
  });
});

describe("the Observatory's acronym (ADR 0310)", () => {
  it('"SOHR" in capitals is the Syrian Observatory; the letters in a word are not', () => {
    expect(has('At least 12 fighters died in the raids, SOHR said on Friday.', 'sohr')).toBe(true);
    expect(has('The sohr of the village was closed.', 'sohr')).toBe(false);
  });
});
