/**
 * Deterministic, plausible annotations in bulk, for tests and the library
 * benchmark (scripts/bench-library.ts). Not used by the extension itself.
 */
import type { Annotation } from '../annotations/model';

const SITES = ['news.example.com', 'ledger.example', 'wire.example.org', 'daily.example.net', '127.0.0.1:8080', 'monitor.example.co.uk'];
const QUOTES = [
  'the raids near Raqqa killed 12 jihadists from the group',
  'Russian warplanes struck targets in Homs province overnight',
  'the Syrian Observatory for Human Rights said civilians were among the dead',
  'Washington accused Moscow of hitting rebels it backs rather than Islamic State',
  'the Kremlin denied that any civilians had been killed in the strikes',
  'Turkey said its airspace had been violated by a Russian jet',
  'the Pentagon said the strikes were not aimed at IS fighters',
  'Assad thanked Putin for the support of the Russian Federation',
  'activists put the death toll at 30, including women and children',
  'Hezbollah fighters joined the ground offensive near Aleppo',
];
const NOTES = [
  'check against the SOHR figures',
  'compare with the ministry statement',
  'figure differs from the wire copy',
  'who is the source here?',
  'unverified claim; look for a second source',
  'contradicts the earlier report',
  '',
  'the émigré journalist disputes this',
];
const TAGS = ['casualties', 'strikes', 'sohr', 'denial', 'diplomacy', 'to-check', 'civilians', 'airspace', 'Aleppo', 'rebels'];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const WORDS = ['airstrike', 'convoy', 'ceasefire', 'refugee', 'offensive', 'coalition', 'ministry', 'observatory', 'province', 'witness', 'footage', 'casualty', 'militia', 'frontline', 'briefing'];

/** A small seeded generator (mulberry32), so every run makes the same data. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleOptions {
  seed?: number;
  /** Time of the first annotation; each next one is 1–60 minutes later. */
  start?: number;
}

export function sampleAnnotations(count: number, options: SampleOptions = {}): Annotation[] {
  const rand = seeded(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  let time = options.start ?? Date.UTC(2015, 9, 1, 8, 0, 0);
  const out: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    time += 60_000 * (1 + Math.floor(rand() * 60));
    const site = pick(SITES);
    const path = `/world/${2015}/${10 + (i % 3)}/story-${Math.floor(i / 7)}`;
    const quote = `${pick(QUOTES)} (${pick(WORDS)} ${i})`;
    const note = rand() < 0.8 ? `${pick(NOTES)} ${pick(WORDS)} ${pick(WORDS)}`.trim() : '';
    const tags = [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => pick(TAGS)))];
    const start = Math.floor(rand() * 5000);
    const annotation: Annotation = {
      id: `sample-${String(i).padStart(6, '0')}-${Math.floor(rand() * 1e9).toString(36)}`,
      url: `${site.startsWith('127.') ? 'http' : 'https'}://${site}${path}?utm_source=feed`,
      urlKey: `${site}${path}`,
      title: `Story ${Math.floor(i / 7)} on ${site}: ${pick(WORDS)} and ${pick(WORDS)}`,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'before the quote, ', suffix: ' and after it' },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ],
      note,
      tags,
      color: pick(COLORS),
      quote,
      created: time,
      updated: rand() < 0.3 ? time + 3_600_000 : time,
    };
    if (rand() < 0.1) annotation.claimId = `claim-${Math.floor(rand() * 45)}`;
    out.push(annotation);
  }
  return out;
}
