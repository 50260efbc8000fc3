import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnnotationPatch } from '../../src/annotations/model';
import type { Source } from '../../src/dataset/schema';
import { sourceLine } from '../shared/explain';
import { siteKey } from '../shared/sites';
import type { PopupApi } from './api';
import { ActorList } from './ActorList';
import { BackupReminder } from './BackupReminder';
import { AnnotationList } from './AnnotationList';
import { ClaimList } from './ClaimList';
import { CoverageMatrix } from './CoverageMatrix';
import { coverageRows } from './coverage';
import { loadPageData, type PageData } from './data';
import { knowledge as bundledKnowledge, type Knowledge } from './knowledge';
import { Legend } from './Legend';
import { SiteSwitch } from './SiteSwitch';
import { Tabs } from './Tabs';
import { HighlightSwitches } from './HighlightSwitches';
import { Verdict } from './Verdict';
import { unreadMessage } from './unread';

type State = { status: 'loading' } | { status: 'error'; message: string } | PageData;

export interface AppProps {
  api: PopupApi;
  /** The page's data, when the caller started loading it already (main.tsx does, before the first render). */
  data?: Promise<PageData>;
  /** The dataset's lookups (default: the bundled dataset's). */
  knowledge?: Knowledge;
  /** The lookups over the bundled and the enabled imported datasets, when main.tsx asked the worker for them. */
  imported?: Promise<Knowledge>;
}

/** Short column labels for the coverage matrix: the outlet, or the headline's first words (the key beneath names each in full). */
function sourceColumn(source: Source): string {
  if (source.outlet) return source.outlet;
  const words = source.headline.split(/\s+/);
  return words.length > 2 ? `${words.slice(0, 2).join(' ')}…` : source.headline;
}

export function App({ api, data, knowledge: given = bundledKnowledge, imported }: AppProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tab, setTab] = useState('claims');
  // Started once, on the first render: the backup reminder below waits for it.
  const [pending] = useState(() => data ?? loadPageData(api));
  const [knowledge, setKnowledge] = useState(given);
  const { lookup, sources } = knowledge;

  useEffect(() => {
    let live = true;
    // the page's claims are shown once the datasets they may match are known (both calls leave together)
    const known = (imported ?? Promise.resolve(given)).catch(() => given);
    Promise.all([pending, known]).then(
      ([page, k]) => {
        if (!live) return;
        setKnowledge(k);
        setState(page);
      },
      (error: Error) => live && setState({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [pending, imported, given]);

  const rows = useMemo(() => (state.status === 'ready' ? coverageRows(state.analysis.claims, lookup, sources) : []), [state, lookup, sources]);

  async function remove(id: string) {
    if (state.status !== 'ready') return;
    try {
      await api.deleteAnnotation(id);
      setState({ ...state, annotations: state.annotations.filter((a) => a.id !== id) });
    } catch (error) {
      setState({ status: 'error', message: (error as Error).message });
    }
  }

  async function save(id: string, patch: AnnotationPatch) {
    if (state.status !== 'ready') return;
    const base = state.annotations.find((a) => a.id === id)?.updated ?? 0;
    const updated = await api.updateAnnotation(id, patch, base);
    setState({ ...state, annotations: state.annotations.map((a) => (a.id === id ? updated : a)) });
  }

  const header = (
    <header class="bar">
      <img src="../icons/icon-32.png" alt="" width={20} height={20} />
      <h1>Crosscheck</h1>
      <button type="button" class="link" onClick={() => void api.openLibrary()}>
        Library
      </button>
    </header>
  );

  // The storage status counts the annotations stored (and, once per worker life, reads every one):
  // asked after the frame that paints the page's data, so neither its work nor its answer delays that frame (ADR 0365).
  const afterPageData = () => pending.then(noop, noop).then(afterNextPaint).then(() => api.storageStatus());
  const reminder = <BackupReminder load={afterPageData} onOpenLibrary={() => void api.openLibrary()} onDismissEviction={() => api.dismissEviction()} />;

  if (state.status !== 'ready') {
    return (
      <>
        {header}
        {reminder}
        {state.status === 'loading' && <p class="muted">Reading this page…</p>}
        {state.status === 'unsupported' && <p class="muted">Crosscheck does not run on this page. Open a news article to see its actors, claims and your notes.</p>}
        {state.status === 'error' && (
          <p role="alert" class="error">
            {state.message}
          </p>
        )}
      </>
    );
  }

  const { page, analysis, tabId } = state;
  const site = siteKey(page.url);

  return (
    <>
      {header}
      {reminder}
      <Verdict claims={analysis.claims} onReveal={(c) => void api.reveal(tabId, c.start, c.end)} />
      {page.state === 'ready' && <HighlightSwitches site={site} load={(s) => api.layerPrefs(s)} save={(s, p) => api.setLayerPrefs(s, p)} />}
      <SiteSwitch page={page} site={site} onChange={(on) => api.setSiteEnabled(site, on)} />
      {page.state === 'off' && <p class="muted">Crosscheck is switched off on this site.</p>}
      {page.state === 'idle' && <p class="muted">This page does not look like a news article, so Crosscheck is not marking it.</p>}
      {page.unavailable?.length ? (
        <p role="status" class="error">
          {unreadMessage(page.unavailable)}
        </p>
      ) : null}
      <Tabs
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'claims', label: `Claims (${analysis.claims.length})`, render: () => <ClaimList claims={analysis.claims} lookup={lookup} onReveal={(c) => void api.reveal(tabId, c.start, c.end)} {...(api.getAnnotation ? { loadNote: (id: string) => api.getAnnotation!(id) } : {})} /> },
          {
            id: 'coverage',
            label: 'Coverage',
            render: () => (
              <CoverageMatrix
                rows={rows}
                sources={sources}
                labelFor={sourceColumn}
                describe={(s) => sourceLine(lookup, s.id)}
                onSelect={(claimId) => {
                  const claim = analysis.claims.find((c) => c.matches.some((m) => m.claimId === claimId));
                  if (claim) void api.reveal(tabId, claim.start, claim.end);
                }}
              />
            ),
          },
          { id: 'actors', label: `Actors (${analysis.actors.length})`, render: () => <ActorList actors={analysis.actors} onStep={(a) => void api.nextMention(tabId, a.id)} /> },
          {
            id: 'notes',
            label: `Notes (${state.annotations.length})`,
            render: () => (
              <AnnotationList
                annotations={state.annotations}
                orphaned={state.orphaned}
                claimsOf={analysis.annotationClaims}
                lookup={lookup}
                onDelete={remove}
                onSave={save}
                onJump={(a) => void api.revealAnnotation(tabId, a)}
              />
            ),
          },
          { id: 'legend', label: 'Legend', render: () => <Legend /> },
        ]}
      />
    </>
  );
}

function noop(): void {}

/**
 * Resolves after the next frame is painted (a task queued from its animation
 * frame callback runs after the paint), or after 100 ms where no frame comes
 * (a popup page opened in a background tab gets none).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    const later = () => setTimeout(() => (clearTimeout(fallback), resolve()), 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
    else later();
  });
}
