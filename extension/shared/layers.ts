/**
 * The highlight layers: what each colour and underline means. Colours are
 * mid-tones that keep ≥ 3:1 contrast against both white and near-black pages
 * (checked in layers.test.ts), and every layer also differs by underline
 * style, so colour is never the only signal.
 *
 * Nesting: claims paint above actors and notes (a higher highlight's
 * background covers the underlines of those beneath it), and claims carry no
 * background, so an actor or a note inside a claim sentence keeps the claim's
 * underline; claim underlines sit lower than actor underlines, so both show.
 * Actors share one light neutral tint (their type is in the underline):
 * strong colour washes belong to the reader's notes alone.
 */
import type { ActorType } from '../../src/dataset/schema';
import type { AnnotationColor } from '../../src/annotations/model';

export type ActorLayer = 'actor-person' | 'actor-org' | 'actor-group' | 'actor-place' | 'actor-weapon';
export type ClaimLayer = 'claim-corroborates' | 'claim-rated-false' | 'claim-contradicts' | 'claim-related' | 'claim-unknown';
export type AnnotationLayer = `annotation-${AnnotationColor}`;

export interface LayerDef {
  layer: string;
  label: string;
  /** Underline colour (the signal that must contrast with the page). */
  line: string;
  /** Background tint, light enough to keep the page's text readable. */
  tint: string;
  css: string;
  /** Paint order: claims above notes above actors. */
  priority: number;
}

const def = (layer: string, label: string, line: string, tint: string, decoration: string, priority: number, offset: number): LayerDef => ({
  layer,
  label,
  line,
  tint,
  priority,
  css: `background-color: ${tint}; text-decoration: ${decoration} ${line}; text-underline-offset: ${offset}px;`,
});

/** The one tint of every actor: light, neutral, unlike any note colour. */
const ACTOR_TINT = 'rgba(110, 125, 150, 0.13)';

export const ACTOR_LAYERS: LayerDef[] = [
  def('actor-person', 'Person', '#b07d00', ACTOR_TINT, 'underline solid 1.5px', 1, 2),
  def('actor-org', 'Organisation or state', '#3b7ddd', ACTOR_TINT, 'underline double 1px', 1, 2),
  def('actor-group', 'Armed group', '#d9534f', ACTOR_TINT, 'underline dotted 2px', 1, 2),
  def('actor-place', 'Place', '#1f9e6f', ACTOR_TINT, 'underline dashed 1.5px', 1, 2),
  def('actor-weapon', 'Weapon system', '#c2479a', ACTOR_TINT, 'underline dotted 1px', 1, 2),
];

export const CLAIM_LAYERS: LayerDef[] = [
  def('claim-corroborates', 'Claim the known reports corroborate', '#2da44e', 'transparent', 'underline solid 2.5px', 3, 6),
  // a restated claim a fact-checker rated false or misleading: orange, double underline (not the green of "corroborated")
  def('claim-rated-false', 'Restates a claim a fact-checker rated false or misleading', '#d9730d', 'transparent', 'underline double 2px', 3, 6),
  def('claim-contradicts', 'Claim the known reports contradict', '#e5534b', 'transparent', 'underline wavy 1.5px', 3, 6),
  def('claim-related', 'Claim related to known claims (shown on request)', '#8957e5', 'transparent', 'underline dotted 2.5px', 3, 6),
  def('claim-unknown', 'Claim not in the known reports (shown on request)', '#8b949e', 'transparent', 'underline dashed 1.5px', 3, 6),
];

export const ANNOTATION_LAYERS: LayerDef[] = (
  [
    ['yellow', 'rgba(255, 221, 0, 0.5)'],
    ['green', 'rgba(80, 200, 120, 0.45)'],
    ['blue', 'rgba(90, 160, 255, 0.45)'],
    ['pink', 'rgba(255, 120, 190, 0.45)'],
    ['purple', 'rgba(170, 120, 255, 0.45)'],
  ] as const
).map(([color, tint]) => ({
  layer: `annotation-${color}`,
  label: `Your note (${color})`,
  line: 'currentColor',
  tint,
  priority: 2,
  css: `background-color: ${tint};`,
}));

/** The brief highlight of something the reader asked to see from the popup. */
export const FLASH_LAYER: LayerDef = {
  layer: 'flash',
  label: 'Just revealed',
  line: '#f0b400',
  tint: 'rgba(255, 170, 0, 0.6)',
  priority: 10,
  css: 'background-color: rgba(255, 170, 0, 0.6); color: #000;',
};

export const ALL_LAYERS: LayerDef[] = [...CLAIM_LAYERS, ...ACTOR_LAYERS, ...ANNOTATION_LAYERS, FLASH_LAYER];

export function actorLayer(type: ActorType): ActorLayer {
  switch (type) {
    case 'person':
      return 'actor-person';
    case 'armed_group':
      return 'actor-group';
    case 'place':
      return 'actor-place';
    case 'weapon':
      return 'actor-weapon';
    default:
      return 'actor-org';
  }
}
