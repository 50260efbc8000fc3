/**
 * A claim's figures as the index compares them with a sentence's: its slot
 * numbers (or, when it has none, the figures its statement writes), each with
 * its unit shape; whether a sentence's figure is the same value; and how a
 * figure is written in a match's reason ("5%" "share of strikes on IS").
 */
import type { Claim } from '../dataset/schema';
import { type KeyShape, type NumberMention, type Qualifier, extractNumbers, keyShape } from '../text/numbers';
import { boundExcludesExact } from './figure-bounds';

export interface ClaimFigure {
  key: string;
  units: string[];
  shape: KeyShape;
  /** the shape's number among the index's distinct shapes (fitsKey depends on nothing else) */
  shapeId: number;
  value: number;
  qualifier: Qualifier;
}

/**
 * An agreeing figure counts as one word both texts share, of this share of the weight of a word no
 * claim has (ADR 0140): "doubled to 69 aircraft" is the claim "raised … to 69" in other words.
 */
export const FIGURE_WEIGHT = 0.5;
/** Units of time: a figure in them is a period's length. */
export const DURATION_UNIT = /^(?:second|minut|hour|day|week|month|year|night)s?$/;

/**
 * The distinct figure shapes of an index: thousands of imported claims share a handful ("per
 * cent"), so a sentence asks whether its figures fit each shape once, not once per claim.
 */
export class FigureShapes {
  readonly shapes: KeyShape[] = [];
  private readonly ids = new Map<string, number>();

  idOf(shape: KeyShape): number {
    const sig = JSON.stringify([shape.units, shape.head, shape.some, shape.need]);
    let id = this.ids.get(sig);
    if (id === undefined) {
      this.ids.set(sig, (id = this.shapes.length));
      this.shapes.push(shape);
    }
    return id;
  }
}

/**
 * A claim's figures: its slot numbers, else the figures with a unit its statement writes, save
 * those inside an actor's name (`names`: where the statement names actors): "the seven countries"
 * names the joint body, it counts nothing the claim tells (ADR 0384).
 */
export function figuresOf(claim: Claim, shapes: FigureShapes, names: readonly { start: number; end: number }[] = []): ClaimFigure[] {
  const figures: ClaimFigure[] = [];
  for (const [key, value] of Object.entries(claim.slots.numbers ?? {})) {
    const shape = keyShape(key);
    figures.push({ key, units: shape.units, shape, shapeId: shapes.idOf(shape), value, qualifier: claim.slots.qualifiers?.[key] ?? 'exact' });
  }
  if (figures.length === 0) {
    for (const n of extractNumbers(claim.statement)) {
      if (n.units.length === 0 || names.some((m) => m.start <= n.start && m.end >= n.end)) continue;
      const units = n.units.slice(0, 2);
      const shape: KeyShape = { units, head: [], some: [], need: 0 };
      figures.push({ key: units.join('_'), units, shape, shapeId: shapes.idOf(shape), value: n.value, qualifier: n.qualifier });
    }
  }
  return figures;
}

export function sameValue(n: NumberMention, f: ClaimFigure): boolean {
  const v = f.value;
  // ("more than 224" is not an exact 224: ADR 0200)
  if (n.value === v) return !boundExcludesExact(n, f);
  // "more than 50 per cent" (a majority) is consistent with any larger share
  if (f.qualifier === 'more_than' && f.units.includes('percent') && n.qualifier !== 'up_to' && n.value > v && n.max === undefined) return true;
  // "more than 100 cruise missiles" is the rounding of an exact count a little above it ("101", "826" for "more than 800")
  if (f.qualifier === 'more_than' && n.qualifier === 'exact' && n.max === undefined && n.value > v && n.value <= 1.1 * v) return true;
  if (n.max !== undefined && n.value <= v && v <= n.max) return true;
  const loose = n.qualifier === 'about' || f.qualifier === 'about';
  if (loose && Math.abs(n.value - v) <= 0.1 * v) return true;
  return false;
}

/** "militants_killed" → "militants killed"; "share_of_strikes_on_IS_percent" → "share of strikes on IS". */
const keyPhrases = new Map<string, string>();
export function keyPhrase(key: string): string {
  let phrase = keyPhrases.get(key);
  if (phrase === undefined) keyPhrases.set(key, (phrase = keyPhraseOf(key)));
  return phrase;
}

function keyPhraseOf(key: string): string {
  return key
    .replace(/_(?:percent|pct)$/, '')
    .replace(/_(?:min|max)$/, '')
    .replace(/([a-z])([A-Z][a-z])/g, '$1 $2')
    .replace(/_/g, ' ');
}

function isPercentKey(key: string): boolean {
  return /(?:^|_)(?:percent|pct)(?:_|$)/.test(key);
}

export function formatValue(v: number, max: number | undefined, key: string): string {
  const unit = isPercentKey(key) ? '%' : '';
  return max !== undefined ? `${v}-${max}${unit}` : `${v}${unit}`;
}
