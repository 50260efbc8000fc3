import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isClaimNote } from '../dataset/notes';
import { createAnnotationStore } from './annotation-store';
import { createClaimNotesReader } from './claim-notes';
import { CrosscheckDatabase } from './database';
import { sampleAnnotations } from './sample-annotations';

let db: CrosscheckDatabase;
let claimNotes: ReturnType<typeof createClaimNotesReader>;
let n = 0;
const sample = sampleAnnotations(40, { seed: 11 });
const expected = () => sample.filter(isClaimNote).length;

beforeEach(async () => {
  db = new CrosscheckDatabase(`claim-notes-test-${++n}-${Date.now()}`);
  claimNotes = createClaimNotesReader(db);
  await db.annotations.bulkAdd(sample);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the reader’s notes as known claims, read once until the notes change', () => {
  it('reads the notes that count as claims, and answers again from memory while nothing is written', async () => {
    const first = await claimNotes();
    expect(expected()).toBeGreaterThan(0);
    expect(first).toHaveLength(expected());
    expect(await claimNotes()).toBe(first);
  });

  it('sees every kind of write: save, edit, delete, bulk delete, import', async () => {
    const store = createAnnotationStore(db);
    const before = await claimNotes();
    const extra = { ...sample[0]!, id: 'fresh-note-1', quote: 'Russian jets struck targets near Raqqa for the fourth day running', claimId: undefined };
    await db.annotations.add(extra);
    const afterAdd = await claimNotes();
    expect(afterAdd.map((a) => a.id)).toContain('fresh-note-1');
    expect(afterAdd).toHaveLength(before.length + 1);

    await db.annotations.update('fresh-note-1', { quote: 'too short' });
    expect((await claimNotes()).map((a) => a.id)).not.toContain('fresh-note-1');

    const victim = afterAdd.find((a) => a.id !== 'fresh-note-1')!;
    await store.remove(victim.id);
    expect((await claimNotes()).map((a) => a.id)).not.toContain(victim.id);

    await db.annotations.clear();
    expect(await claimNotes()).toHaveLength(0);
    await db.annotations.bulkAdd(sample);
    expect(await claimNotes()).toHaveLength(expected());
  });

  it('skips a damaged row instead of failing the whole list', async () => {
    await db.annotations.put({ id: 'broken', urlKey: 'x.example/a' } as never);
    expect(await claimNotes()).toHaveLength(expected());
  });
});
