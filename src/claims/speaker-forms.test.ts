/**
 * Who is speaking, in the forms real reporting writes it (issue 13, class 4; ADR 0265): invented
 * sentences, the bundled dataset's actors. Each case was read wrong before its rule.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { dataset } from '../dataset/index';
import { abbreviationDot } from './abbreviation-dot';
import { expandRoleShortForms, namesABody, withoutPosting } from './role-phrase';
import { turnLabel } from './transcript-turn';
import { placeSpeaksFor } from './voice-of-place';

const engine = createEngine(dataset);
/** The claimant of the last claim sentence of `text`: its actor id, or its words when it is no known actor. */
const speaker = (text: string): string | undefined => {
  const cs = engine.analyzeText(text).claims;
  const c = cs[cs.length - 1]?.claimant;
  return c ? (c.actorId ?? `words: ${c.text}`) : undefined;
};
/** The claimant of the claim sentence starting with `start`. */
const speakerOf = (text: string, start: string): string | undefined => {
  const c = engine.analyzeText(text).claims.find((x) => x.text.startsWith(start))?.claimant;
  return c ? (c.actorId ?? `words: ${c.text}`) : undefined;
};

describe('a dot inside a name or an office is no end of the speaker (abbreviation-dot.ts)', () => {
  it('reads "U.S." and "Maj. Gen." as part of the phrase', () => {
    expect(speaker('The raids near Hama were not aimed at the extremists, according to a senior U.S. official.')).toBe('united-states');
    const s = 'a senior U.S. official';
    expect(abbreviationDot(s, s.indexOf('.'))).toBe(true);
    expect(abbreviationDot(s, s.lastIndexOf('.'))).toBe(true);
    const t = 'said Maj. Gen. Igor Konashenkov';
    expect(abbreviationDot(t, t.indexOf('.'))).toBe(true);
  });
  it('still ends a sentence at a word\'s full stop', () => {
    const s = 'the jets flew 20 sorties. Then';
    expect(abbreviationDot(s, s.indexOf('.'))).toBe(false);
  });
});

describe('offices written short or with a posting (role-phrase.ts)', () => {
  it('reads FM and PM as the offices', () => {
    expect(expandRoleShortForms('Turkish PM')).toBe('Turkish prime minister');
    expect(speaker('Turkish PM says the raids struck the Free Syrian Army.')).toBe('ahmet-davutoglu');
  });
  it('reads the state an envoy is posted to as the posting, not whose envoy', () => {
    expect(withoutPosting("Syria's ambassador to Russia")).toBe("Syria's ambassador");
    expect(withoutPosting('the head of the committee at the State Duma')).toBe('the head of the committee at the State Duma');
    expect(speaker("According to Syria's ambassador to Russia, the raids hit the extremists' depots.")).toBe('syria');
    // the dataset's own envoy keeps his name
    expect(speaker('The Russian ambassador to Ankara said the jets had stayed in Syrian airspace.')).toBe('russian-ambassador-to-turkey');
  });
  it('resolves a chairman of a body the phrase names, not a bare office', () => {
    expect(namesABody('the chairman of the Duma foreign affairs committee')).toBe(true);
    expect(namesABody('the Prime Minister')).toBe(false);
    expect(speaker('The campaign will go on for months, according to the chairman of the Duma foreign affairs committee.')).toBe('duma-foreign-affairs-chief');
  });
});

describe('"it said" is not what the sentence before spoke of (detect.ts, pronouns)', () => {
  it('passes over a mention right after a preposition', () => {
    expect(speaker('Russia Ships Bombs to Syria. It said the missiles had all reached their targets.')).toBe('russia');
  });
  it('takes that mention when nothing else is named', () => {
    expect(speaker('A video came from the Russian Defence Ministry. It said the missiles had all reached their targets.')).toBe('russian-defence-ministry');
  });
});

