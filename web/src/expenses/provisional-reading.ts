/**
 * Reads a note's words as the server would with no model to ask (shared/'s local-only rule), in
 * the note's own time, place and currency, with what the person taught the parser (cached from
 * GET /api/learned) and their largest recent expense from the phone's copy. Loaded on first use,
 * with the parser: never on the first screen.
 */
import { type Expense, type Household, type LearnedWord, localDate } from '@voicetrack/shared';
import {
  awaitingConfirmation,
  largestRecentCents,
  readLocally,
  settleLocally,
} from '@voicetrack/shared/parser';
import { rememberedHouseholds } from '../base/household-memory.ts';
import type { Note, Provisional, ProvisionalExpense, VoiceTrackDb } from '../data/db.ts';
import type { LEARNED_KEY } from '../data/learned-cache.ts';
import { shareProvisional } from './provisional-share.ts';

/** The currency when neither the note nor the settings name one (the server's usual default). */
export const FALLBACK_CURRENCY = 'EUR';

/** What a reading needs of a note (a typed preview has no more than this). */
export type NoteWords = Pick<
  Note,
  | 'kind'
  | 'text'
  | 'transcript'
  | 'recordedAt'
  | 'timezone'
  | 'locale'
  | 'currency'
  | 'confirm'
  | 'asExpense'
  | 'householdId'
>;

/** What the phone knows of the person: taught words, recent expenses, the households it remembers. */
export interface Known {
  memory: readonly LearnedWord[];
  expenses: readonly Expense[];
  households?: readonly Household[];
}

/** The taught words as last read from the server (learned-cache.ts); none before the first read. */
async function cachedLearned(db: VoiceTrackDb): Promise<LearnedWord[]> {
  // The key written there, as a type only: a value imported from it would fetch its chunk here.
  const key: typeof LEARNED_KEY = 'learned';
  const kept = (await db.meta.get(key))?.value;
  return Array.isArray(kept) ? (kept as LearnedWord[]) : [];
}

/** What the phone knows of the person now: the taught words as last cached, its expenses, its households. */
export async function knownOf(db: VoiceTrackDb): Promise<Known> {
  const [memory, expenses] = await Promise.all([cachedLearned(db), db.expenses.toArray()]);
  return { memory, expenses, households: rememberedHouseholds() };
}

/** The note's household, when the phone knows it (the note may be another's than the one shown). */
export const householdOf = (note: Pick<Note, 'householdId'>, known: Known): Household | null =>
  known.households?.find((h) => h.id === note.householdId) ?? null;

/**
 * The note's expenses as read here; null when its words hold none (its card stays instead), or
 * when it is a receipt's photo, whose OCR text receipt-reading.ts reads.
 */
export function readProvisional(note: NoteWords, known: Known): Provisional | null {
  const text = (note.kind === 'voice' ? note.transcript : note.text)?.trim();
  if (!text || note.kind === 'receipt') return null;
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
    // A household's bill: the amount said is the whole bill, never the speaker's part.
    ...(note.householdId ? { wholeBill: true } : {}),
  });
  // The server may have a model to ask; the page never does: the local-only rule, as offline.
  const settled = settleLocally(text, local, false);
  if (!settled || settled.expenses.length === 0) return null;
  const { expenses } = awaitingConfirmation(settled, note.confirm);
  const rows = expenses.map(({ parsedBy: _by, ...e }) => e);
  if (!note.householdId) return { expenses: rows, changes: [] };
  return { expenses: shareProvisional(rows, text, note.householdId, householdOf(note, known)), changes: [] };
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

/**
 * Reads a saved note and shows its expenses at once; false when it has no words to read yet, or
 * when it is a receipt's photo, whose reading receipt-actions.ts keeps before handing it here
 * (receipt-reading.ts, loaded with the receipt reader).
 */
export async function showUnsent(db: VoiceTrackDb, noteId: string): Promise<boolean> {
  const note = await db.notes.get(noteId);
  if (!note || note.result || note.state === 'done') return false;
  if (!(note.kind === 'voice' ? note.transcript : note.text)) return false;
  const provisional = readProvisional(note, await knownOf(db));
  return provisional !== null && keepProvisional(db, noteId, provisional);
}

/**
 * The typed entry's preview: the words read exactly as the note they would become (learned
 * words, the largest recent expense that makes 12 000 € unusual, "confirm first"), so the preview
 * is what will be saved, its review reason included.
 */
export async function previewTyped(
  db: VoiceTrackDb,
  input: { text: string; locale: string; currency: string | null; confirm: boolean; householdId?: string },
  now = new Date(),
): Promise<ProvisionalExpense[]> {
  const known = await knownOf(db);
  const note = {
    kind: 'text' as const,
    text: input.text,
    recordedAt: now.toISOString(),
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: input.locale,
    confirm: input.confirm,
    ...(input.currency ? { currency: input.currency } : {}),
    ...(input.householdId ? { householdId: input.householdId } : {}),
  };
  return (readProvisional(note, known)?.expenses ?? []).filter((e) => e !== null);
}
