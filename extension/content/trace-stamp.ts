/**
 * Marks a moment of the content script's start in the browser's performance
 * trace, for `npm run bench` (which reports the time to each). A
 * `console.timeStamp` lands only in a DevTools trace; it is not a User Timing
 * entry, so the page cannot see it, and it costs nothing when no one traces.
 */
export function stamp(moment: 'bootstrap' | 'settings' | 'matcher-start' | 'matcher' | 'activated' | 'first-screen' | 'actors' | 'claims'): void {
  console.timeStamp?.(`crosscheck:${moment}`);
}
