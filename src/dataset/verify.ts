/**
 * Checks a dataset's evidence against the report texts it cites. Pure: the
 * caller supplies the texts (read from disk in Node, or from a page).
 */
import type { Dataset } from './schema';

export interface EvidenceProblem {
  /** Path of the offending field, e.g. `claims[3].evidence[0]`. */
  path: string;
  source: string;
  message: string;
}

/**
 * Every way the dataset's evidence disagrees with `reports` (file name →
 * full text): a source without a text, offsets outside the text, a quote that
 * is not the text between its offsets. An empty list means every quote sits
 * exactly where the dataset says.
 */
export function verifyEvidence(dataset: Dataset, reports: Record<string, string>): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  dataset.sources.forEach((source, i) => {
    if (typeof reports[source.id] !== 'string') {
      problems.push({ path: `sources[${i}]`, source: source.id, message: `no report text supplied for source "${source.id}"` });
    }
  });
  dataset.claims.forEach((claim, ci) => {
    claim.evidence.forEach((ev, ei) => {
      const path = `claims[${ci}].evidence[${ei}]`;
      const text = reports[ev.source];
      if (typeof text !== 'string') {
        if (!dataset.sources.some((s) => s.id === ev.source)) {
          problems.push({ path, source: ev.source, message: `claim "${claim.id}" cites unknown source "${ev.source}"` });
        }
        return;
      }
      if (ev.end > text.length || ev.start >= ev.end) {
        problems.push({ path, source: ev.source, message: `claim "${claim.id}": offsets ${ev.start}-${ev.end} fall outside the report (${text.length} characters)` });
        return;
      }
      const actual = text.slice(ev.start, ev.end);
      if (actual !== ev.quote) {
        const at = text.indexOf(ev.quote);
        const hint = at === -1 ? 'the quote does not occur in the report' : `the quote occurs at ${at}-${at + ev.quote.length}`;
        problems.push({
          path,
          source: ev.source,
          message: `claim "${claim.id}": text at ${ev.start}-${ev.end} is ${JSON.stringify(actual)}, not the quote ${JSON.stringify(ev.quote)}; ${hint}`,
        });
      }
    });
  });
  return problems;
}

export const formatProblem = (p: EvidenceProblem) => `${p.path} (${p.source}): ${p.message}`;
