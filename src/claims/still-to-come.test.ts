// What is still to come has not happened (issue 13, topical overlap). Invented wording, shaped like
// real 2015 reporting; each "not" probe below corroborates without the rule.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { claimOfFuture, tellsWhatIsToCome } from './still-to-come';

const rel = relationOfLastSentence;

describe('a meeting or talks still to come', () => {
  it('talks planned for next week are not the talks held', () => {
    expect(rel('Hollande and Putin will hold talks on Syria in the French capital next week.', 'putin-hollande-talks-paris')).not.toBe('corroborates');
  });
  it('a party ready to hold talks has not held them', () => {
    expect(rel('A Pentagon spokesman said Washington was ready to hold de-confliction talks with Russia by teleconference.', 'us-russia-deconfliction-teleconference')).not.toBe('corroborates');
  });
  it('talks told as held, or as scheduled for their day, still restate the claim', () => {
    expect(rel('Putin and Hollande hold talks on Syria in Paris.', 'putin-hollande-talks-paris')).toBe('corroborates');
    expect(rel('Putin and Francois Hollande were to discuss Syria in Paris on Friday.', 'putin-hollande-talks-paris')).toBe('corroborates');
    expect(rel('US and Russian officials held de-confliction talks by teleconference, the Pentagon said.', 'us-russia-deconfliction-teleconference')).toBe('corroborates');
  });
});

describe('a question still open', () => {
  it('strikes the military is watching for have not been told as carried out', () => {
    expect(rel('The American military is watching to see whether the Russians carry out more air strikes in Syria.', 'us-and-allies-strike-is-in-syria')).not.toBe('corroborates');
    expect(rel('US commanders are waiting to see whether the Russians carry out further air strikes in Syria.', 'us-and-allies-strike-is-in-syria')).not.toBe('corroborates');
  });
});

describe('a possibility under a condition', () => {
  it('an envoy that may be called in if the raids go on has not been called in', () => {
    expect(rel("Turkey may call in Russia's ambassador if the raids go on.", 'russian-ambassador-summoned-ankara', '2015-11-21')).not.toBe('corroborates');
    expect(tellsWhatIsToCome('ankara could summon the envoy unless the raids stop')).toBe(true);
    expect(tellsWhatIsToCome('the raids may have hit a hospital, the monitor said')).toBe(false);
  });
});

describe('tellsWhatIsToCome / claimOfFuture', () => {
  it('reads a later time or a disposition, not a schedule told for its day', () => {
    for (const s of ['the envoy is due in ankara next week', 'talks are planned for tomorrow', 'moscow is prepared to share intelligence', 'the coalition plans to widen its strikes', 'a decision in the coming days', 'officials are waiting to see whether the jets return', 'it remains unclear if the strikes hit the group'])
      expect(tellsWhatIsToCome(s), s).toBe(true);
    for (const s of ['putin and hollande were to discuss syria on friday', 'jets were about to start bombing', 'the talks were held last week', 'asked whether the jets hit the group, he said they did'])
      expect(tellsWhatIsToCome(s), s).toBe(false);
  });
  it('leaves a claim of the future alone', () => {
    expect(claimOfFuture('the campaign will last three to four months')).toBe(true);
    expect(claimOfFuture('the us and russia held de-confliction talks by teleconference')).toBe(false);
    expect(claimOfFuture('the sides held talks')).toBe(false);
  });
});
