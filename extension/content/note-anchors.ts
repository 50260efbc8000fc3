/** The page's saved notes placed on the article's text as it reads now: anchored where found, orphaned where not. */
import { anchorMany } from '../../src/anchoring';
import type { AnnotationAnchor } from '../shared/messages';
import type { AnchoredAnnotation } from './targets';

export interface PlacedNotes {
  anchored: AnchoredAnnotation[];
  orphans: AnnotationAnchor[];
}

export function placeNotes(text: string, saved: readonly AnnotationAnchor[]): PlacedNotes {
  const found = anchorMany(text, saved.map((a) => a.selectors));
  const placed: PlacedNotes = { anchored: [], orphans: [] };
  saved.forEach((annotation, i) => {
    const at = found[i];
    if (at) placed.anchored.push({ annotation, start: at.start, end: at.end });
    else placed.orphans.push(annotation);
  });
  return placed;
}
