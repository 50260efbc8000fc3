import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../src/annotations/model';
import type { PageInfo } from '../shared/messages';
import type { PopupApi } from './api';
import { AnnotationList } from './AnnotationList';
import { SiteSwitch } from './SiteSwitch';
import { siteKey } from '../shared/settings';

type State =
  | { status: 'loading' }
  | { status: 'unsupported' }
  | { status: 'error'; message: string }
  | { status: 'ready'; page: PageInfo; annotations: Annotation[]; orphaned: string[] };

export function App({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    (async () => {
      const current = await api.currentPage();
      if (!current) return live && setState({ status: 'unsupported' });
      const [annotations, orphaned] = await Promise.all([api.listAnnotations(current.page.urlKey), api.orphanedIds(current.tabId)]);
      if (live) setState({ status: 'ready', page: current.page, annotations, orphaned });
    })().catch((error: Error) => live && setState({ status: 'error', message: error.message }));
    return () => {
      live = false;
    };
  }, [api]);

  async function remove(id: string) {
    if (state.status !== 'ready') return;
    try {
      await api.deleteAnnotation(id);
      setState({ ...state, annotations: state.annotations.filter((a) => a.id !== id) });
    } catch (error) {
      setState({ status: 'error', message: (error as Error).message });
    }
  }

  return (
    <>
      <header class="bar">
        <img src="../icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Crosscheck</h1>
        {api.openLibrary && (
          <button type="button" class="library-link" style={{ marginLeft: 'auto' }} onClick={() => api.openLibrary?.()} title="All your notes: search, export, import">
            Library
          </button>
        )}
      </header>
      {state.status === 'loading' && <p class="muted">Reading this page…</p>}
      {state.status === 'unsupported' && <p class="muted">Crosscheck does not run on this page. Open a news article to see its actors, claims and your notes.</p>}
      {state.status === 'error' && <p role="alert" class="error">{state.message}</p>}
      {state.status === 'ready' && (
        <SiteSwitch page={state.page} site={siteKey(state.page.url)} onChange={(on) => api.setSiteEnabled(siteKey(state.page.url), on)} />
      )}
      {state.status === 'ready' && state.page.state === 'off' && <p class="muted">Crosscheck is switched off on this site.</p>}
      {state.status === 'ready' && state.page.state === 'idle' && <p class="muted">This page does not look like a news article, so Crosscheck is not marking it.</p>}
      {state.status === 'ready' && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">
            Your notes on this page <span class="count">{state.annotations.length}</span>
          </h2>
          <AnnotationList annotations={state.annotations} orphaned={state.orphaned} onDelete={remove} />
        </section>
      )}
    </>
  );
}
