/**
 * What a reading on the phone needs of a note and of the person, for the words of a note
 * (provisional-reading.ts) and for a receipt's photo (receipt-reading.ts, loaded only with the
 * receipt reader): one module both import, so neither imports the other.
 */
import type { Expense, Household, LearnedWord } from '@voicetrack/shared';
import type { Note } from '../data/db.ts';

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

/** The note's household, when the phone knows it (the note may be another's than the one shown). */
export const householdOf = (note: Pick<Note, 'householdId'>, known: Known): Household | null =>
  known.households?.find((h) => h.id === note.householdId) ?? null;
