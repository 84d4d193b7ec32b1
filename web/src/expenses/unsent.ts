/**
 * Changes to unsent rows, each sent to the right place: the note while it is unsent, the server's
 * row once the answer is in. Loaded with the first change of an unsent row.
 */
import type { Expense } from '@voicetrack/shared';
import type { VoiceTrackDb } from '../data/db.ts';
import { takeBackDeletes } from '../data/discard.ts';
import { isoWithOffset } from '../data/time.ts';
import type { Listed } from './provisional.ts';
import { changeProvisional, type UnsentChange } from './provisional-change.ts';

/**
 * A change to an unsent row. 'gone': the server answered meanwhile (change its row instead);
 * 'last': a delete of the note's only row (forget the note instead).
 */
export function changeUnsent(
  db: VoiceTrackDb,
  row: { clientId: string; position: number },
  change: UnsentChange,
  now = new Date(),
): Promise<'changed' | 'unchanged' | 'gone' | 'last'> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(row.clientId);
    // (While it is being sent, the change is kept here: the answer's transaction replays it.)
    if (!note?.provisional || note.result || note.state === 'done') return 'gone';
    if (change.kind === 'delete' && note.provisional.expenses.filter(Boolean).length === 1) return 'last';
    const next = changeProvisional(note.provisional, row.position, change, isoWithOffset(now));
    if (!next) return 'unchanged';
    await db.notes.update(row.clientId, { provisional: next });
    return 'changed';
  });
}

/** The server's row at a note's position (an unsent row the answer replaced while it was open). */
const serverRow = async (db: VoiceTrackDb, row: Listed): Promise<Expense | null> =>
  (await db.expenses.where('clientId').equals(row.clientId).toArray()).find(
    (e) => e.position === row.position,
  ) ?? null;

/**
 * An edit or accept of a row: done here when the row is unsent (null), else the server's row to
 * queue the change for (null too when there is none left).
 */
export async function changeRow(
  db: VoiceTrackDb,
  row: Listed,
  change: Exclude<UnsentChange, { kind: 'delete' }>,
): Promise<Expense | null> {
  if ((await changeUnsent(db, row, change)) !== 'gone') return null;
  return serverRow(db, row);
}

/**
 * What deleting an unsent row did: `removed` from its note (with its undo); `last`, it was its
 * note's only row (the caller forgets the note instead, with the note's own undo); `answered`,
 * the answer came first: the server's row to delete (null when there is none).
 */
export type RowRemoval =
  | { kind: 'removed'; undo: () => Promise<boolean> }
  | { kind: 'last' }
  | { kind: 'answered'; expense: Expense | null };

/** Deletes an unsent row (see RowRemoval). */
export async function removeRow(db: VoiceTrackDb, row: Listed): Promise<RowRemoval> {
  const before = (await db.notes.get(row.clientId))?.provisional;
  const done = await changeUnsent(db, row, { kind: 'delete' });
  if (done === 'gone') return { kind: 'answered', expense: await serverRow(db, row) };
  if (done === 'last') return { kind: 'last' };
  return {
    kind: 'removed',
    // Put back as it was while the note is unsent; once its answer landed, the delete of the
    // server's row it became is taken back, until it is sent.
    undo: () =>
      db.transaction('rw', db.notes, db.expenses, db.ops, async () => {
        const note = await db.notes.get(row.clientId);
        if (note?.result) return takeBackDeletes(db, row.clientId, { position: row.position });
        if (!note?.provisional || note.state === 'done' || !before) return false;
        await db.notes.update(row.clientId, { provisional: before });
        return true;
      }),
  };
}
