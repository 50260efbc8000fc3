/**
 * A text's terms as the claim index reads them: tokens (folded, stop words
 * out, stemmed, actor mentions as "@actor-id"), each demonym read as its
 * state ("Russian" = "@russia"), figures left out (they are compared as
 * figures, not as words).
 */
import type { Mention } from '../actors/matcher';
import type { TextSpan } from '../text/model';
import { type ActorSpan, type Token, tokenize, tokensWithin } from '../text/tokens';

export class IndexTokenizer {
  constructor(
    /** demonym → "@state-id" */
    private readonly demonym: ReadonlyMap<string, string>,
    /** actor a mention stands for */
    private readonly actorOf: (m: Mention) => string,
  ) {}

  /** The terms of text[from, to). */
  toks(text: string, from: number, to: number, mentions: readonly Mention[]): Token[] {
    const spans: ActorSpan[] = mentions.map((m) => ({ start: m.start, end: m.end, actorId: this.actorOf(m) }));
    const out = tokenize(text, from, to, spans);
    // demonyms to their state; figures out (a token starting with a digit)
    let kept = 0;
    for (const t of out) {
      const d = this.demonym.get(t.t);
      if (d !== undefined) t.t = d;
      const c = t.t.charCodeAt(0);
      if (c >= 48 && c <= 57) continue;
      out[kept++] = t;
    }
    out.length = kept;
    return out;
  }

  /** toks(text, from, to, mentions) for a part of a span whose toks are known (see tokensWithin). */
  subToks(text: string, tokens: readonly Token[], span: TextSpan, from: number, to: number, mentions: readonly Mention[]): Token[] {
    return tokensWithin(text, tokens, span, from, to, mentions) ?? this.toks(text, from, to, mentions);
  }
}
