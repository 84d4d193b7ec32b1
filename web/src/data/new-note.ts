/**
 * A note as it enters the outbox, made in one place for the outbox (typed notes, through Dexie)
 * and the recorder (voice notes, written by the first screen before Dexie has loaded, or by Dexie
 * after): the same fields either way. Loaded with the first screen, so kept tiny.
 */
import type { BrowserSpeech, Note } from './db.ts';
import type { NoteProgress } from './outbox-machine.ts';
import { currentTimeZone, isoWithOffset } from './time.ts';

export const PAYLOAD_VERSION = 1;

export type NoteInput = {
  locale: string;
  confirm: boolean;
  /** Typed again with "Enregistrer comme dépense": a money movement is read as an expense. */
  asExpense?: boolean;
  /** The person's default currency (sent as `currency`; the server's own when absent). */
  currency?: string | undefined;
} & (
  | { kind: 'text'; text: string }
  /** Its audio is the chunks written while recording; finishing the recording makes it due. */
  | { kind: 'voice'; mimeType: string; recognition?: BrowserSpeech }
);

/** A note or change just put in the outbox: sent at the next flush, or not before `notBefore`. */
export const queued = (notBefore = 0): NoteProgress => ({
  state: 'recorded',
  attempts: 0,
  nextAttemptAt: notBefore,
  lastError: null,
});

/** A new note, due at once (a voice note: "recording" until its recording is finished). */
export function newNote(input: NoteInput, now = new Date()): Note {
  return {
    id: crypto.randomUUID(),
    payloadVersion: PAYLOAD_VERSION,
    kind: input.kind,
    ...(input.kind === 'text' ? { text: input.text } : { mimeType: input.mimeType, audio: null }),
    ...(input.kind === 'voice' && input.recognition ? { recognition: input.recognition } : {}),
    recordedAt: isoWithOffset(now),
    timezone: currentTimeZone(),
    locale: input.locale,
    ...(input.currency ? { currency: input.currency } : {}),
    ...(input.confirm ? { confirm: true } : {}),
    ...(input.asExpense ? { asExpense: true } : {}),
    ...queued(),
    ...(input.kind === 'voice' ? { state: 'recording' as const } : {}),
    createdAt: now.getTime(),
  };
}
