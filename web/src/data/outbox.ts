/**
 * The outbox as the page uses it for notes: what goes in (a note, typed or spoken, a shared audio
 * file, a receipt's photo), what the person does to what waits (retry, type instead, type again; a
 * note deleted: discard.ts), and the release of what waited for a sign-in. A change to an expense
 * (an edit, an accept, a delete) is queued by expense-changes.ts. Every record starts `queued`
 * (new-note.ts); sending is flush.ts's job, in the page and in the service worker alike.
 */
import { addNoteInOrder, deleteNote, type Note, type Provisional, type VoiceTrackDb } from './db.ts';
import { type NoteInput, newNote, PAYLOAD_VERSION, queued } from './new-note.ts';
import { DUE_STATES } from './outbox-machine.ts';
import { currentTimeZone, isoWithOffset } from './time.ts';

/** Puts a note in the outbox (a voice note as "recording"); rejects when the storage is full. */
export async function enqueueNote(
  db: VoiceTrackDb,
  input: NoteInput & { householdId?: string | undefined },
  now = new Date(),
): Promise<Note> {
  // « Partagé avec [foyer] »: set here, not in newNote, which the first screen carries.
  const { householdId } = input;
  return addNoteInOrder(db, { ...newNote(input, now), ...(householdId ? { householdId } : {}) });
}

/**
 * A voice note that arrived whole (a file shared from another app): its audio in `chunks` and
 * the note, due at once, in one transaction — both or neither.
 */
export async function enqueueSharedAudio(
  db: VoiceTrackDb,
  input: { data: ArrayBuffer; mimeType: string; locale: string; confirm?: boolean },
  now = new Date(),
): Promise<Note> {
  const note: Note = {
    id: crypto.randomUUID(),
    payloadVersion: PAYLOAD_VERSION,
    kind: 'voice',
    mimeType: input.mimeType,
    audio: null,
    recordedAt: isoWithOffset(now),
    timezone: currentTimeZone(),
    locale: input.locale,
    ...(input.confirm ? { confirm: true } : {}),
    ...queued(),
    createdAt: now.getTime(),
  };
  return db.transaction('rw', db.notes, db.chunks, async () => {
    await db.chunks.add({ noteId: note.id, seq: 0, data: input.data });
    return addNoteInOrder(db, note);
  });
}

/**
 * A photo of a receipt: its JPEG in `chunks` and the note, in one transaction. The note waits as
 * "recording" while the phone reads it (finishReceipt makes it due); a tab closed meanwhile leaves
 * it to the recovery of interrupted notes, which sends it unread: the server reads it then.
 */
export async function enqueueReceipt(
  db: VoiceTrackDb,
  input: {
    data: ArrayBuffer;
    mimeType: string;
    locale: string;
    confirm: boolean;
    currency?: string | undefined;
    /** « Partagé avec [foyer] » was on when the photo was taken: the ticket is the household's bill. */
    householdId?: string | undefined;
  },
  now = new Date(),
): Promise<Note> {
  const note: Note = {
    id: crypto.randomUUID(),
    payloadVersion: PAYLOAD_VERSION,
    kind: 'receipt',
    mimeType: input.mimeType,
    audio: null,
    recordedAt: isoWithOffset(now),
    timezone: currentTimeZone(),
    locale: input.locale,
    ...(input.currency ? { currency: input.currency } : {}),
    ...(input.confirm ? { confirm: true } : {}),
    ...(input.householdId ? { householdId: input.householdId } : {}),
    ...queued(),
    state: 'recording',
    createdAt: now.getTime(),
  };
  return db.transaction('rw', db.notes, db.chunks, async () => {
    await db.chunks.add({ noteId: note.id, seq: 0, data: input.data });
    return addNoteInOrder(db, note);
  });
}

/** The phone has read the receipt (`text`, '' when it could not): the note is due, with its reading. */
export async function finishReceipt(
  db: VoiceTrackDb,
  noteId: string,
  reading: { text: string; provisional?: Provisional | null },
): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    // Sent meanwhile (a recovery in another tab): the server read it.
    if (note?.state !== 'recording') return false;
    await db.notes.update(noteId, {
      state: 'recorded',
      nextAttemptAt: 0,
      ...(reading.text ? { text: reading.text } : {}),
      ...(reading.provisional ? { provisional: reading.provisional } : {}),
    });
    return true;
  });
}

/** A refused note, sent again at the next flush (its audio was kept for this). */
export async function retry(db: VoiceTrackDb, noteId: string): Promise<void> {
  await db.notes.update(noteId, { state: 'recorded', nextAttemptAt: 0, lastError: null });
}

/**
 * A voice note typed by hand instead (no transcription on this server, or a bad recording): the
 * same note, so the same clientId — the server answers it once, whatever form reached it first —
 * now a text note, due at once; its audio is dropped. false when it is no longer waiting.
 */
export function typeInstead(db: VoiceTrackDb, noteId: string, text: string): Promise<boolean> {
  return db.transaction('rw', db.notes, db.chunks, async () => {
    const note = await db.notes.get(noteId);
    if (!note || note.state === 'done' || note.state === 'recording') return false;
    await db.notes.update(noteId, { kind: 'text', text, audio: null, ...queued() });
    await db.chunks.where('noteId').equals(noteId).delete();
    return true;
  });
}

/**
 * Words the server understood no expense in ("blah blah"), typed again: a new note (the old
 * clientId has its answer already), and the old card goes.
 */
export async function retype(
  db: VoiceTrackDb,
  noteId: string,
  input: Omit<NoteInput, 'kind'> & { text: string; householdId?: string },
): Promise<Note> {
  return db.transaction('rw', db.notes, db.chunks, async () => {
    // Said in a household, typed again in it.
    const householdId = (await db.notes.get(noteId))?.householdId;
    const note = await enqueueNote(db, { ...input, kind: 'text', ...(householdId ? { householdId } : {}) });
    await deleteNote(db, noteId);
    return note;
  });
}

/** Someone signed in: the notes and changes that waited for it are due at once. */
export async function releaseForSignIn(db: VoiceTrackDb): Promise<void> {
  await db.transaction('rw', db.notes, db.ops, async () => {
    const release = { state: 'waiting' as const, nextAttemptAt: 0 };
    await db.notes.where('state').equals('waiting_for_sign_in').modify(release);
    await db.ops.where('state').equals('waiting_for_sign_in').modify(release);
  });
}

/** When the next note or change is due (epoch ms), or null when nothing waits. */
export async function nextDueAt(db: VoiceTrackDb): Promise<number | null> {
  const waiting = [
    ...(await db.notes.where('state').anyOf(DUE_STATES).toArray()),
    ...(await db.ops.where('state').anyOf(DUE_STATES).toArray()),
  ];
  return waiting.length === 0 ? null : Math.min(...waiting.map((n) => n.nextAttemptAt));
}
