// Retry-After, end to end on the phone: the real API client reads it from the server's answer and
// the outbox waits that long before sending the same note, edit or delete again (Dexie over
// fake-indexeddb, the server faked at the HTTP boundary).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from './api/client.ts';
import { openDb, type VoiceTrackDb } from './db.ts';
import { enqueueOp, UNDO_MS } from './expense-changes.ts';
import { jsonResponse, savedExpense } from './expense-fixtures.ts';
import { flushOutbox } from './flush.ts';
import { enqueueNote } from './outbox.ts';

const T0 = Date.parse('2026-12-03T10:00:00Z');
const expense = savedExpense();

/** A server that refuses every request with `status`, asking to come back in `seconds`. */
function busyServer(status: number, code: string, seconds: number) {
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return jsonResponse(status, { error: { code, message: 'busy' } }, { 'retry-after': String(seconds) });
  };
  return { requests, api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }) };
}

let db: VoiceTrackDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`retry-after-${++n}`);
  await db.expenses.put(expense);
});
afterEach(async () => {
  await db.delete();
});

/** Flushes at `at` (ms since T0) with the backoff's jitter at its middle: 2 s after a first try. */
const flushAt = (server: ReturnType<typeof busyServer>, at: number) =>
  flushOutbox({ db, api: server.api, now: () => T0 + at, random: () => 0.5 });

describe('Retry-After', () => {
  it.each([
    ['an edit', 503, 'database_unavailable', 'PATCH'],
    ['a delete', 429, 'rate_limited', 'DELETE'],
  ] as const)(
    'keeps %s waiting as long as the server asked, then sends it',
    async (_name, status, code, method) => {
      const server = busyServer(status, code, 120);
      const change =
        method === 'PATCH'
          ? { kind: 'edit' as const, expense, patch: { amount: '13.00' } }
          : { kind: 'delete' as const, expense };
      await enqueueOp(db, change, new Date(T0 - UNDO_MS));
      await flushAt(server, 0);
      expect(server.requests).toEqual([`${method} /api/expenses/e1`]);
      const [op] = await db.ops.toArray();
      expect(op).toMatchObject({ state: 'waiting', nextAttemptAt: T0 + 120_000, lastError: { code } });

      // The backoff alone would have sent it again after 2 s: the server's two minutes hold.
      await flushAt(server, 119_000);
      expect(server.requests).toHaveLength(1);
      await flushAt(server, 120_000);
      expect(server.requests).toHaveLength(2);
    },
  );

  it('keeps a note waiting as long as the server asked', async () => {
    const server = busyServer(429, 'rate_limited', 300);
    const note = await enqueueNote(
      db,
      { kind: 'text', text: '12,50 resto', locale: 'fr-FR', confirm: false },
      new Date(T0),
    );
    await flushAt(server, 0);
    expect(await db.notes.get(note.id)).toMatchObject({ state: 'waiting', nextAttemptAt: T0 + 300_000 });
    await flushAt(server, 299_000);
    expect(server.requests).toEqual(['POST /api/text']);
  });
});
