/**
 * A state's unnamed officials as a speaker (issue 13, figures and headlines by their attribution):
 * "Russian officials said", "…, say US officials", "Turkish sources". No one in particular (the
 * role resolver rightly names no person for them), but the state speaks: the claim "Russia says"
 * is theirs. Read before, the phrase named nobody, and a turned-round "…, say Russian officials"
 * fell back to the claim's first actor ("Eight IS targets were hit…" was the Islamic State's).
 */
import { COUNTRY_WORDS } from '../actors/rule-tables';

/** the plural of an unnamed office or source; a single "official" may be anyone's (a rebel's, the UN's) */
const OFFICIALS = String.raw`(?:(?:senior|top|military|government|defen[cs]e|security|diplomatic|intelligence)\s+)?(?:officials|sources|diplomats|authorities)`;

const WORD_TO_STATE = new Map<string, string>();
for (const [id, words] of Object.entries(COUNTRY_WORDS)) {
  for (const w of words) {
    // a state's name or demonym; capitals and institutions ("Moscow", "Pentagon officials") are not read here
    if (/^(?:moscow|kremlin|washington|pentagon|london|whitehall|paris|berlin|damascus|tehran|baghdad|ankara|riyadh|doha|cairo|amman|beirut|kiev|kyiv|beijing|idf|soviet)$/.test(w)) continue;
    WORD_TO_STATE.set(w, id);
  }
}
const STATE_WORD = [...WORD_TO_STATE.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** the whole phrase: "(the) <state word>['s] <officials>" and nothing else */
const PHRASE = new RegExp(String.raw`^(?:the\s+)?(${STATE_WORD})(?:['’]s)?\s+${OFFICIALS}$`, 'i');

/** The state whose unnamed officials the speaker phrase is ("Russian officials" → russia), if it is one. */
export function stateOfOfficials(phrase: string): string | undefined {
  // (most phrases end in no such word: skip the long alternation for them)
  if (!/(?:officials|sources|diplomats|authorities)\s*[,.]?\s*$/i.test(phrase)) return undefined;
  const m = PHRASE.exec(phrase.trim().replace(/[,.]$/, '').trim());
  return m ? WORD_TO_STATE.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) : undefined;
}
