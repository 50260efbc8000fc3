import type { Source } from '../../src/dataset/schema';
import type { CoverageRow, Mark } from './coverage';

const CELL = 24;
const HEAD = 64;

const MARK_TEXT: Record<Mark, string> = {
  reported: 'reports it',
  contradicted: 'contradicts it',
  related: 'touches it',
  absent: 'silent',
};

function Glyph({ mark, x }: { mark: Mark; x: number }) {
  const cx = x + CELL / 2;
  const cy = CELL / 2;
  switch (mark) {
    case 'reported':
      return <circle cx={cx} cy={cy} r={7} class="m-reported" />;
    case 'contradicted':
      return <path d={`M${cx - 6} ${cy - 6} L${cx + 6} ${cy + 6} M${cx + 6} ${cy - 6} L${cx - 6} ${cy + 6}`} class="m-contradicted" />;
    case 'related':
      return <circle cx={cx} cy={cy} r={6} class="m-related" />;
    default:
      return <circle cx={cx} cy={cy} r={2} class="m-absent" />;
  }
}

/**
 * Who said what, at a glance: one row per known claim the page touches, one
 * column per report plus this page. Marks are SVG; each row also carries a
 * text equivalent for screen readers.
 */
export function CoverageMatrix({
  rows,
  sources,
  labelFor,
  describe,
  onSelect,
}: {
  rows: CoverageRow[];
  sources: readonly Source[];
  labelFor: (s: Source) => string;
  /** A source's full name (outlet, date, headline), for the key beneath the matrix. */
  describe?: (s: Source) => string;
  onSelect?: (claimId: string) => void;
}) {
  if (!rows.length) return <p class="muted">No known claim on this page yet: nothing to compare.</p>;
  const columns = [...sources.map((s) => labelFor(s)), 'This page'];
  const width = columns.length * CELL;
  return (
    <>
    <p class="muted small-line">Every known claim this page touches ({rows.length}), and what each report does with it. Choose one to see it on the page.</p>
    <figure class="coverage" aria-label={`Coverage: the ${rows.length} known claims this page touches, in each known report`}>
      <div class="coverage-row coverage-head" aria-hidden="true">
        <span class="statement" />
        <svg width={width} height={HEAD}>
          <rect x={width - CELL} y={0} width={CELL} height={HEAD} class="page-band" />
          {columns.map((label, i) => (
            <text key={label} class={i === columns.length - 1 ? 'col page-col' : 'col'} transform={`translate(${i * CELL + CELL / 2 + 4}, ${HEAD - 4}) rotate(-60)`}>
              {label}
            </text>
          ))}
        </svg>
      </div>
      <ul class="coverage-rows">
        {rows.map((row) => (
          <li key={row.claimId} class="coverage-row" data-claim-id={row.claimId} data-page-mark={row.page}>
            <button type="button" class="statement" title={row.statement} onClick={() => onSelect?.(row.claimId)}>
              {row.statement}
            </button>
            <svg width={width} height={CELL} aria-hidden="true">
              <rect x={width - CELL} y={0} width={CELL} height={CELL} class="page-band" />
              {[...row.sources, row.page].map((mark, c) => (
                <Glyph key={c} mark={mark} x={c * CELL} />
              ))}
            </svg>
            <span class="sr-only">
              {sources.map((s, i) => `${labelFor(s)}: ${MARK_TEXT[row.sources[i]!]}`).join('; ')}; this page: {MARK_TEXT[row.page]}
            </span>
          </li>
        ))}
      </ul>
      <figcaption class="legend-line">
        <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" class="m-reported" /></svg> reports it{' '}
        <svg width="14" height="14" aria-hidden="true"><path d="M2 2 L12 12 M12 2 L2 12" class="m-contradicted" /></svg> contradicts it{' '}
        <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" class="m-related" /></svg> touches it{' '}
        <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="2" class="m-absent" /></svg> silent
      </figcaption>
    </figure>
      {describe && (
        <dl class="source-key">
          {sources.map((s) => (
            <div key={s.id}>
              <dt>{labelFor(s)}</dt>
              <dd>{describe(s)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
