// A length of time is a claim's figure only with what lasted (ADR 0200). Invented wording, shaped
// like real 2015 reporting.
import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { durationMeasure, framesOtherCounts, measureNamed } from './duration-measure';

const rel = relationOfLastSentence;
const FOURTH_DAY = 'russia-cruise-missiles-fourth-day';

describe('a duration agrees only with what lasted', () => {
  it('four days of sorties and targets are not four days of cruise missiles', () => {
    expect(rel('The defence minister said Russian warplanes had flown 522 sorties and destroyed more than 800 targets over the last four days.', FOURTH_DAY)).not.toBe('corroborates');
  });
  it('cruise missiles on a fourth day still are', () => {
    expect(rel('Russia said it fired cruise missiles at Islamic State targets for a fourth day.', FOURTH_DAY)).toBe('corroborates');
  });
  it("another notice's length still contradicts the hour's notice", () => {
    expect(rel("US officials complained that Russia had given them only three hours' notice before the first strikes.", 'us-complains-one-hour-notice')).toBe('contradicts');
  });
});

describe('the period of a count is no figure alone (ADR 0329)', () => {
  const FOUR_DAYS = 'mod-four-days-100-missiles-800-targets';
  it('four days of raids that cost the militants dearly do not restate 800 targets in four days', () => {
    expect(rel('Sergei Shoigu, the defence minister, said four days of long-range naval launches and air force raids had cost the militants heavily in men and equipment.', FOUR_DAYS)).not.toBe('corroborates');
    // 'four days of missile launches': the period's number is no count of missiles
    expect(rel('Shoigu told the president that four days of missile launches from the navy and air force raids had inflicted heavy losses on the terrorists.', FOUR_DAYS)).not.toBe('corroborates');
  });
  it('the count in the same four days still does', () => {
    expect(rel('Over the past four days, the defence minister said, Russian jets carried out 522 sorties and destroyed more than 800 targets.', FOUR_DAYS)).toBe('corroborates');
  });
  it('reads a bare unit beside counts of something else as their period', () => {
    expect(framesOtherCounts('days', ['cruise_missiles', 'targets_destroyed', 'days'])).toBe(true);
    expect(framesOtherCounts('days', ['days'])).toBe(false);
    expect(framesOtherCounts('days_of_cruise_missile_strikes', ['days_of_cruise_missile_strikes', 'targets'])).toBe(false);
    expect(framesOtherCounts('targets_destroyed', ['targets_destroyed', 'days'])).toBe(false);
  });
});

describe('durationMeasure', () => {
  it("reads a duration key's other words; none for a plain unit or a count", () => {
    expect(durationMeasure('days_of_cruise_missile_strikes')).toEqual(['cruis', 'missil', 'strik']);
    expect(durationMeasure('campaign_length_months_min')).toEqual(['campaign']);
    expect(durationMeasure('days')).toEqual([]);
    expect(durationMeasure('targets_hit')).toEqual([]);
  });
  it('needs half of them', () => {
    expect(measureNamed('days_of_cruise_missile_strikes', 'four days of air strikes')).toBe(false);
    expect(measureNamed('days_of_cruise_missile_strikes', 'cruise missiles for four days')).toBe(true);
    expect(measureNamed('days', 'in four days')).toBe(true);
  });
  it("reads a campaign's length in the strikes or bombing that go on for it, never in another duration's words", () => {
    expect(measureNamed('campaign_length_months_min', 'the air strikes will go on for three to four months')).toBe(true);
    expect(measureNamed('campaign_length_months_min', 'the bombing could last four months')).toBe(true);
    expect(measureNamed('campaign_length_months_min', 'the talks will take four months')).toBe(false);
    expect(measureNamed('days_of_cruise_missile_strikes', 'the campaign went on for four days')).toBe(false);
  });
});
