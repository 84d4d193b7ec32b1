/**
 * A note the person deletes (its card, or its last row), and the undo. The server may have it
 * already — its answer on its way, or lost — so a note that may be there is kept, marked, until its
 * answer says which rows to delete (provisional-outbox.ts, landAnswer, in the page or the worker).
 */
import type { Expense } from '@voicetrack/shared';
import { deleteNote, type Op, type VoiceTrackDb } from './db.ts';
import { enqueueOp, takeBack } from './expense-changes.ts';
import { mayBeOnServer } from './outbox-machine.ts';
import { isoWithOffset } from './time.ts';

/**
 * The person deleted a note (its card, or its last row): resolves with the undo, false once there
 * is nothing left to put back. A note the server cannot have is forgotten with its audio, and the
 * undo (held in memory only: once the page is gone, so is the note, as asked) puts both back; so
 * is one answered with no expense (the server counts nothing of it). One it may have
 * (mayBeOnServer) stays, marked `discarded`, for its answer: its rows are deleted once the undo
 * window is over, never shown (flush.ts); so does one answered meanwhile, its rows deleted now.
 * Read and decided in one transaction with the flush's own claim of the note: a note either goes
 * out or is forgotten, never both.
 */
export async function discard(
  db: VoiceTrackDb,
  noteId: string,
  now = new Date(),
): Promise<() => Promise<boolean>> {
  return db.transaction('rw', [db.notes, db.chunks, db.expenses, db.ops], async () => {
    const note = await db.notes.get(noteId);
    if (!note) return async () => false;
    // Answered already (between the person's tap and now, or a card of words with no expense):
    // its rows, if any, are deleted from here.
    const rows = note.result ? await db.expenses.where('clientId').equals(noteId).toArray() : [];
    if (rows.length > 0 || (!note.result && mayBeOnServer(note))) {
      await db.notes.update(noteId, { discarded: { at: isoWithOffset(now) } });
      await deleteRowsOfDiscarded(db, rows, now);
      return () => undiscard(db, noteId);
    }
    const chunks = await db.chunks.where('noteId').equals(noteId).toArray();
    await deleteNote(db, noteId);
    return () =>
      db.transaction('rw', db.notes, db.chunks, async () => {
        await db.notes.put(note);
        await db.chunks.bulkPut(chunks);
        return true;
      });
  });
}

/**
 * The rows of a note the person deleted whole (its answer's, in the copy), each deleted as of
 * then: shown no more, sent once the undo window is over, taken back together by its undo.
 */
export async function deleteRowsOfDiscarded(
  db: VoiceTrackDb,
  rows: readonly Expense[],
  at: Date,
): Promise<void> {
  for (const expense of rows) {
    const op = await enqueueOp(db, { kind: 'delete', expense }, at);
    if (op) await db.ops.update(op.id, { ofDiscardedNote: true });
  }
}

/**
 * Takes back a discard of a note that may be on the server: before its answer, the mark goes;
 * after, the deletes of its rows not sent yet are taken back (its rows as they were).
 */
function undiscard(db: VoiceTrackDb, noteId: string): Promise<boolean> {
  return db.transaction('rw', db.notes, db.expenses, db.ops, async () => {
    const note = await db.notes.get(noteId);
    if (!note?.discarded) return false;
    const back = note.result ? await takeBackDeletes(db, noteId, 'note') : true;
    if (back) await db.notes.update(noteId, { discarded: undefined });
    return back;
  });
}

/**
 * Takes back the deletes queued for a note's rows when its answer landed, not sent yet: the rows
 * as they were. Only those of one change: the row at `position` (a row of several deleted), or
 * the note's rows when it was deleted whole (`note`; not a row of it deleted before, with an undo
 * of its own). false when there was none left to take back.
 */
export function takeBackDeletes(
  db: VoiceTrackDb,
  clientId: string,
  which: { position: number } | 'note',
): Promise<boolean> {
  const ofIt = (op: Op) =>
    which === 'note' ? !!op.ofDiscardedNote : !op.ofDiscardedNote && op.before.position === which.position;
  return db.transaction('rw', db.expenses, db.ops, async () => {
    const deletes = (await db.ops.where('state').equals('recorded').toArray()).filter(
      (op) => op.kind === 'delete' && op.before.clientId === clientId && ofIt(op),
    );
    for (const op of deletes) await takeBack(db, op);
    return deletes.length > 0;
  });
}
