/**
 * What the reader reads about a match, in plain words: the engine's reasons
 * are terse and technical ("opposite polarity: …", "same account; source: …",
 * "(via claim-id)"); here each becomes a sentence that says what was said
 * against what, and sources are named by outlet, date and headline — never a
 * file name, a claim id or a bare score. Reasons of a shape not known here
 * are left out rather than shown raw.
 */
import type { DatasetLookup } from '../../src/dataset/lookup';
import type { Claim } from '../../src/dataset/schema';
import { formatDay } from '../../src/text/day-format';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "the reporter" is the outlet's own voice: "the report". */
const who = (name: string) => (name === 'the reporter' ? 'the report' : name);

/** One sentence that explains a match to a reader, or null when it cannot be said plainly. */
export function plainReason(reason: string, lookup: DatasetLookup): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^opposite account \(via ([^)]+)\): /.exec(reason))) {
    const via = lookup.claim(m[1]!);
    return via
      ? `This sentence agrees with another known claim — ${who(lookup.claimantName(via))}: “${via.statement}” — which the reports set against this one.`
      : 'This sentence agrees with another known claim, which the reports set against this one.';
  }
  if ((m = /^different figure: (\S+) vs (\S+) (.*?) ?\((.+)\)$/.exec(reason))) {
    const [, here, there, what, src] = m;
    return `The figures differ: this page says ${here}${what ? ` ${what}` : ''}; ${who(src!)} said ${there}.`;
  }
  if ((m = /^reversed attribution: here (.+) makes the claim; in the reports it is (.+)'s$/.exec(reason))) {
    return `Who said it differs: here it is ${m[1]}; in the known reports it is ${who(m[2]!)}.`;
  }
  if ((m = /^opposite polarity: (.+) denies this$/.exec(reason))) return `${cap(who(m[1]!))} denied what this sentence says.`;
  if ((m = /^opposite (?:polarity|account): denies what (.+) states$/.exec(reason))) return `This sentence denies what ${who(m[1]!)} said.`;
  if ((m = /^same figure: (.+); source: (.+)$/.exec(reason))) return `${cap(who(m[2]!))} gave the same figure: ${m[1]}.`;
  if ((m = /^same account; source: (.+)$/.exec(reason))) return `${cap(who(m[1]!))} said the same.`;
  if ((m = /^(another place|another date|claimant differs \(reports: (.+)\)|same topic); shared actors: (.+)$/.exec(reason))) {
    const actors = m[3]!;
    if (m[1] === 'another place') return `About ${actors} too, but at another place.`;
    if (m[1] === 'another date') return `About ${actors} too, but on another date.`;
    if (m[2]) return `Close to what ${who(m[2])} said, but here someone else says it.`;
    return `On the same subject, about ${actors}.`;
  }
  return null;
}

/** "AFP, 2 Oct 2015 — “Russia says …”": outlet (when known), date and the full headline. */
export function sourceLine(lookup: DatasetLookup, sourceId: string): string {
  const source = lookup.source(sourceId);
  if (!source) return 'a known report';
  const date = formatDay(source.date);
  return `${source.outlet ? `${source.outlet}, ` : ''}${date} — “${unquote(source.headline)}”`;
}

/** Who made a known claim, as a reader would say it. */
export function claimBy(lookup: DatasetLookup, claim: Claim): string {
  const name = lookup.claimantName(claim);
  return name === 'the reporter' ? 'Stated by the report itself' : `Said by ${name}`;
}

/** A quote without the quotation marks it may already carry (the UI adds its own, once). */
export function unquote(text: string): string {
  const t = text.trim();
  // a closing single quote is an apostrophe ("the militants'") unless the quote also opens with one
  const single = /^[‘'’]/.test(t);
  return t
    .replace(/^["“”‘’'«»„]+/, '')
    .replace(single ? /["“”‘’'«»]+$/ : /["“”«»]+$/, '')
    .trim();
}
