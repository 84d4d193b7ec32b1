// The recorder's two writers — the first screen's raw IndexedDB one and Dexie's, over
// fake-indexeddb — held to one contract: a note written by either reads the same through Dexie.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../data/api/client.ts';
import { type Note, openDb, type VoiceTrackDb } from '../data/db.ts';
import { newNote } from '../data/new-note.ts';
import { enqueueReceipt } from '../data/outbox.ts';
import { idbNoteStore } from './idb-notes.ts';
import { dexieNoteStore, recoverInterruptedRecordings, shareEarlyNote } from './recorded-notes.ts';
import type { NoteStore } from './recorder.ts';

const WRITERS: [string, (db: VoiceTrackDb, name: string) => NoteStore][] = [
  ['the first screen’s raw IndexedDB', (_db, name) => idbNoteStore(name)],
  ['Dexie', (db) => dexieNoteStore(db)],
];

const voiceNote = (): Note =>
  newNote({ kind: 'voice', mimeType: 'audio/webm', locale: 'fr-FR', confirm: true, currency: 'EUR' });
const bytes = (...values: number[]) => new Uint8Array(values).buffer;

let n = 0;
let name: string;
let db: VoiceTrackDb;
beforeEach(() => {
  name = `note-store-${++n}`;
  db = openDb(name);
});
afterEach(async () => {
  await db.delete();
});

describe.each(WRITERS)('a recording written by %s', (_writer, make) => {
  it('starts as a "recording" note, not due, with its context', async () => {
    const store = make(db, name);
    const note = voiceNote();
    await store.addNote(note);
    // Put after every note before it (none here): the outbox's order, whichever writer it was.
    expect(await db.notes.get(note.id)).toEqual({ ...note, seq: 1 });
    const next = voiceNote();
    await store.addNote(next);
    expect((await db.notes.get(next.id))?.seq).toBe(2);
    expect(note).toMatchObject({
      state: 'recording',
      kind: 'voice',
      confirm: true,
      currency: 'EUR',
      audio: null,
    });
  });

  it('becomes due once finished, with its duration and the browser’s words, its chunks its audio', async () => {
    const store = make(db, name);
    const note = voiceNote();
    await store.addNote(note);
    await store.putChunk({ noteId: note.id, seq: 0, data: bytes(1, 2) });
    await store.putChunk({ noteId: note.id, seq: 1, data: bytes(3) });
    expect(await store.finishNote(note.id, 2100, 'douze euros')).toBe(true);
    expect(await db.notes.get(note.id)).toEqual({
      ...note,
      seq: 1,
      state: 'recorded',
      durationMs: 2100,
      nextAttemptAt: 0,
      transcript: 'douze euros',
    });
    const chunks = await db.chunks.where('noteId').equals(note.id).sortBy('seq');
    expect(chunks.map((c) => [...new Uint8Array(c.data)])).toEqual([[1, 2], [3]]);
  });

  it('counts a second per chunk when the duration is unknown, and adds no words when none were heard', async () => {
    const store = make(db, name);
    const note = voiceNote();
    await store.addNote(note);
    for (const seq of [0, 1, 2]) await store.putChunk({ noteId: note.id, seq, data: bytes(seq) });
    await store.finishNote(note.id, undefined, null);
    const finished = await db.notes.get(note.id);
    expect(finished?.durationMs).toBe(3000);
    expect(finished && 'transcript' in finished).toBe(false);
  });

  it('drops a note with no sound (no chunk) when finished', async () => {
    const store = make(db, name);
    const note = voiceNote();
    await store.addNote(note);
    expect(await store.finishNote(note.id, 300)).toBe(false);
    expect(await db.notes.get(note.id)).toBeUndefined();
  });

  it('forgets a cancelled note and its audio, and only its own', async () => {
    const store = make(db, name);
    const [cancelled, kept] = [voiceNote(), voiceNote()];
    for (const note of [cancelled, kept]) {
      await store.addNote(note);
      await store.putChunk({ noteId: note.id, seq: 0, data: bytes(9) });
      await store.putChunk({ noteId: note.id, seq: 1, data: bytes(8) });
    }
    await store.deleteNote(cancelled.id);
    expect(await db.notes.get(cancelled.id)).toBeUndefined();
    expect(await db.chunks.where('noteId').equals(cancelled.id).count()).toBe(0);
    expect(await db.chunks.where('noteId').equals(kept.id).count()).toBe(2);
  });
});

describe('recovering interrupted recordings', () => {
  it('finishes what a closed tab left "recording", but not a note this page is recording now', async () => {
    const store = idbNoteStore(name);
    const [closedTab, goingOn] = [voiceNote(), voiceNote()];
    for (const note of [closedTab, goingOn]) {
      await store.addNote(note);
      await store.putChunk({ noteId: note.id, seq: 0, data: bytes(1) });
    }
    expect(await recoverInterruptedRecordings(db, new Set([goingOn.id]))).toBe(1);
    expect((await db.notes.get(closedTab.id))?.state).toBe('recorded');
    expect((await db.notes.get(goingOn.id))?.state).toBe('recording');
  });
});

describe('« Partagé avec [foyer] » on a recorded note', () => {
  const HOME = 'b0000000-0000-4000-8000-000000000001';
  it('is set by the transaction that makes the note due, so it is never sent without it', async () => {
    const store = dexieNoteStore(db, () => HOME);
    const note = voiceNote();
    await store.addNote(note);
    await store.putChunk({ noteId: note.id, seq: 0, data: bytes(1) });
    await store.finishNote(note.id, 1000);
    expect(await db.notes.get(note.id)).toMatchObject({ state: 'recorded', householdId: HOME });
  });

  it('reaches a note the first screen finished, never one already tried', async () => {
    const early = voiceNote();
    const tried = { ...voiceNote(), attempts: 1 };
    await db.notes.bulkAdd([early, tried]);
    await shareEarlyNote(db, early.id, HOME);
    await shareEarlyNote(db, tried.id, HOME);
    expect((await db.notes.get(early.id))?.householdId).toBe(HOME);
    expect((await db.notes.get(tried.id))?.householdId).toBeUndefined();
  });

  it('is carried by a ticket’s photo taken while it is on, and sent with it; never stamped on one afterwards', async () => {
    const photo = { data: bytes(0xff, 0xd8, 0xff), mimeType: 'image/jpeg', locale: 'fr-FR', confirm: false };
    const shared = await enqueueReceipt(db, { ...photo, householdId: HOME });
    const personal = await enqueueReceipt(db, photo);
    expect(shared.householdId).toBe(HOME);
    // Sharing switched on while the other was being read: it stays the personal ticket it was.
    await shareEarlyNote(db, personal.id, HOME);
    expect((await db.notes.get(personal.id))?.householdId).toBeUndefined();
    const sent: FormData[] = [];
    const api = createApiClient({
      baseUrl: 'https://voicetrack.test',
      fetch: async (input, init) => {
        sent.push(await new Request(input, init).formData());
        return new Response('{}', { status: 503, headers: { 'content-type': 'application/json' } });
      },
    });
    await api.sendNote(shared, [photo.data]);
    await api.sendNote(personal, [photo.data]);
    expect(sent.map((f) => f.get('householdId'))).toEqual([HOME, null]);
  });
});
