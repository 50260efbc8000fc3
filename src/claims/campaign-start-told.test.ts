// The day a campaign began, read as a proposition: doer, act of starting strikes, time (campaign-start-told.ts).
// Invented wording, shaped like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index';
import { createEngine } from '../engine/index';
import type { Claim } from '../dataset/schema';
import { actOfDoer, campaignStartAct, startClaims, startTime } from './campaign-start-told';

const engine = createEngine(dataset);
const START = 'russian-campaign-began-sept-30';
/** the last sentence's relation to the start of the campaign, on a page of `date` */
const relation = (text: string, date?: string) =>
  engine.analyzeText(text, date === undefined ? {} : { date }).claims.at(-1)?.matches.find((m) => m.claimId === START)?.relation;

describe('the day a campaign began, read as a proposition', () => {
  it.each([
    // a doer on Russia's side, a verb of starting, a weekday the page's date places
    ['Moscow, long a patron of the Syrian leader, opened its bombing campaign on Wednesday and says it is going after militants.', '2015-10-02'],
    ['Russia, which launched its intervention on Wednesday, has vowed to keep the jets flying.', '2015-10-03'],
    // the first strikes, dated by a weekday the page's date places
    ['Opposition fighters said Russia’s first air raids on Wednesday struck their bases near Hama.', '2015-10-01'],
    // the date written, in a clause that counts from it
    ['Since Moscow started its air strikes on 30 Sept., its pilots have destroyed 40 arms dumps, the ministry said.', '2015-10-20'],
    // "Wednesday's strikes" opened it
    ["Wednesday's Russian raids near Homs opened Moscow's part in the war.", '2015-10-01'],
    // a page with no date of its own, whose text states the next day's date
    ['Russian bombers began striking targets near Hama on Wednesday, officials said on October 1, 2015.', undefined],
  ])('corroborates: %s (%s)', (text, date) => {
    expect(relation(text, date)).toBe('corroborates');
  });

  it('reads the first strikes with no time on a page of the week after, and the campaign begun last month', () => {
    expect(relation('Those bombing runs were the first air attacks Russia had made in Syria.', '2015-10-02')).toBe('corroborates');
    expect(relation('Russia started bombing armed groups in Syria last month, saying it was fighting terrorism.', '2015-10-22')).toBe('corroborates');
  });

  it('reads a start headlined in the present tense on a page of the week after, not a past start with no time', () => {
    expect(relation('Russia opens its air war in Syria with raids near Hama', '2015-10-01')).toBe('corroborates');
    expect(relation('Russia opens its air war in Syria with raids near Hama', '2015-10-20')).not.toBe('corroborates');
    expect(relation('Russia opened its air war in Syria with raids near Hama', '2015-10-01')).not.toBe('corroborates');
    expect(campaignStartAct('moscow launches its bombing campaign')?.present).toBe(true);
  });

  it('says why, in words', () => {
    const m = engine.analyzeText('Russia, which launched its intervention on Wednesday, has vowed to keep the jets flying.', { date: '2015-10-03' }).claims.at(-1)?.matches.find((x) => x.claimId === START);
    expect(m?.reason).toMatch(/the doer, the start of its strikes and the day \(2015-09-30\)/);
  });

  it.each([
    // another day, another year, another start, a start a month ago
    ['Moscow opened its bombing campaign on Thursday, officials said.', '2015-10-02'],
    ['The war in Syria began in 2011, and Russia launched its air campaign there four years on.', '2015-10-05'],
    ['Russian warships began firing cruise missiles at targets in Syria on Wednesday.', '2015-10-08'],
    ['Syrian troops began a ground offensive north of Hama on Wednesday, backed by Russian jets.', '2015-10-08'],
    ['Russia began its bombing campaign a month ago, and the rebels are still holding out.', '2015-10-30'],
    // another doer's start
    ['France launched its first air strikes in Syria on Sunday, days before Russian jets joined in.', '2015-09-28'],
    // a tally counted from the start, with no verb of starting
    ['Since September 30 Russian jets have flown some 1,500 sorties, the ministry said.', '2015-10-25'],
    // a start still to come, a new wave, the first raids on one place, the first raids as a point in time
    ['Russia will begin air strikes in Syria on Wednesday, a US official said.', '2015-09-29'],
    ['Russia began a new wave of air strikes on Wednesday, hitting rebel towns.', '2015-10-08'],
    ["Monitors said 12 militants died in Russia's first raids on the group's eastern stronghold.", '2015-10-02'],
    ["Washington said it had been given only an hour's notice before Russia's first raids on Wednesday.", '2015-10-02'],
    // a page of another time
    ['Russia began its air campaign in Syria on September 30, 2015, and it has not stopped since.', '2017-03-01'],
  ])('not a corroboration read as the start: %s (%s)', (text, date) => {
    const m = engine.analyzeText(text, { date }).claims.at(-1)?.matches.find((x) => x.claimId === START);
    expect(m?.reason ?? '').not.toMatch(/the start of its strikes/);
  });

  it('reads as start claims only a doer’s dated beginning of strikes or a campaign', () => {
    const claim = (id: string, statement: string, slots: Claim['slots'], polarity?: Claim['polarity']): Claim =>
      ({ id, claimant: 'reporter', statement, kind: 'background', slots, actors: [], evidence: [], ...(polarity ? { polarity } : {}) }) as Claim;
    const claims = [
      claim('start', 'The air campaign began on Wednesday 30 September 2015.', { actor: 'russia', action: 'air campaign begins', time: '2015-09-30' }),
      claim('war', 'The war began in 2011.', { actor: 'syria', action: 'war begins', time: '2011' }),
      claim('wave', 'Jets launched a new wave of strikes.', { actor: 'russia', action: 'strikes', time: '2015-10-07' }),
      claim('aimed', 'The first strikes targeted IS.', { actor: 'russia', action: 'air strikes', targetActors: ['isis'], time: '2015-09-30' }),
      claim('denied', 'The campaign began on 30 September.', { actor: 'russia', action: 'air campaign begins', time: '2015-09-30' }, 'deny'),
    ];
    expect(startClaims(claims)).toEqual([{ claimId: 'start', doer: 'russia', day: '2015-09-30' }]);
  });

  it('reads the act, its doer and its time', () => {
    expect(campaignStartAct('russia began its air campaign on wednesday')?.first).toBe(false);
    expect(campaignStartAct("russia's first air strikes fall on three provinces")?.first).toBe(true);
    expect(campaignStartAct('it was the first time russia had fired from the caspian')).toBeUndefined();
    expect(campaignStartAct('russia is about to start bombing')).toBeUndefined();
    // the nearest doer before the act, or after the first strikes
    const act = { start: 10, end: 30, first: false, present: false };
    const plain = 'russia and iran began strikes';
    expect(actOfDoer(act, [{ start: 0, end: 6, own: true }], plain)).toBe(true);
    expect(actOfDoer(act, [{ start: 0, end: 6, own: true }, { start: 7, end: 9, own: false }], plain)).toBe(false);
    expect(actOfDoer(act, [{ start: 40, end: 46, own: true }], plain)).toBe(false);
    expect(actOfDoer({ ...act, first: true }, [{ start: 40, end: 46, own: true }], plain)).toBe(true);
    // a description between commas is not the doer
    const aside = 'moscow, a friend of syria, opened its campaign';
    expect(actOfDoer({ start: 27, end: 46, first: false, present: false }, [{ start: 0, end: 6, own: true }, { start: 19, end: 24, own: false }], aside)).toBe(true);
    const page = { year: 2015, month: 9, day: 1 };
    expect(startTime('russia began strikes on wednesday', '2015-09-30', page)).toBe('day');
    expect(startTime('russia began strikes yesterday', '2015-09-30', page)).toBe('day');
    expect(startTime('russia began strikes on sept. 30', '2015-09-30', undefined)).toBe('day');
    expect(startTime('russia began strikes on sept. 20', '2015-09-30', undefined)).toBe('other');
    expect(startTime('russia began strikes in september', '2015-09-30', undefined)).toBe('month');
    expect(startTime('russia began strikes last month', '2015-09-30', { year: 2015, month: 9, day: 20 })).toBe('month');
    expect(startTime('russia began strikes three weeks ago', '2015-09-30', undefined)).toBe('other');
    // a page with no day: its latest stated date places the weekday, or nothing does
    expect(startTime('russia began strikes on wednesday', '2015-09-30', undefined, { year: 2015, month: 9, day: 1 })).toBe('weekday');
    expect(startTime('russia began strikes on wednesday', '2015-09-30', undefined)).toBe('none');
    expect(startTime('russia began strikes on wednesday', '2015-09-30', undefined, { year: 2015, month: 10, day: 20 })).toBe('other');
    expect(startTime('russia began strikes on wednesday', '2015-09-30', undefined, { year: 2015, month: 8, day: 22 })).toBe('other');
    expect(startTime('russia began strikes on thursday', '2015-09-30', undefined, { year: 2015, month: 9, day: 1 })).toBe('other');
    expect(startTime('wednesday brought russia’s first strikes since the civil war there erupted in 2011', '2015-09-30', page)).toBe('day');
  });
});
