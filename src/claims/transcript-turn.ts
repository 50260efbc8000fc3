/**
 * Transcripts and briefings name who speaks once, in capitals before a colon, at the head of each
 * turn: "PETER COOK: …", "SECRETARY KERRY: …" (issue 13, who is speaking). Every sentence of the
 * turn is theirs, not only the first, down to the next label, over paragraphs. A page is read as a
 * transcript only when two lines at least open with a label; a single label ("KERRY: …" quoted in a
 * story) speaks for its own line only, so that it carries no speaker over the paragraphs after it. The label is used only when the
 * dataset knows the speaker (resolved by the caller); a presenter or "QUESTION:" is the
 * programme's voice, like a reporter's.
 */
import type { TextSpan } from '../text/model';

/*
 * A ministry's or a leader's own site writes the turn in plain case: "Sergey Lavrov: …",
 * "Question: …". A name in plain case before a colon is a headline's or a kicker's as often ("Syria
 * crisis: …"), so it is read as a turn only when the same name of two words at least opens two
 * lines of the page or more; and a plain-case "Question:" ends the turn before it. The caller takes
 * such a label only for a person (detect.ts).
 */
const PLAIN_LABEL = /^[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]*:\s/gmu;
const PLAIN_NOT_A_SPEAKER = /^[ \t]*(?:Question|Q|Answer|A|Interviewer|Moderator|Host|Audience)[ \t]*:\s/gm;

/** "NAME:" at a line's head: one to four capitalised words (a title first allowed), then a colon. */
const TURN_LABEL = /^[ \t]*((?:(?:MR|MRS|MS|DR|SEN|GEN|COL|MAJ)\.?\s+)?[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})[ \t]*(?:\([^)\n]{0,60}\))?:\s/gm;
/** Labels that are no speaker. */
const NOT_A_SPEAKER = /^(?:QUESTION|Q|ANSWER|A|ANNOUNCER|SUBTITLE|CAPTION|NOTE|UPDATE|BREAKING|VIDEO|PHOTO|READ MORE|SEE ALSO|RELATED|SOURCE|UNIDENTIFIED(?:\s+\w+)*|CROSSTALK|END|COMMERCIAL BREAK|BEGIN VIDEOTAPE|END VIDEOTAPE)$/;

interface Label {
  /** where the label's line starts */
  line: number;
  /** the speaker's words, or null for a label that is no speaker ("QUESTION") */
  name: TextSpan | null;
  /** where the turn's words start (after the colon) */
  body: number;
  /** written in plain case ("Sergey Lavrov:"), not in capitals */
  plain?: boolean;
}

let lastText: string | undefined;
let lastLabels: Label[] = [];

/** The page's turn labels, in order (read once per text). */
function labelsOf(text: string): Label[] {
  if (text === lastText) return lastLabels;
  const out: Label[] = [];
  TURN_LABEL.lastIndex = 0;
  for (let m = TURN_LABEL.exec(text); m !== null; m = TURN_LABEL.exec(text)) {
    const name = m[1]!.trim();
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ line: m.index, name: NOT_A_SPEAKER.test(name.replace(/\.$/, '')) ? null : { start, end: start + name.length }, body: m.index + m[0].length });
  }
  const plain = plainLabels(text);
  if (plain.length > 0) {
    const taken = new Set(out.map((l) => l.line));
    for (const l of plain) if (!taken.has(l.line)) out.push(l);
    out.sort((a, b) => a.line - b.line);
  }
  lastText = text;
  lastLabels = out;
  return lastLabels;
}

/** Plain-case labels: a name that opens two lines at least, and the questions between its turns. */
function plainLabels(text: string): Label[] {
  const byName = new Map<string, Label[]>();
  PLAIN_LABEL.lastIndex = 0;
  for (let m = PLAIN_LABEL.exec(text); m !== null; m = PLAIN_LABEL.exec(text)) {
    const name = m[1]!;
    // capitals are the other reader's (TURN_LABEL)
    if (name === name.toUpperCase()) continue;
    const start = m.index + m[0].indexOf(name);
    const list = byName.get(name) ?? [];
    list.push({ line: m.index, name: { start, end: start + name.length }, body: m.index + m[0].length, plain: true });
    byName.set(name, list);
  }
  const out: Label[] = [];
  for (const list of byName.values()) if (list.length >= 2) out.push(...list);
  if (out.length === 0) return out;
  PLAIN_NOT_A_SPEAKER.lastIndex = 0;
  for (let m = PLAIN_NOT_A_SPEAKER.exec(text); m !== null; m = PLAIN_NOT_A_SPEAKER.exec(text)) out.push({ line: m.index, name: null, body: m.index + m[0].length, plain: true });
  return out;
}

/** The speaker label of the turn `sentence` is in, on a transcript page: the label's words (without the colon). */
export function turnLabel(text: string, sentence: TextSpan): (TextSpan & { plain?: boolean }) | null {
  const labels = labelsOf(text);
  let turn: Label | undefined;
  for (const l of labels) {
    if (l.body > sentence.start + 1 && l.line > sentence.start) break;
    if (l.line <= sentence.start) turn = l;
  }
  if (turn === undefined || turn.name === null || sentence.end < turn.body) return null;
  // one label on the page: its own line only
  if (labels.length < 2 && text.slice(turn.body, sentence.start).includes('\n')) return null;
  return turn.plain ? { ...turn.name, plain: true } : turn.name;
}
