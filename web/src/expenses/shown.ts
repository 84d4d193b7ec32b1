/**
 * What the capture screen shows of the phone's notes and rows, decided in one place: the rows
 * newest first (by day, then by when each was made), the notes that still wait (not one being
 * recorded), and which of those show as a card: a note read on the phone shows as its unsent rows
 * ("pas encore envoyée") instead, never as both.
 */
import { AWAITING_CONFIRMATION, compareText } from '@voicetrack/shared';
import type { Note } from '../data/db.ts';
import { isPending } from '../data/outbox-machine.ts';
import type { Listed } from './provisional.ts';

/**
 * Newest day first; within a day, the one made last first; the rows of one note (made in the same
 * instant, so their times tie) in the order they were said. Any other tie (two notes of the same
 * instant) by note, then by id: the same rows always come in the same order, whatever order the
 * phone's database handed them in.
 */
export const byNewest = (a: Listed, b: Listed): number =>
  compareText(b.date, a.date) ||
  compareText(b.createdAt, a.createdAt) ||
  compareText(a.clientId, b.clientId) ||
  a.position - b.position ||
  compareText(a.id, b.id);

/** The notes that wait (the top bar counts them) and those shown as cards. */
export function waitingNotes(
  notes: readonly Note[],
  rows: readonly Listed[],
): { pending: Note[]; cards: Note[] } {
  const pending = notes.filter((n) => isPending(n.state) && n.state !== 'recording');
  const unsent = new Set(rows.filter((e) => e.provisional).map((e) => e.clientId));
  return { pending, cards: pending.filter((n) => !unsent.has(n.id)) };
}

/** The device's calendar day, YYYY-MM-DD: what "to come" is measured from on this screen. */
export function deviceToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * An expense held for the person's confirmation whose day has not come ("dentiste demain 50 €"
 * with « Confirmer avant d'enregistrer » on): shown « À venir », with the same accept and fix.
 */
export const upcomingToConfirm = (e: Pick<Listed, 'reviewReason' | 'date'>, today: string): boolean =>
  e.reviewReason === AWAITING_CONFIRMATION && e.date > today;
