/**
 * A speaker named by a personal name the dataset does not know (issue 13, who is speaking).
 * "Foreign Ministry Spokesman Tanju Bilgiç", "Army Col. Steve Warren, the top U.S. military
 * spokesman", "Major General Oleg Yegorov, deputy head of …" name someone, and the office words
 * around the name matched the dataset's spokesman of another ministry or command. A person the
 * page names is not a person the dataset names otherwise: had they been the same, the name would
 * have been a mention. An actor the dataset knows only by office (an unnamed committee head) may
 * still be the one named (roles.ts).
 */

/** A capitalised word as names are written, in any script's letters: "Bilgiç", "O'Brien", "al-Moallem". */
const WORD = /(?:al-|el-|ad-|as-)?\p{Lu}[\p{L}'’-]*\.?/gu;
/** Capitalised words that are no one's name: offices, ranks, bodies and the like. */
const NOT_A_NAME =
  /^(?:mr|mrs|ms|dr|sen|rep|lt|maj|major|capt|captain|adm|admiral|gen|general|col|colonel|brig|brigadier|sgt|army|air|navy|naval|marine|force|forces|president|vice|prime|minister|ministry|secretary|spokesman|spokeswoman|spokesperson|press|ambassador|envoy|senator|deputy|chief|head|director|chairman|chairwoman|commander|foreign|defence|defense|interior|affairs|state|department|office|house|council|committee|command|central|government|officials?|senior|top|federation|republic|national|united|nations|kingdom|states|the|a|an|his|her|its|their|our|in|on|at|of|for|and|but|said|says|told|according|to|federal|security|service|center|centre|agency|news|media|television|tv|radio|duma|kremlin|pentagon|parliament|white|north|south|east|west|northern|southern|eastern|western|middle|near|syrian|russian|turkish|british|french|american|german|iranian|iraqi|israeli|saudi|egyptian|us|u\.s|uk|un|nato|eu)\.?$/i;
/** A rank or office right before a surname alone: "Spokesman Bilgiç", "Col. Warren". */
const TITLE = /^(?:mr|mrs|ms|dr|sen|lt|maj|major|capt|adm|admiral|gen|general|col|colonel|spokesman|spokeswoman|spokesperson|minister|secretary|ambassador|envoy|senator|president|commander|director|chairman)\.?$/i;

/**
 * Does `phrase` (starting at `start` in the text) name a person by a name no mention covers?
 * `covered(a, b)`: whether a mention overlaps text[a, b).
 */
export function namesAStranger(phrase: string, start: number, covered: (a: number, b: number) => boolean): boolean {
  const words: { text: string; at: number; next: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(phrase); m !== null; m = WORD.exec(phrase)) words.push({ text: m[0], at: m.index, next: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NOT_A_NAME.test(w.text) || covered(start + w.at, start + w.next)) continue;
    // the next word, when it follows with a space only
    const n = words[i + 1];
    const adjacent = n !== undefined && /^\s+$/.test(phrase.slice(w.next, n.at));
    // a first and a last name: "Steve Warren", "Tanju Bilgiç"
    if (adjacent && !NOT_A_NAME.test(n.text) && !covered(start + n.at, start + n.next) && !w.text.endsWith('.')) return true;
    // a rank or office, then a surname alone at the phrase's end or before a comma: "Spokesman Bilgiç"
    const p = words[i - 1];
    const after = phrase.slice(w.next).trimStart();
    if (p && TITLE.test(p.text) && /^\s+$/.test(phrase.slice(p.next, w.at)) && (after === '' || after.startsWith(','))) return true;
  }
  return false;
}
