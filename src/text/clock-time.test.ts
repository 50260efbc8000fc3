// A time of day is no figure (issue 13, figures in transcripts and translations). Invented lines
// in the shape of a translated ticker, a wire and a live page.
import { describe, expect, it } from 'vitest';
import { extractNumbers } from './numbers';

const values = (s: string) => extractNumbers(s).map((n) => n.value);

describe('a time of day', () => {
  it("is no figure: a ticker's \"14.25 o'clock\", a wire's \"at 08:40 local time\", \"5.15 p.m.\", \"16.00 GMT\"", () => {
    expect(values("14.25 o'clock - 22 sorties flown over Hama")).toEqual([22]);
    expect(values('The jet crossed the border at 08:40 local time, with 3 warnings given.')).toEqual([3]);
    expect(values('At 5.15 p.m. the ministry said 9 depots were hit.')).toEqual([9]);
    expect(values('The council meets at 16.00 GMT over the 2 jets.')).toEqual([2]);
  });
  it('a decimal with no word of the clock is still a figure', () => {
    expect(values('Only 7.5 per cent of the raids hit the group.')).toEqual([7.5]);
    expect(values('The rouble fell 12.50 points.')).toEqual([12.5]);
  });
});
