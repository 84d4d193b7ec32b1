// The worker's flush once the network is back (Background Sync) while a page's flush is under way:
// it waits for the page's, whose failed try is then written, and sends what that try left
// waiting (Dexie over fake-indexeddb, the server faked at the HTTP boundary; Web Locks, which
// Node lacks, by a small exclusive lock manager with the same `request` contract).
import 'fake-indexeddb/auto';
import type { CaptureResult } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api/client.ts';
import { openDb, type VoiceTrackDb } from './db.ts';
import { jsonResponse, savedExpense } from './expense-fixtures.ts';
import { flushOnceOnline, flushOutbox } from './flush.ts';
import { enqueueNote } from './outbox.ts';

/** Exclusive locks by name, granted in the order asked; `ifAvailable` gets null when held. */
function exclusiveLocks() {
  const tails = new Map<string, Promise<unknown>>();
  const held = new Set<string>();
  return {
    request(name: string, ...args: unknown[]) {
      const [options, callback] = (args.length === 1 ? [{}, args[0]] : args) as [
        { ifAvailable?: boolean },
        (lock: { name: string } | null) => Promise<unknown>,
      ];
      if (options.ifAvailable && held.has(name)) return callback(null);
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      });
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

/** The page's way out: its note's request hangs until `fail()`, then the network is gone. */
function cutPage() {
  let fail = () => {};
  const failed = new Promise<void>((resolve) => {
    fail = resolve;
  });
  let reached = () => {};
  const reachedServer = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const fetch = async () => {
    reached();
    await failed;
    throw new TypeError('Failed to fetch');
  };
  return { api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }), fail, reachedServer };
}

/** The worker's way out: the server answers each note with one saved expense. */
function server() {
  const notes: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const { clientId, text } = (await new Request(input, init).json()) as { clientId: string; text: string };
    notes.push(clientId);
    const made = savedExpense(`s-${clientId}`, { clientId, transcript: text, amount: '14.00' });
    const result: CaptureResult = { clientId, status: 'saved', transcript: text, expenses: [made] };
    return jsonResponse(201, result);
  };
  return { notes, api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }) };
}

let db: VoiceTrackDb;
let n = 0;
beforeEach(() => {
  vi.stubGlobal('navigator', { locks: exclusiveLocks() });
  db = openDb(`once-online-${++n}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

describe('Background Sync while a page is flushing', () => {
  it("waits for the page's flush, then sends the note its failed try left waiting, once", async () => {
    const note = await enqueueNote(db, {
      kind: 'text',
      text: '14 € de pharmacie',
      locale: 'fr-FR',
      confirm: false,
    });
    const page = cutPage();
    const worker = server();
    const pageFlush = flushOutbox({ db, api: page.api });
    await page.reachedServer;
    expect((await db.notes.get(note.id))?.state).toBe('sending');

    const workerFlush = flushOnceOnline({ db, api: worker.api });
    page.fail();
    expect(await pageFlush).toMatchObject({ sent: 1, done: 0 });
    expect(await workerFlush).toMatchObject({ sent: 1, done: 1, skipped: false });
    expect(worker.notes).toEqual([note.id]);
    expect(await db.notes.get(note.id)).toMatchObject({ state: 'done' });
    expect((await db.expenses.toArray()).map((e) => [e.clientId, e.amount])).toEqual([[note.id, '14.00']]);
  });

  it('sends at once when no page is flushing, and a second sync sends nothing more', async () => {
    const note = await enqueueNote(db, {
      kind: 'text',
      text: '9 € de journal',
      locale: 'fr-FR',
      confirm: false,
    });
    const worker = server();
    expect(await flushOnceOnline({ db, api: worker.api })).toMatchObject({ sent: 1, done: 1 });
    expect(await flushOnceOnline({ db, api: worker.api })).toMatchObject({ sent: 0, done: 0 });
    expect(worker.notes).toEqual([note.id]);
  });
});
