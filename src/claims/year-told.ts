/**
 * A background fact whose point is a year ("The Syrian conflict began in
 * 2011") is restated only by a sentence that gives that year or says how
 * many years have passed ("four years of war", "in its fifth year"). Without
 * it a sentence shares the words of what is dated, not the date: "In Syria's
 * civil war, Moscow and Ankara back rival camps" mentions the war and says
 * nothing of when it began.
 */
const YEARS_PASSED = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[-\s]years?\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+year\b/i;

export function yearUntold(claim: { kind: string; slots: { time?: string } }, sentence: string): boolean {
  const year = claim.kind === 'background' ? /^(\d{4})$/.exec(claim.slots.time ?? '')?.[1] : undefined;
  if (year === undefined) return false;
  return !new RegExp(`(?<!\\d)${year}(?!\\d)`).test(sentence) && !YEARS_PASSED.test(sentence);
}