describe('an attribution turned round with "so" (inverted-attribution.ts)', () => {
  it('reads "…, so reports the ministry"', () => {
    expect(speaker('Jets struck an arms depot near Idlib overnight, so reports the Russian Defence Ministry.')).toBe('russian-defence-ministry');
  });
});

describe('a transcript\'s turn speaks for its sentences (transcript-turn.ts)', () => {
  const transcript = [
    'QUESTION: What did the talks achieve?',
    '',
    'PETER COOK: Good afternoon.',
    '',
    'We believe the raids hit areas where ISIL is not present.',
    '',
    'QUESTION: And the Russians?',
    '',
    'MR SMITH: Russia said the jets hit ISIL.',
  ].join('\n');
  it('gives the turn\'s known speaker to its sentences, over paragraphs, down to the next label', () => {
    expect(speakerOf(transcript, 'We believe')).toBe('peter-cook');
    // a sentence with a speaker of its own keeps it; an unknown label lends nothing
    expect(speakerOf(transcript, 'Russia said')).toBe('russia');
  });
  it('reads a surname in capitals as the person the page names in plain case', () => {
    const interview = 'HOST: Foreign Minister Lavrov, welcome.\n\nLAVROV: Thank you.\n\nOur jets struck only terrorist targets in Syria.';
    expect(speakerOf(interview, 'Our jets')).toBe('sergei-lavrov');
  });
  it('reads a single label in a story as its own line only', () => {
    const story = 'PETER COOK: Good afternoon.\n\nWe believe the raids hit areas where ISIL is not present.';
    expect(speakerOf(story, 'We believe')).toBe('words: We');
    expect(turnLabel(story, { start: 0, end: 27 })).toEqual({ start: 0, end: 10 });
  });
  it('leaves a "QUESTION:" turn unspoken', () => {
    const t = 'QUESTION: Did the raids hit ISIL?\n\nPETER COOK: No.';
    expect(turnLabel(t, { start: 10, end: 33 })).toBeNull();
  });
});

describe('a state named after a preposition speaks only through its officials (voice-of-place.ts)', () => {
  it('reads "activists in Syria" and a rebel commander there as no state', () => {
    expect(speaker('Activists on the ground in Syria say the raids are not working.')).toBe('words: Activists on the ground in Syria');
    expect(speaker('Most raids fell on rebel positions, activists and a rebel commander in Syria say.')).toBe('words: activists and a rebel commander in Syria');
    expect(placeSpeaksFor('activists and a rebel commander in Syria')).toBe(false);
  });
  it('keeps officials in a capital speaking for their state', () => {
    expect(speaker('Officials in Moscow said the jets had flown 20 sorties.')).toBe('russia');
    expect(placeSpeaksFor('the head of Russia\'s security service')).toBe(true);
  });
});

describe('a kicker that names a running story is no speaker (topic-kicker.ts)', () => {
  it('reads "Syria crisis:" and "Syria Daily:" as the outlet\'s label', () => {
    expect(speaker('Syria crisis: Russia fires 26 cruise missiles from the Caspian Sea')).toBeUndefined();
    expect(speaker('Syria Daily: Dozens dead as Russian jets strike Idlib')).toBeUndefined();
  });
  it('keeps a bare state before the colon as the speaker', () => {
    expect(speaker('Turkey: Russian jet violated our airspace near Latakia')).toBe('turkey');
  });
});

describe('a stranger speaking for their state (ADR 0378)', () => {
  it('keeps a short bracketed aside with the speaker before the verb', () => {
    expect(speaker("Ivan Petrovsky, who runs Russia's Federal Security Service (FSB), told the meeting that a bomb had gone off.")).toBe('russia');
  });
  it('reads a later "he said" as the state the stranger spoke for, not as no one', () => {
    const text = "Ivan Petrovsky, who runs Russia's Federal Security Service, said on Monday night that the wreck had been examined. \"Our experts found traces of explosive,\" he told the meeting.";
    expect(speaker(text)).toBe('russia');
  });
});
