// Changes made on the phone reach the server, and the phone's copy, in the order they were made,
// even when they tie on their time (Dexie over fake-indexeddb, the server faked at the HTTP
// boundary, the real API client).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from './api/client.ts';
import { openDb, type VoiceTrackDb } from './db.ts';
import { enqueueOp } from './expense-changes.ts';
import { jsonResponse, savedExpense } from './expense-fixtures.ts';
import { flushOutbox } from './flush.ts';
import { refreshExpenses } from './refresh-expenses.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const expense = savedExpense();

/** A server holding `expense` that applies each edit as it comes (ties go to the edit, as ours). */
function applyingServer() {
  const amounts: string[] = [];
  let current = expense;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.method === 'GET') return jsonResponse(200, { expenses: [current], nextCursor: null });
    const { editedAt: _at, sentAt: _sent, ...fields } = (await request.json()) as Record<string, string>;
    amounts.push(fields.amount ?? '');
    current = { ...current, ...fields };
    return jsonResponse(200, current);
  };
  return { amounts, api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }) };
}

/** Ten fixes of the amount, one after the other, all in the same millisecond. */
const AMOUNTS = Array.from({ length: 10 }, (_, i) => `${20 + i}.00`);
async function tenFixesInOneMillisecond() {
  let shown = expense;
  for (const amount of AMOUNTS) {
    await enqueueOp(db, { kind: 'edit', expense: shown, patch: { amount } }, NOW);
    shown = (await db.expenses.get('e1')) ?? shown;
  }
}

let db: VoiceTrackDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`ops-order-${++n}`);
  await db.expenses.put(expense);
});
afterEach(async () => {
  await db.delete();
});

describe('changes made in the same millisecond', () => {
  it('are sent in the order they were made, so the last one made stands', async () => {
    await tenFixesInOneMillisecond();
    const server = applyingServer();
    await flushOutbox({ db, api: server.api, now: () => NOW.getTime() + 1 });
    expect(server.amounts).toEqual(AMOUNTS);
    expect((await db.expenses.get('e1'))?.amount).toBe('29.00');
  });

  it('stay on the phone’s copy in the order they were made while they wait to be sent', async () => {
    await tenFixesInOneMillisecond();
    // The server's list, read before any of them was sent: the last change made is what shows.
    expect(await refreshExpenses(db, applyingServer().api)).toBe(true);
    expect((await db.expenses.get('e1'))?.amount).toBe('29.00');
    expect(await db.ops.count()).toBe(10);
  });
});
