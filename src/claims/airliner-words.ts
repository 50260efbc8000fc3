/**
 * A passenger plane as news names one ("the airliner", "the Airbus A321", "the passenger jet", "the
 * Metrojet flight"), for the readers of what brought a plane down (crash-cause.ts) and of a group's
 * claim that it did (claimed-downing.ts). The operator's names are the dataset's actors; a reader
 * that needs them without the actor read ("the Kogalymavia flight") adds them.
 */
export const AIRLINER_WORD = /\b(?:plane|airliner|jetliner|aircraft|airbus|a-?321|jet|flight)\b/;
/** the operator of the plane brought down over Sinai, by its brand and its company name */
export const AIRLINER_OPERATOR = /\b(?:metrojet|kogalymavia)\b/;
