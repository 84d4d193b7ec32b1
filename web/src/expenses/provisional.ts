/**
 * A note's expenses as the page read them before the server answered (the browser's words, or
 * typed ones, through the shared parser): shown at once in the list, "not sent yet", editable.
 * Pure decisions, tested beside: which rows the list shows (a note's own rows, or the server's
 * for it — never both). Loaded with the first note read on the phone. The rows as stored on their
 * note: data/db.ts (`Provisional`); what a change does: provisional-change.ts; how the changes made
 * before the answer become ordinary edits of the server's rows: data/provisional-outbox.ts.
 */
import type { Expense } from '@voicetrack/shared';
import type { Note } from '../data/db.ts';

/** A row of the list: the server's expense, or one read on the phone and not sent yet. */
export type Listed = Expense & { provisional?: true };

/**
 * A note the list shows as its own rows: read, not answered, waiting for the network or the next
 * try, and not deleted by the person. A refused note, or one the server could not read (it took no words from it), shows its card
 * instead, which says why and offers the ways out.
 */
export const showsProvisional = (note: Note): boolean =>
  !!note.provisional &&
  !note.discarded &&
  note.provisional.expenses.some((e) => e !== null) &&
  !note.result &&
  !['done', 'failed', 'recording', 'awaiting_transcription'].includes(note.state);

export const provisionalId = (clientId: string, position: number) => `unsent:${clientId}:${position}`;

/**
 * The server's expenses and the unsent ones, read from one snapshot of the phone's database:
 * a note whose clientId has any row from the server shows those only.
 */
export function withProvisional(expenses: readonly Expense[], notes: readonly Note[]): Listed[] {
  const answered = new Set(expenses.map((e) => e.clientId));
  const unsent: Listed[] = [];
  for (const note of notes) {
    if (!showsProvisional(note) || answered.has(note.id)) continue;
    const at = new Date(note.createdAt).toISOString();
    note.provisional?.expenses.forEach((p, position) => {
      if (!p) return;
      unsent.push({
        ...p,
        id: provisionalId(note.id, position),
        clientId: note.id,
        position,
        transcript: (note.kind === 'voice' ? note.transcript : note.text) ?? null,
        transcriptSource: note.kind === 'voice' ? 'browser' : note.kind === 'receipt' ? 'ocr' : null,
        source: note.kind,
        parsedBy: 'local',
        createdAt: at,
        updatedAt: at,
        provisional: true,
      });
    });
  }
  return [...expenses, ...unsent];
}
