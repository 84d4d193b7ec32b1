/**
 * A receipt's expense read on the phone from what OCR found on its photo, as the server makes it
 * with no model (shared/'s settleReceipt). Loaded with the receipt reader, in a chunk of its own
 * (`receipt`, web/vite.config.ts) when a photo is read: reading a note's words never fetches it.
 */
import { localDate } from '@voicetrack/shared';
import {
  awaitingConfirmation,
  largestRecentCents,
  readReceiptText,
  settleReceipt,
} from '@voicetrack/shared/parser';
import type { Note, Provisional, VoiceTrackDb } from '../data/db.ts';
import {
  FALLBACK_CURRENCY,
  householdOf,
  type Known,
  knownOf,
  type NoteWords,
} from './provisional-reading.ts';
import { shareProvisional } from './provisional-share.ts';

/**
 * A receipt's expense as the server makes it with no model (shared/'s settleReceipt): one row,
 * saved when read surely, else waiting for the person with what could be read.
 */
export function readReceiptProvisional(note: NoteWords, text: string, known: Known): Provisional {
  const now = new Date(note.recordedAt);
  const currency = note.currency ?? FALLBACK_CURRENCY;
  const today = localDate(now, note.timezone);
  const reading = readReceiptText(text, {
    now,
    timeZone: note.timezone,
    currency,
    locale: note.locale,
    ...(known.memory.length ? { memory: known.memory } : {}),
  });
  const largest = reading.currency === currency ? largestRecentCents(known.expenses, currency, today) : 0;
  const row = settleReceipt(reading, {
    today,
    lang: note.locale.toLowerCase().startsWith('en') ? 'en' : 'fr',
    largestRecentCents: largest,
  });
  const { expenses } = awaitingConfirmation({ expenses: [row] }, note.confirm);
  const rows = expenses.map(({ parsedBy: _by, ...e }) => e);
  if (!note.householdId) return { expenses: rows, changes: [] };
  // The household's bill, paid by this phone's person and split equally, as the server splits a
  // ticket (what it prints says nothing of who owes what: no words are read for the split).
  return { expenses: shareProvisional(rows, '', note.householdId, householdOf(note, known)), changes: [] };
}

/** A receipt's expense read from what OCR found on its photo, with what the phone knows of the person. */
export async function receiptReading(db: VoiceTrackDb, note: Note, text: string): Promise<Provisional> {
  return readReceiptProvisional(note, text, await knownOf(db));
}
