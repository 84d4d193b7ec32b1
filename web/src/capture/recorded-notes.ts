/**
 * A recording's note and chunks through Dexie, once the app has loaded (the recorder writes
 * through idb-notes.ts before that, into the same stores), and the recovery of recordings a closed
 * tab or a crash left "recording".
 */
import { addNoteInOrder, deleteNote, type VoiceTrackDb } from '../data/db.ts';
import type { NoteStore } from './recorder.ts';

/** Hands a recorded note to the outbox, its chunks being its audio (or drops a note with none). */
export async function finishNote(
  db: VoiceTrackDb,
  noteId: string,
  durationMs?: number,
  transcript?: string | null,
  /** « Partagé avec [foyer] » is on: set in the transaction that makes the note due, so it is never sent without it. */
  householdId?: string | null,
): Promise<boolean> {
  return db.transaction('rw', db.notes, db.chunks, async () => {
    // Empty chunks are never written: no chunk, no sound.
    const chunks = await db.chunks.where('noteId').equals(noteId).count();
    if (chunks === 0) {
      await db.notes.delete(noteId);
      return false;
    }
    await db.notes.update(noteId, {
      state: 'recorded',
      // A recovered note's duration is estimated from the chunks: one per second.
      durationMs: durationMs ?? chunks * 1000,
      nextAttemptAt: 0,
      ...(transcript ? { transcript } : {}),
      ...(householdId ? { householdId } : {}),
    });
    return true;
  });
}

/**
 * A note the first screen finished before the app was there (the first screen does not carry
 * the household): the « Partagé avec » choice, set before the app's first flush, and never on a
 * note already tried.
 */
export async function shareEarlyNote(db: VoiceTrackDb, noteId: string, householdId: string): Promise<void> {
  await db.notes
    .where('id')
    .equals(noteId)
    .modify((note) => {
      // A ticket's photo carries the choice made when it was taken (its split is shown from then).
      if (note.householdId === undefined && note.kind !== 'receipt' && note.attempts === 0 && !note.result)
        note.householdId = householdId;
    });
}

/**
 * The recorder's writes through Dexie: the screens that watch the notes (liveQuery) see them.
 * `sharedWith`: the household a finished note is a bill of (« Partagé avec [foyer] »), or null.
 */
export const dexieNoteStore = (
  db: VoiceTrackDb,
  sharedWith: () => string | null = () => null,
): NoteStore => ({
  addNote: async (note) => {
    await addNoteInOrder(db, note);
  },
  putChunk: async (chunk) => {
    await db.chunks.put(chunk);
  },
  finishNote: (noteId, durationMs, transcript) =>
    finishNote(db, noteId, durationMs, transcript, sharedWith()),
  deleteNote: (noteId) => deleteNote(db, noteId),
});

/**
 * Notes left "recording" by a closed tab or a crash become notes with what was said; those this
 * page is recording now (begun on the first screen, before the app loaded) are left alone.
 */
export async function recoverInterruptedRecordings(
  db: VoiceTrackDb,
  recordingHere: ReadonlySet<string> = new Set(),
): Promise<number> {
  const interrupted = await db.notes.where('state').equals('recording').toArray();
  let recovered = 0;
  for (const note of interrupted) {
    // A receipt waits to be read, not to be finished: the page reads it (receipt-actions.ts).
    if (recordingHere.has(note.id) || note.kind === 'receipt') continue;
    if (await finishNote(db, note.id)) recovered++;
  }
  return recovered;
}
