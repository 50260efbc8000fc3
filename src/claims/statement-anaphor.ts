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
