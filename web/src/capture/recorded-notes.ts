/**
 * A recording's note and chunks through Dexie, once the app has loaded (the recorder writes
 * through idb-notes.ts before that, into the same stores), and the recovery of recordings a closed
 * tab or a crash left "recording".
 */
import { deleteNote, type VoiceTrackDb } from '../data/db.ts';
import type { NoteStore } from './recorder.ts';

/** Hands a recorded note to the outbox, its chunks being its audio (or drops a note with none). */
export async function finishNote(
  db: VoiceTrackDb,
  noteId: string,
  durationMs?: number,
  transcript?: string | null,
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
    });
    return true;
  });
}

/** The recorder's writes through Dexie: the screens that watch the notes (liveQuery) see them. */
export const dexieNoteStore = (db: VoiceTrackDb): NoteStore => ({
  addNote: async (note) => {
    await db.notes.add(note);
  },
  putChunk: async (chunk) => {
    await db.chunks.put(chunk);
  },
  finishNote: (noteId, durationMs, transcript) => finishNote(db, noteId, durationMs, transcript),
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
