/** A figure as the text writes it (no imports: numbers.ts and the readers it calls both use it). */
export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'up_to';

export interface NumberMention {
  value: number;
  /** upper end of a range ("three to four") */
  max?: number;
  qualifier: Qualifier;
  start: number;
  end: number;
  /** stems of the counted thing and the verb around it */
  units: string[];
  /** the counted thing read through a class of words ("sites", "positions" as targets: target-units.ts): it may agree, never disagree */
  unitByClass?: true;
}
