/**
 * Sends what the outbox holds, oldest first, a few at a time. Runs in the page and in the
 * service worker (Background Sync); a Web Lock makes sure only one of them flushes at a time.
 */
import type { Expense } from '@voicetrack/shared';
import { type ApiClient, expenseOf } from './api/client.ts';
import { rebasedAfterRefusal } from './as-left.ts';
import { deleteNote, markLanded, type Note, noteAudio, type VoiceTrackDb } from './db.ts';
import { queued } from './new-note.ts';
import {
  afterOpSend,
  afterSend,
  answerWithinMs,
  dueNotes,
  dueOnceOnline,
  inOrderMade,
  isDue,
  serverKeptNone,
} from './outbox-machine.ts';
import { notePairingFrom } from './pairing-state.ts';
import { landAnswer } from './provisional-outbox.ts';
import { type ChangeRefusal, changeRefused } from './refused-change.ts';
import { sharesRefused } from './refused-shares.ts';

export const FLUSH_LOCK = 'voicetrack-flush';

export interface FlushOptions {
  db: VoiceTrackDb;
  api: ApiClient;
  /** Sends the bank statements shared to the app (shared-statements.ts); how many were imported. */
  statements?: (db: VoiceTrackDb) => Promise<number>;
  /**
   * An edit lost fields to a newer change made elsewhere, or (`refused`) the server refused its
   * payer or shares (its other fields are sent again), or refused the change itself, or no longer
   * has the expense (refused-change.ts): the person is told.
   */
  onEditLost?: (expense: Expense, fields: string[], refused?: ChangeRefusal) => void;
  now?: () => number;
  random?: () => number;
  concurrency?: number;
  /** How long a send waits for its answer (outbox-machine.ts's answerWithinMs). */
  answerWithin?: typeof answerWithinMs;
}

/**
 * The signal that gives a send up as no answer (a note's or a change's of `bytes`, tried `attempts`
 * times); none where the engine has no AbortSignal.timeout (Safari before 16): it waits as before.
 */
const sendWithin = (options: FlushOptions, ...send: Parameters<typeof answerWithinMs>) =>
  typeof AbortSignal.timeout === 'function'
    ? AbortSignal.timeout((options.answerWithin ?? answerWithinMs)(...send))
    : undefined;

export interface FlushReport {
  sent: number;
  done: number;
  /** Whether another tab or the worker was already flushing. */
  skipped: boolean;
}

/** Sends one note: whether it is done with (answered, or forgotten); null when it was not sent. */
async function sendOne(queuedNote: Note, options: FlushOptions): Promise<boolean | null> {
  const { db } = options;
  const now = options.now ?? Date.now;
  // Claimed in one transaction with discard's: a note forgotten since this flush listed it (never
  // sent, so not on the server) is not sent now; one that goes is one a discard will wait for.
  const note = await db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(queuedNote.id);
    if (current) await db.notes.update(current.id, { state: 'sending' });
    return current;
  });
  if (!note) return null;
  // A voice note's audio, or a receipt's photo: its chunks.
  const audio = note.kind === 'text' ? [] : await noteAudio(db, note);
  const bytes = audio.reduce((sum, part) => sum + part.byteLength, note.text?.length ?? 0);
  const outcome = await options.api.sendNote(note, audio, sendWithin(options, 'note', bytes, note.attempts));
  await notePairingFrom(db, outcome);
  const next = afterSend(note, outcome, now(), (options.random ?? Math.random)());
  return db.transaction('rw', [db.notes, db.chunks, db.expenses, db.ops, db.meta], async () => {
    // Typed by hand while its audio was on the way: the typed note goes next, due as it is now.
    // (Whatever the server made of the audio, it answers the typed note with it: same clientId.)
    const current = await db.notes.get(note.id);
    if (current?.kind !== note.kind) return false;
    // Deleted by the person, and the server says it has nothing of it: nothing is left behind.
    if (current.discarded && serverKeptNone(next)) {
      await deleteNote(db, note.id);
      return true;
    }
    await db.notes.update(note.id, {
      state: next.state,
      attempts: next.attempts,
      nextAttemptAt: next.nextAttemptAt,
      lastError: next.lastError,
      ...(next.result ? { result: next.result } : {}),
      // The server answered with an expense for this clientId: the audio has done its job.
      ...(next.dropAudio ? { audio: null } : {}),
    });
    if (next.dropAudio) await db.chunks.where('noteId').equals(note.id).delete();
    if (next.result) {
      // In one transaction: the server's rows replace the unsent ones (the list never shows both,
      // nor neither), with the changes the person made to them before the answer, or deleted
      // when the person deleted the note meanwhile.
      await landAnswer(db, current, next.result.expenses);
      await db.notes.update(note.id, { provisional: undefined });
      await markLanded(db);
    }
    return next.state === 'done';
  });
}

