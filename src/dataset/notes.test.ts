import { describe, expect, it } from 'vitest';
import { bundledInfo, combineDatasets } from './collection';
import { dataset as bundled } from './index';
import { annotationIdOf, isClaimNote, notesDataset } from './notes';
import { validateDataset } from './validate';
import { createEngine } from '../engine/index';

const note = (over: Partial<Parameters<typeof isClaimNote>[0]> = {}) => ({
  id: 'Abc_def-12345',
  quote: 'Turkey says Russia flew 14 drones into Turkish airspace near Kilis on Sunday.',
  urlKey: 'news.example.com/a',
  title: 'Turkey protests over drones',
  created: Date.UTC(2015, 9, 5),
  ...over,
});

describe('my notes as known claims', () => {
  it('takes notes that quote a sentence or link a claim; names, short phrases and the asking page are left out', () => {
    expect(isClaimNote(note())).toBe(true);
    expect(isClaimNote(note({ quote: 'Kilis' }))).toBe(false);
    expect(isClaimNote(note({ quote: 'Kilis', claimId: 'mod-ten-sorties-overnight' }))).toBe(true);
    const entry = notesDataset([note(), note({ id: 'other-note-1', quote: 'Raqqa' })])!;
    expect(entry.dataset.claims).toHaveLength(1);
    expect(entry.info).toMatchObject({ id: 'my-notes', name: 'My notes', format: 'notes', claims: 1, from: '2015-10-05' });
    expect(entry.dataset.sources[0]).toMatchObject({ headline: 'Turkey protests over drones', date: '2015-10-05' });
    expect(annotationIdOf(entry.dataset.sources[0]!.id)).toBe('Abc_def-12345');
    expect(() => validateDataset(entry.dataset)).not.toThrow();
    expect(notesDataset([note()], { excludeUrlKey: 'news.example.com/a' })).toBeNull();
  });

  it('carries no note text or tags', () => {
    const entry = notesDataset([{ ...note(), note: 'my private thought', tags: ['secret'] } as ReturnType<typeof note>])!;
    expect(JSON.stringify(entry)).not.toMatch(/private thought|secret/);
  });

  it('a page that says it again corroborates the note; another figure contradicts it', () => {
    const entry = notesDataset([note()])!;
    const c = combineDatasets([{ info: bundledInfo(bundled), dataset: bundled }, entry]);
    const engine = createEngine(c.dataset, { datasetOf: c.datasetOf });
    const same = engine.analyzeText('Russia flew 14 drones into Turkish airspace near Kilis on Sunday, Turkey says.').claims[0]!.matches[0]!;
    expect(same).toMatchObject({ relation: 'corroborates', dataset: 'my-notes', claimId: 'my-notes:note-1' });
    const other = engine.analyzeText('Ankara said Russia sent 40 drones over the border near Kilis on Sunday.').claims[0]!.matches[0]!;
    expect(other).toMatchObject({ relation: 'contradicts', dataset: 'my-notes' });
  });
});
