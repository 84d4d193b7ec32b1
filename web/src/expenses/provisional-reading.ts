/**
 * Reads a note's words as the server would with no model to ask (shared/'s local-only rule), in
 * the note's own time, place and currency, with what the person taught the parser (cached from
 * GET /api/learned) and their largest recent expense from the phone's copy. Loaded on first use,
 * with the parser: never on the first screen.
 */
import { type Expense, type LearnedWord, localDate } from '@voicetrack/shared';
import {
  awaitingConfirmation,
  largestRecentCents,
  readLocally,
  settleLocally,
} from '@voicetrack/shared/parser';
import type { Note, Provisional, VoiceTrackDb } from '../data/db.ts';
import { cachedLearned } from '../data/learned-cache.ts';

/** The currency when neither the note nor the settings name one (the server's usual default). */
export const FALLBACK_CURRENCY = 'EUR';

/** The note's expenses as read here; null when its words hold none (its card stays instead). */
export function readProvisional(
  note: Note,
  known: { memory: readonly LearnedWord[]; expenses: readonly Expense[] },
): Provisional | null {
  const text = (note.kind === 'text' ? note.text : note.transcript)?.trim();
  if (!text) return null;
  const now = new Date(note.recordedAt);
  const currency = note.currency ?? FALLBACK_CURRENCY;
  const largest = largestRecentCents(known.expenses, currency, localDate(now, note.timezone));
  const local = readLocally(text, {
    now,
    timeZone: note.timezone,
    currency,
    locale: note.locale,
    ...(known.memory.length ? { memory: known.memory } : {}),
    ...(largest ? { largestRecentCents: largest } : {}),
    ...(note.asExpense ? { asExpense: true } : {}),
  });
  // The server may have a model to ask; the page never does: the local-only rule, as offline.
  const settled = settleLocally(text, local, false);
  if (!settled || settled.expenses.length === 0) return null;
  const { expenses } = awaitingConfirmation(settled, note.confirm);
  return { expenses: expenses.map(({ parsedBy: _by, ...e }) => e), changes: [] };
}

/** Keeps a note's reading, unless the server answered it first (then its rows are the server's). */
export function keepProvisional(
  db: VoiceTrackDb,
  noteId: string,
  provisional: Provisional,
): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    if (!note || note.result || note.state === 'done' || note.provisional) return false;
    await db.notes.update(noteId, { provisional });
    return true;
  });
}

/** Reads a saved note and shows its expenses at once; false when it has no words to read yet. */
export async function showUnsent(db: VoiceTrackDb, noteId: string): Promise<boolean> {
  const note = await db.notes.get(noteId);
  if (!note || note.result || note.state === 'done') return false;
  if (!(note.kind === 'text' ? note.text : note.transcript)) return false;
  const [memory, expenses] = await Promise.all([cachedLearned(db), db.expenses.toArray()]);
  const provisional = readProvisional(note, { memory, expenses });
  return provisional !== null && keepProvisional(db, noteId, provisional);
}
