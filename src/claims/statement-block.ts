/**
 * A statement quoted whole under a line that introduces it (issue 13, who is speaking; ADR 0381):
 * "The text below was issued on 2 October by the governments of Germany, France, …:" and then, in
 * quotation marks over several paragraphs, "We are deeply troubled by …", "We call on the Russian
 * Federation to …". No sentence of the statement names its speaker, and its "we" is the issuer the
 * introduction names. A government's or an embassy's page gives declarations so; news pages do it
 * for a communiqué.
 *
 * The block opens with a paragraph that starts with a quotation mark, right after a paragraph that
 * ends with a colon, and runs to the paragraph that closes the quotation (a few paragraphs at most:
 * a quotation left open is no block).
 */
import type { TextSpan } from '../text/model';

/** How many paragraphs a quoted statement may run over. */
const MAX_PARAGRAPHS = 12;
const OPENS = /^\s*["“]/;
const CLOSES = /["”]\s*$/;
const INTRODUCES = /:\s*$/;

export interface StatementBlock {
  /** the introduction's paragraph, which names the issuer */
  intro: TextSpan;
  /** the statement's text, from its opening to its closing quotation mark */
  start: number;
  end: number;
}

/** The statements quoted whole under an introduction. */
export function statementBlocks(text: string, paragraphs: readonly TextSpan[]): StatementBlock[] {
  const out: StatementBlock[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const intro = paragraphs[i - 1]!;
    const first = paragraphs[i]!;
    if (!INTRODUCES.test(text.slice(intro.start, intro.end)) || !OPENS.test(text.slice(first.start, first.end))) continue;
    for (let j = i; j < Math.min(paragraphs.length, i + MAX_PARAGRAPHS); j++) {
      const p = paragraphs[j]!;
      // (a paragraph of a long quotation may open with a quotation mark again, as typesetting has it)
      if (CLOSES.test(text.slice(p.start, p.end))) {
        out.push({ intro, start: first.start, end: p.end });
        i = j;
        break;
      }
    }
  }
  return out;
}

/** Actor types that issue statements. */
const ISSUING: ReadonlySet<string> = new Set(['person', 'organisation', 'state', 'media', 'military_unit']);

/**
 * Who issues the statement, from its introduction: the body whose members it lists in full
 * (`memberList`), else the one actor that can issue one it names (`named`: the actors of its
 * mentions, in order); no one when it names several.
 */
export function issuerOf(intro: string, named: readonly string[], typeOf: (id: string) => string, memberList: (phrase: string) => string | undefined): string | undefined {
  const body = memberList(intro);
  if (body !== undefined) return body;
  const issuers = new Set(named.filter((id) => ISSUING.has(typeOf(id))));
  return issuers.size === 1 ? [...issuers][0] : undefined;
}
