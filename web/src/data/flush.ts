/**
 * Sends what the outbox holds, oldest first, a few at a time. Runs in the page and in the
 * service worker (Background Sync); a Web Lock makes sure only one of them flushes at a time.
 */
import type { Expense } from '@voicetrack/shared';
import type { Note, VoiceTrackDb } from './db.ts';
import { afterSend, dueNotes } from './outbox-machine.ts';
import { type SendOptions, sendNote } from './send-note.ts';

export const FLUSH_LOCK = 'voicetrack-flush';

export interface FlushOptions extends SendOptions {
  db: VoiceTrackDb;
  now?: () => number;
  random?: () => number;
  concurrency?: number;
}

export interface FlushReport {
  sent: number;
  done: number;
  /** Whether another tab or the worker was already flushing. */
  skipped: boolean;
}

async function sendOne(note: Note, options: FlushOptions): Promise<boolean> {
  const { db } = options;
  const now = options.now ?? Date.now;
  await db.notes.update(note.id, { state: 'sending' });
  const outcome = await sendNote(note, options);
  const next = afterSend(note, outcome, now(), (options.random ?? Math.random)());
  await db.transaction('rw', db.notes, db.expenses, async () => {
    await db.notes.update(note.id, {
      state: next.state,
      attempts: next.attempts,
      nextAttemptAt: next.nextAttemptAt,
      lastError: next.lastError,
      ...(next.result ? { result: next.result } : {}),
      // The server answered with an expense for this clientId: the audio has done its job.
      ...(next.dropAudio ? { audio: null } : {}),
    });
    if (next.result) await db.expenses.bulkPut(next.result.expenses as Expense[]);
  });
  return next.state === 'done';
}

async function flushUnlocked(options: FlushOptions): Promise<FlushReport> {
  const due = dueNotes(await options.db.notes.toArray(), (options.now ?? Date.now)());
  const queue = [...due];
  let sent = 0;
  let done = 0;
  const worker = async () => {
    for (let note = queue.shift(); note; note = queue.shift()) {
      sent++;
      if (await sendOne(note, options)) done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 2, queue.length) }, worker));
  return { sent, done, skipped: false };
}

export async function flushOutbox(options: FlushOptions): Promise<FlushReport> {
  // navigator.locks exists in pages and in workers alike.
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return flushUnlocked(options);
  return locks.request(FLUSH_LOCK, { ifAvailable: true }, async (lock: Lock | null) =>
    lock ? flushUnlocked(options) : { sent: 0, done: 0, skipped: true },
  );
}