/** Edits and deletes, in the order they were made, after the notes they may refer to. */
async function flushOps(options: FlushOptions): Promise<number> {
  const { db } = options;
  const now = options.now ?? Date.now;
  // A change an older version left refused (`failed`) is sent once more: its answer decides now.
  const due = inOrderMade(await db.ops.toArray()).filter((o) => o.state === 'failed' || isDue(o, now()));
  let done = 0;
  for (const { id } of due) {
    // Read again: dropped with a change of the same expense refused before it (a gone expense), or
    // made on a refused one (its `before` is the server's row now).
    const op = await db.ops.get(id);
    if (!op) continue;
    await db.ops.update(op.id, { state: 'sending' });
    const outcome = await options.api.sendOp(
      op,
      new Date(now()),
      sendWithin(options, 'change', 0, op.attempts),
    );
    await notePairingFrom(db, outcome);
    const next = afterOpSend(op, outcome, now(), (options.random ?? Math.random)());
    // Refused for its payer or shares: nothing changed on the server; the rest goes again.
    const refused =
      next.state === 'failed' && outcome.kind === 'refused'
        ? sharesRefused(op, outcome, await db.ops.toArray())
        : null;
    // Refused for good, or the expense is gone: the change leaves the outbox, the row shows the server's.
    const dropped =
      !refused && outcome.kind === 'refused' && (next.state === 'failed' || outcome.code === 'not_found')
        ? changeRefused(op, outcome, await db.ops.toArray())
        : null;
    await db.transaction('rw', db.ops, db.expenses, db.meta, async () => {
      // The changes of it still queued were made on the refused one: they stand on the server's row now.
      const server = dropped?.why === 'gone' ? null : (refused?.told ?? dropped?.told);
      if (server)
        for (const { id, before } of rebasedAfterRefusal(server, op, await db.ops.toArray()))
          await db.ops.update(id, { before });
      if (dropped) {
        await db.ops.bulkDelete(dropped.dropped);
        if (dropped.shown) await db.expenses.put(dropped.shown);
        else await db.expenses.delete(op.expenseId);
        await markLanded(db);
      } else if (refused) {
        if (refused.shown) await db.expenses.put(refused.shown);
        else await db.expenses.delete(op.expenseId);
        if (refused.rest) await db.ops.update(op.id, { patch: refused.rest, ...queued() });
        else await db.ops.delete(op.id);
      } else if (next.state === 'done') {
        await db.ops.delete(op.id);
        await markLanded(db);
        // The server's answer to an edit is the expense as it now stands (another device may have won a field).
        const edited = outcome.kind === 'ok' ? outcome.value : null;
        if (op.kind === 'edit' && edited) {
          await db.expenses.put(expenseOf(edited));
          if (edited.lost?.length) options.onEditLost?.(expenseOf(edited), edited.lost);
        }
      } else {
        // A copy: Dexie types an update as a plain object (an interface has no index signature).
        await db.ops.update(op.id, { ...next });
      }
    });
    if (refused) options.onEditLost?.(refused.told, refused.fields, refused.code);
    if (dropped) options.onEditLost?.(dropped.told, dropped.fields, dropped.why);
    // Out of the outbox: done with, and the list is read again from the server (sync.ts).
    if (next.state === 'done' || dropped) done++;
    // Stop at the first that must wait: later edits of the same expense keep their order.
    else if (next.state !== 'failed') break;
  }
  return done;
}

async function flushUnlocked(options: FlushOptions): Promise<FlushReport> {
  // Supabase mode with nobody signed in: everything stays queued, untouched, for the sign-in.
  if (!(await options.api.ready())) return { sent: 0, done: 0, skipped: true };
  const report = await flushNotes(options);
  const ops = await flushOps(options);
  const statements = (await options.statements?.(options.db)) ?? 0;
  return { ...report, done: report.done + ops + statements };
}

async function flushNotes(options: FlushOptions): Promise<FlushReport> {
  const due = dueNotes(await options.db.notes.toArray(), (options.now ?? Date.now)());
  const queue = [...due];
  let sent = 0;
  let done = 0;
  const worker = async () => {
    for (let note = queue.shift(); note; note = queue.shift()) {
      const answered = await sendOne(note, options);
      if (answered !== null) sent++;
      if (answered) done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 2, queue.length) }, worker));
  return { sent, done, skipped: false };
}

/** What waited for the network is due now that it is back (see dueOnceOnline). */
export async function networkBack(db: VoiceTrackDb): Promise<void> {
  await db.transaction('rw', db.notes, db.ops, async () => {
    for (const note of await db.notes.where('state').equals('waiting').toArray()) {
      const due = dueOnceOnline(note);
      if (due !== null) await db.notes.update(note.id, { nextAttemptAt: due });
    }
    for (const op of await db.ops.where('state').equals('waiting').toArray()) {
      const due = dueOnceOnline(op);
      if (due !== null) await db.ops.update(op.id, { nextAttemptAt: due });
    }
  });
}

// navigator.locks exists in pages and in workers alike.
const flushLocks = () => (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;

export async function flushOutbox(options: FlushOptions): Promise<FlushReport> {
  const locks = flushLocks();
  if (!locks) return flushUnlocked(options);
  return locks.request(FLUSH_LOCK, { ifAvailable: true }, async (lock: Lock | null) =>
    lock ? flushUnlocked(options) : { sent: 0, done: 0, skipped: true },
  );
}

/**
 * The worker's flush once the browser says the network is back (Background Sync): it waits for a
 * page's flush to end rather than skipping it — a page's try that failed meanwhile is written by
 * then, and made due again here — or a note that try left waiting would wait for the page's own
 * backoff, and for nothing if the page cannot reach the server.
 */
export async function flushOnceOnline(options: FlushOptions): Promise<FlushReport> {
  const run = async () => {
    await networkBack(options.db);
    return flushUnlocked(options);
  };
  const locks = flushLocks();
  return locks ? locks.request(FLUSH_LOCK, run) : run();
}
