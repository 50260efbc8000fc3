/**
 * Rule tables for headlines, datelines and page furniture (used by
 * fragments.ts). Written from how October–November 2015 news pages were
 * laid out (see eval/real-shape-labels.json for the shapes).
 */

/** Lines that are page furniture, never a claim (whole trimmed line). */
export const FURNITURE: readonly RegExp[] = [
  /^(?:breaking(?:\s+news)?|live|update[sd]?|latest|exclusive|analysis|opinion|world|middle east|news)\s*:?$/i,
  /^\d+\s+new\s+updates?$/i,
  /^(?:share|share this(?: article| story)?|comments are closed\.?|leave a (?:reply|comment)|post a comment|no comments:?|advertisement|article continues (?:after|below) (?:this )?advertisement)$/i,
  /^(?:related(?: articles| materials| stories)?|see also|read (?:more|also)|more on this story)\s*:?(?:\s.*)?$/i,
  /^read:\s.+$/i,
  /^[Bb]y\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:,\s*[\w .'’-]{2,40})?(?:\s+[A-Z]{2,}.*)?$/,
  /^(?:photo|image(?: copyright| caption)?|picture|video)\s*:?\s.{0,120}$/i,
  /^updated with .{0,80}$/i,
  /^[A-Z][A-Za-z]+(?:,\s*[A-Z]{2})?\s*·\s*[A-Za-z ]+$/,
  /^(?:[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2})$/,
];

/**
 * A dateline at the start of a story's first paragraph: a place (capitals or
 * title case), optionally a date, optionally an agency in brackets, then a
 * dash or a colon — "MOSCOW (AFP) - ", "ANKARA, Nov. 20 (Xinhua) -- ",
 * "BEIRUT, Lebanon—", "London (AFP) - ", "Istanbul -- ", "WASHINGTON, Oct 2 - ".
 */
export const DATELINE =
  /^(?:[A-Z][A-Za-z.'’]+(?:[ -][A-Z][A-Za-z.'’]+){0,2})(?:,\s*(?:[A-Z][a-z]+|[A-Z][a-z]{2}\.?\s+\d{1,2}(?:,\s*\d{4})?|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}))?\s*(?:\((?:AFP|Reuters|AP|Xinhua|dpa|DPA|Anadolu|AA|IANS|UPI|TASS|RIA|Interfax|AAP)\)\s*)?(?:\s*(?:--|–|—)\s*|\s+-\s+|:\s+)/;

/** Words that make a short headline side a source ("Putin ally", "Ministry", "monitor", "US envoy"). */
export const ATTRIBUTION_WORDS =
  /\b(?:ministry|monitor|officials?|official|source|sources|report|reports|says|envoy|ally|spokes(?:man|woman|person)|minister|secretary|president|premier|pm|military|army|navy|pentagon|kremlin|state department|white house|observatory|activists?|group|analysts?|experts?)\b/i;

/** The speaker side of a headline attribution is at most this many words. */
export const SHORT_SIDE_MAX_WORDS = 5;
