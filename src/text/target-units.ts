/**
 * What a strike count counts, in the words reporters use for it (issue 13, paraphrase and
 * figures): "seven sites hit", "eight IS positions", "12 facilities", "seven areas hit" count what
 * the ministry's statements call targets ("destroyed seven targets"). Read as a figure's unit only,
 * right after the figure: "positions" elsewhere in a sentence is no count.
 */
import { stem } from './tokens';

const TARGET_WORDS = ['site', 'sites', 'position', 'positions', 'facility', 'facilities', 'object', 'objects', 'installation', 'installations', 'area', 'areas', 'location', 'locations'];
const TARGET = stem('targets');
const AS_TARGET: ReadonlyMap<string, string> = new Map(TARGET_WORDS.map((w) => [stem(w), TARGET]));

/** The unit a counted noun's stem stands for: a target for the words above, else itself. */
export function countedAs(unitStem: string): string {
  return AS_TARGET.get(unitStem) ?? unitStem;
}
