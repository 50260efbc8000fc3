import { describe, expect, it } from 'vitest';
import { afterDateline, headlineAttribution, isFurniture, looksLikeSource } from './fragments';

const span = (s: string) => ({ start: 0, end: s.length });
const source = (s: string) => (sp: { start: number; end: number }) => looksLikeSource(s.slice(sp.start, sp.end));

describe('headline attribution', () => {
  it('reads "<claim>: <source>" and "<source>: <claim>" in headlines', () => {
    const a = 'Only 5 percent of Russian strikes in Syria aimed at IS: Britain';
    const r = headlineAttribution(a, span(a), source(a))!;
    expect(a.slice(r.speaker.start, r.speaker.end)).toBe('Britain');
    expect(a.slice(r.content.start, r.content.end)).toBe('Only 5 percent of Russian strikes in Syria aimed at IS');
    const b = 'Davutoglu: Russian air operation hitting moderate rebels, not ISIS';
    const rb = headlineAttribution(b, span(b), source(b))!;
    expect(b.slice(rb.speaker.start, rb.speaker.end)).toBe('Davutoglu');
    const c = 'At least 36 dead in bombing raids in eastern Syria—monitor';
    expect(c.slice(headlineAttribution(c, span(c), source(c))!.speaker.start)).toBe('monitor');
    const d = "Russian strikes on Syria opposition 'helping IS' - Hammond";
    expect(d.slice(headlineAttribution(d, span(d), source(d))!.speaker.start)).toBe('Hammond');
  });

  it('leaves prose, hyphenated words and long sides alone', () => {
    const p = 'Kerry was cautious: the two countries agreed only in concept.';
    expect(headlineAttribution(p, span(p), () => true)).toBeNull();
    const h = 'Russian air strikes in Syria to last three-four months';
    expect(headlineAttribution(h, span(h), () => true)).toBeNull();
    const l = 'Russia strikes Raqqa: what the raids on the Islamic State capital mean for the war';
    expect(headlineAttribution(l, span(l), source(l))).toBeNull();
  });
});

describe('furniture and datelines', () => {
  it('knows page furniture', () => {
    for (const f of ['14 new updates', 'BREAKING NEWS', 'Share this article', 'READ: Russia, France push UN resolutions', 'Article continues after this advertisement', 'By Lisa Ferdinando, DoD News', 'Comments are closed.', 'Related Articles']) {
      expect(isFurniture(f, span(f)), f).toBe(true);
    }
    const claim = 'Russia fired 18 cruise missiles on Friday, the ministry said.';
    expect(isFurniture(claim, span(claim))).toBe(false);
  });

  it('skips a dateline before the first sentence, not a headline attribution', () => {
    for (const [s, rest] of [
      ['PARIS (Reuters) - Russia expects its campaign to last three to four months.', 'Russia expects'],
      ['ANKARA, Nov. 20 (Xinhua) -- Turkey on Friday summoned the Russian ambassador.', 'Turkey on'],
      ['BEIRUT, Lebanon—At least 36 people were killed on Friday.', 'At least'],
      ['London (AFP) - Just one in 20 Russian air strikes hit IS, Fallon said.', 'Just one'],
    ] as const) {
      expect(s.slice(afterDateline(s, span(s))).startsWith(rest), s).toBe(true);
    }
    const h = 'Turkey: Only 9% of Russian strikes target the Islamic State';
    expect(afterDateline(h, span(h))).toBe(0);
    const w = 'Western-backed rebels say they were hit by Russian strikes.';
    expect(afterDateline(w, span(w))).toBe(0);
  });
});
