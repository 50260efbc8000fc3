/**
 * "The statement said…" speaks for whoever issued the statement the article last quoted (issue 13,
 * speakers). Read as a pronoun, it took the nearest actor named before it, most often one the
 * statement spoke of ("…Russia's military actions…. The statement stressed…" was Russia's). It is
 * the previous speaker when there is one, and otherwise a speaker left unnamed: never the nearest
 * actor.
 */

const STATEMENT = /^(?:the|that|this|their|its)\s+(?:joint\s+|written\s+|official\s+)?statement$/;

/** Is the (folded, lower-case) speaker phrase a bare "the statement"? */
export function statementAnaphor(lower: string): boolean {
  return STATEMENT.test(lower.trim());
}

/** An earlier statement with its issuer named: "X's joint statement", "a statement from X", "X issued a statement". */
const OWNED_BEFORE = /['’]s?\s+(?:joint\s+|written\s+|official\s+)?statement\b/y;
const FROM_AFTER = /\s*(?:(?:issued|released|put out)\s+)?(?:by|from)\s+(?:the\s+)?$/;
const ISSUED_AFTER = /^\s+(?:(?:had|has|have|also|jointly)\s+)*(?:issued|released|put out|published|signed)\s+(?:a|an|the|their|its)\s+(?:joint\s+|written\s+|official\s+)?statement\b/;
/** How far back an issuer is looked for: a paragraph or two. */
const REACH = 1200;

/**
 * Who issued the statement "the statement" refers to, when the text named its issuer before:
 * the issuer of the last earlier statement whose issuer is a mention. `mentions` are sorted.
 */
export function statementIssuer<M extends { start: number; end: number }>(text: string, before: number, mentions: readonly M[]): M | undefined {
  let last: { at: number; m: M } | undefined;
  for (const m of mentions) {
    if (m.start >= before) break;
    if (m.end < before - REACH) continue;
    // "the seven countries' joint statement"
    OWNED_BEFORE.lastIndex = m.end;
    if (OWNED_BEFORE.test(text)) last = { at: OWNED_BEFORE.lastIndex, m };
    // "Turkey and six partners issued a statement"
    const after = ISSUED_AFTER.exec(text.slice(m.end, Math.min(before, m.end + 80)));
    if (after) last = { at: m.end + after[0].length, m };
    // "a statement from the Kremlin"
    const lead = text.slice(Math.max(0, m.start - 40), m.start);
    const from = /statement/.exec(lead);
    if (from && FROM_AFTER.test(lead.slice(from.index + 'statement'.length))) last = { at: m.end, m };
  }
  return last !== undefined && last.at <= before ? last.m : undefined;
}
