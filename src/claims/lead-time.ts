/**
 * A headline's figure and its lead: "Russia fires 26 cruise missiles from
 * the Caspian Sea" says neither when nor over what period; the lead that
 * restates the 26 does ("launched 26 … on Wednesday, October 7"; "In the past
 * 24 hours … 36 sorties …, the ministry said in a Saturday statement"). The
 * headline is that sentence's report, so it reads that sentence's time words
 * (its period, day, month), and a four-day total or another night's count is
 * not its slot (ADR 0160). Only a restated figure ties them: a headline that
 * shares no figure with its lead keeps its own reading. A headline glued to
 * its body by a line break (one block, no blank line) reads the lines under
 * it as its lead, as a headline over its own paragraphs does.
 */
import { foldText } from '../text/fold';
import type { TextSpan } from '../text/model';
import { type NumberMention, extractNumbers } from '../text/numbers';
import { splitLines, splitSentences } from '../text/sentences';

/** How many paragraphs after the headline may hold its lead. */
const LEAD_PARAGRAPHS = 2;

/**
 * For the headline at paragraph `head`: a function from the headline's
 * figures to the lead sentence (folded, lower-case) that restates one of
 * them, or undefined. The lead is read only when a headline has a figure.
 */
export function leadTimeFor(text: string, paragraphs: readonly TextSpan[], head: number, furniture: readonly boolean[] | undefined): (figures: readonly NumberMention[]) => string | undefined {
  let lead: { folded: string; values: Set<number> }[] | undefined;
  const read = (): { folded: string; values: Set<number> }[] => {
    const out: { folded: string; values: Set<number> }[] = [];
    const add = (block: TextSpan): void => {
      for (const s of splitSentences(text, [block])) {
        const folded = foldText(text.slice(s.start, s.end));
        const values = new Set(extractNumbers(text, s.start, s.end, folded).map((n) => n.value));
        if (values.size > 0) out.push({ folded: folded.toLowerCase(), values });
      }
    };
    // a headline glued to its body by a line break (a <br>, not a new block): the lines under it are its lead
    let seen = 0;
    const block = paragraphs[head];
    for (const line of block ? splitLines(text, block.start, block.end).slice(1) : []) {
      if (seen >= LEAD_PARAGRAPHS) break;
      seen++;
      add(line);
    }
    for (let i = head + 1; i < paragraphs.length && seen < LEAD_PARAGRAPHS; i++) {
      if (furniture?.[i] === true) continue;
      seen++;
      add(paragraphs[i]!);
    }
    return out;
  };
  return (figures) => {
    if (figures.length === 0) return undefined;
    lead ??= read();
    return lead.find((l) => figures.some((f) => l.values.has(f.value)))?.folded;
  };
}
