/**
 * One page, one session: the article's text model, its highlight layers and
 * the reader's annotations on it. Annotations are held as text offsets and
 * drawn as StaticRanges, so drawing one never disturbs another.
 */
import { anchor, describe } from '../../src/anchoring';
import type { Annotation, NewAnnotation } from '../../src/annotations/model';
import { documentUrlKey } from '../../src/page/url-key';
import { buildTextModel, findArticleRoot, type TextModel } from '../../src/text/model';
import { callWorker } from '../shared/client';
import type { PageInfo } from '../shared/messages';
import { findActorMentions } from './actor-scan';
import { createHighlighter, type RangeSpec } from './highlighter';
import { answerPageCalls } from './page-calls';
import { installHighlightStyles } from './page-style';
import { readSelection, type TextSelection } from './selection';
import { createAnnotateToolbar, type AnnotationDraft } from './ui/annotate-toolbar';
import { createUiHost } from './ui/host';

const LAYER_STYLES = [
  { layer: 'actor-person', css: 'background-color: rgba(255, 196, 0, 0.28); text-decoration: underline 2px rgba(176, 120, 0, 0.9);' },
  { layer: 'actor-group', css: 'background-color: rgba(255, 99, 71, 0.18); text-decoration: underline dotted 2px rgba(190, 50, 30, 0.9);' },
  { layer: 'actor-place', css: 'background-color: rgba(64, 160, 255, 0.16); text-decoration: underline dashed 1px rgba(20, 90, 180, 0.9);' },
  { layer: 'annotation', css: 'background-color: rgba(255, 230, 0, 0.55); color: inherit;' },
];

interface Anchored {
  annotation: Annotation;
  start: number;
  end: number;
}

export async function startSession(doc: Document = document): Promise<void> {
  const highlighter = createHighlighter();
  installHighlightStyles(highlighter, LAYER_STYLES, doc);

  const model: TextModel = buildTextModel(findArticleRoot(doc));
  let anchored: Anchored[] = [];
  const orphans: Annotation[] = [];

  const pageInfo = (): PageInfo => ({
    url: location.href,
    urlKey: documentUrlKey(location.href, doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href),
    title: doc.title,
  });

  const ranges = (spans: readonly { start: number; end: number }[]): RangeSpec[] =>
    spans.map((s) => model.rangeFor(s.start, s.end)).filter((r): r is RangeSpec => r !== null);

  function drawActors() {
    const mentions = findActorMentions(model.text);
    for (const type of ['person', 'group', 'place'] as const) {
      highlighter.draw(`actor-${type}`, ranges(mentions.filter((m) => m.type === type)));
    }
  }

  function drawAnnotations() {
    highlighter.draw('annotation', ranges(anchored));
  }

  async function loadAnnotations() {
    const saved = await callWorker('annotations/list', { urlKey: pageInfo().urlKey });
    anchored = [];
    orphans.length = 0;
    for (const annotation of saved) {
      const found = anchor(model.text, annotation.selectors);
      if (found) anchored.push({ annotation, start: found.start, end: found.end });
      else orphans.push(annotation);
    }
    drawAnnotations();
  }

  async function save(selection: TextSelection, draft: AnnotationDraft) {
    const { quote, position } = describe(model.text, selection.start, selection.end);
    const page = pageInfo();
    const input: NewAnnotation = {
      url: page.url,
      urlKey: page.urlKey,
      title: page.title,
      selectors: position ? [quote, position] : [quote],
      note: draft.note,
      tags: draft.tags,
    };
    const annotation = await callWorker('annotations/create', { annotation: input });
    anchored.push({ annotation, start: selection.start, end: selection.end });
    drawAnnotations();
  }

  const ui = createUiHost(doc);
  let pending: TextSelection | null = null;
  const toolbar = createAnnotateToolbar(ui, async (draft) => {
    if (!pending) throw new Error('The selection was lost; select the text again.');
    await save(pending, draft);
    doc.getSelection()?.removeAllRanges();
    pending = null;
  });

  doc.addEventListener('mouseup', (event) => {
    if (ui.contains(event)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      const selection = readSelection(model);
      if (selection) {
        pending = selection;
        toolbar.offer(selection.rect, selection.quote);
      } else if (!toolbar.open || !pending) {
        toolbar.hide();
      }
    });
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toolbar.hide();
  });

  answerPageCalls(pageInfo);
  drawActors();
  await loadAnnotations();
  doc.documentElement.dataset.crosscheck = 'ready';
}
