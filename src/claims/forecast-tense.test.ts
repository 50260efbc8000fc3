import { describe, expect, it } from 'vitest';
import { relationOfLastSentence } from '../../tests/support/last-sentence-relation';
import { forecastUntold } from './forecast-tense';

// invented sentences: the Duma committee head's forecast that the campaign will increase in intensity
describe('a forecast is restated only by a sentence that looks ahead (forecast-tense.ts)', () => {
  const INTENSIFY = 'duma-campaign-will-intensify';
  it('reads words of the future, intent, likelihood and infinitives', () => {
    expect(forecastUntold('forecast', 'russia steps up air strikes')).toBe(true);
    expect(forecastUntold('forecast', 'he added that the strikes would intensify')).toBe(false);
    expect(forecastUntold('forecast', 'campaign to last three-four months: putin ally')).toBe(false);
    expect(forecastUntold('event', 'russia steps up air strikes')).toBe(false);
  });
  it('what is being done is not what was foretold', () => {
    expect(relationOfLastSentence('Putin praised the Syrian army for its recent gains on the battlefield.\n\nRussia steps up air strikes against opponents of Assad in Syria', INTENSIFY)).not.toBe('corroborates');
  });
});
