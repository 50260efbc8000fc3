/**
 * Word classes of one sense that news writes several ways (issue 13,
 * paraphrase of the predicate and of its object), read by the tokenizer as
 * one term: the flights of warplanes ("flights" are "sorties"), a worry voiced
 * ("worries" are "concerns"), a title taken by oneself ("self-declared",
 * "self-proclaimed", "self-styled"), what an air force did at night
 * ("overnight").
 * Each class is a sense, not a case: every word in it means the same thing in
 * reporting on a war, whatever the page (ADR 0235). Words that mean something
 * else as often in such reporting ("ground" of "ground troops", "mission" of a
 * diplomatic mission, "attack" of a terror attack) are left out.
 */

/** word (folded, lower case) → the class's term */
export const SENSE_CLASSES: Readonly<Record<string, string>> = {
  // the flights of military aircraft
  flight: 'sorti', flights: 'sorti',
  // a worry voiced
  worry: 'concern', worries: 'concern', worried: 'concern', worrying: 'concern', concern: 'concern', concerns: 'concern', concerned: 'concern',
  // a title taken by oneself ("self-declared", "self-proclaimed", "self-styled" capital)
  declare: 'proclaim', declared: 'proclaim', declares: 'proclaim', declaring: 'proclaim',
  proclaim: 'proclaim', proclaimed: 'proclaim', proclaims: 'proclaim', proclaiming: 'proclaim', styled: 'proclaim',
  // the night's work
  overnight: 'night', night: 'night', nights: 'night',
};
