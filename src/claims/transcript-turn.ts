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
  lastText = text;
  lastLabels = out;
  return lastLabels;
}

/** The speaker label of the turn `sentence` is in, on a transcript page: the label's words (without the colon). */
export function turnLabel(text: string, sentence: TextSpan): TextSpan | null {
  const labels = labelsOf(text);
  let turn: Label | undefined;
  for (const l of labels) {
    if (l.body > sentence.start + 1 && l.line > sentence.start) break;
    if (l.line <= sentence.start) turn = l;
  }
  if (turn === undefined || turn.name === null || sentence.end < turn.body) return null;
  // one label on the page: its own line only
  if (labels.length < 2 && text.slice(turn.body, sentence.start).includes('\n')) return null;
  return turn.name;
}
