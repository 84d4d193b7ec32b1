/**
 * The outbox as the page uses it: what goes in (a note, typed or spoken; an edit, an accept or a
 * delete of an expense), what the person does to what waits (retry, undo a delete; a note deleted:
 * discard.ts), and the release of what waited for a sign-in. Every record starts `queued`
 * (new-note.ts); sending is flush.ts's job, in the page and in the service worker alike.
 */
import { decimalToCents, type Expense, type ExpenseEdits, resplitCents } from '@voicetrack/shared';
import { addNoteInOrder, deleteNote, type Note, type Op, type Provisional, type VoiceTrackDb } from './db.ts';
import { type NoteInput, newNote, PAYLOAD_VERSION, queued } from './new-note.ts';
import { DUE_STATES, inOrderMade } from './outbox-machine.ts';
import { currentTimeZone, isoWithOffset } from './time.ts';

/** How long a delete waits before it is due, so "Annuler" can take it back unsent. */
export const UNDO_MS = 5000;

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

/** A change the person made to an expense on this phone. */
export type Change =
  | { kind: 'edit'; expense: Expense; patch: ExpenseEdits }
  /** An expense that waited for confirmation counts from now on. */
  | { kind: 'accept'; expense: Expense }
  | { kind: 'delete'; expense: Expense };

/**
 * What a change queues, and what the local copy shows at once (null: gone). An accept is sent as
 * an edit of its amount, unchanged, with the time of the tap: the server reads it as "a person
 * looked at it". An edit saved unchanged on an expense that waits for review is that accept too
 * ("Corriger" then "Enregistrer": the person looked and agreed). Nothing to send: an unchanged
 * edit of a saved expense, an accept with no amount.
 */
function planChange(change: Change, now: Date): { op: Op; local: Expense | null } | null {
  const { expense } = change;
  const op = (kind: Op['kind'], patch?: ExpenseEdits): Op => ({
    id: crypto.randomUUID(),
    kind,
    expenseId: expense.id,
    ...(patch ? { patch } : {}),
    editedAt: isoWithOffset(now),
    before: expense,
    ...queued(kind === 'delete' ? now.getTime() + UNDO_MS : 0),
    createdAt: now.getTime(),
  });
  if (change.kind === 'delete') return { op: op('delete'), local: null };
  const accept = () =>
    expense.amount === null
      ? null
      : {
          op: op('edit', { amount: expense.amount }),
          local: { ...expense, status: 'saved' as const, reviewReason: null },
        };
  if (change.kind === 'accept') return accept();
  const changed: ExpenseEdits = {};
  for (const [k, v] of Object.entries(change.patch) as [keyof ExpenseEdits, unknown][]) {
    // Shares compared by value: the dialog gives a new list each time.
    if (JSON.stringify(v) !== JSON.stringify((expense as unknown as Record<string, unknown>)[k]))
      Object.assign(changed, { [k]: v });
  }
  if (Object.keys(changed).length === 0) return expense.status === 'needs_review' ? accept() : null;
  // As the server does: once a person edited it and it has an amount, it no longer waits for review.
  // Shares given with the edit are the bill's at once (the server keeps them as given); else an
  // edited amount re-splits the old ones in proportion.
  const local = {
    ...expense,
    ...changed,
    ...(changed.split ? {} : sharesFollow(expense, changed.amount)),
  } as Expense;
  const reviewed = local.amount !== null ? { status: 'saved' as const, reviewReason: null } : {};
  return { op: op('edit', changed), local: { ...local, ...reviewed } };
}

/**
 * A household's bill whose amount is edited shows at once the shares the server will give it: the
 * new amount in the old shares' proportions (shared's resplitCents, the rule of the database's
 * trigger). A bill nobody bore yet keeps no shares until the server splits it among its members.
 */
function sharesFollow(expense: Expense, amount: string | undefined): Pick<Expense, 'split'> {
  if (amount === undefined || !expense.split) return {};
  const split = resplitCents(decimalToCents(amount) ?? 0, expense.split);
  return split ? { split } : {};
}

/**
 * Shows a change at once on this phone and queues it, with its time, for the server, after every
 * change queued before it (its `seq`: the next after the queue's last, read in the same
 * transaction, so two tabs or the service worker never give the same one).
 */
export async function enqueueOp(db: VoiceTrackDb, change: Change, now = new Date()): Promise<Op | null> {
  const plan = planChange(change, now);
  if (!plan) return null;
  await db.transaction('rw', db.expenses, db.ops, async () => {
    const last = inOrderMade(await db.ops.toArray()).at(-1);
    plan.op.seq = (last?.seq ?? 0) + 1;
    await db.ops.add(plan.op);
    if (plan.local) await db.expenses.put(plan.local);
    else await db.expenses.delete(plan.op.expenseId);
  });
  return plan.op;
}

/** Takes back a queued change the server has not heard of yet; false once it was sent. */
export function takeBack(db: VoiceTrackDb, op: Op): Promise<boolean> {
  return db.transaction('rw', db.expenses, db.ops, async () => {
    const still = await db.ops.get(op.id);
    if (still?.state !== 'recorded') return false;
    await db.ops.delete(op.id);
    await db.expenses.put(op.before);
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
