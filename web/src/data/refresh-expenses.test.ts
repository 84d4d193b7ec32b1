// A reading of the server's list that was on its way while a change landed in the phone's copy
// (an edit's answer, a delete, a note's rows) does not write the older state over it (Dexie over
// fake-indexeddb, the server faked at the HTTP boundary, the real API client and flush).
import 'fake-indexeddb/auto';
import type { CaptureResult, Expense } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from './api/client.ts';
import { openDb, type VoiceTrackDb } from './db.ts';
import { enqueueOp } from './expense-changes.ts';
import { jsonResponse, savedExpense } from './expense-fixtures.ts';
import { flushOutbox } from './flush.ts';
import { enqueueNote } from './outbox.ts';
import { refreshExpenses } from './refresh-expenses.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');

/**
 * A server holding `rows` that applies each change as it comes; its first list is read at once
 * but answered only on `answerFirstList()` (the reading on its way), later ones at once.
 */
function slowListServer(rows: Expense[]) {
  const held = new Map(rows.map((e) => [e.id, e]));
  let lists = 0;
  let answerFirstList = () => {};
  const firstAnswered = new Promise<void>((resolve) => {
    answerFirstList = resolve;
  });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    if (request.method === 'GET') {
      const snapshot = { expenses: [...held.values()], nextCursor: null };
      if (++lists === 1) await firstAnswered;
      return jsonResponse(200, snapshot);
    }
    if (path === '/api/text') {
      const { clientId, text } = (await request.json()) as { clientId: string; text: string };
      const made = savedExpense(`s-${clientId}`, {
        clientId,
        transcript: text,
        amount: '4.00',
        description: 'Pain',
      });
      held.set(made.id, made);
      const result: CaptureResult = { clientId, status: 'saved', transcript: text, expenses: [made] };
      return jsonResponse(201, result);
    }
    const id = path.split('/').at(-1) ?? '';
    if (request.method === 'DELETE') {
      held.delete(id);
      return new Response(null, { status: 204 });
    }
    const { editedAt: _at, sentAt: _sent, ...fields } = (await request.json()) as Record<string, string>;
    const edited = { ...(held.get(id) as Expense), ...fields, updatedAt: '2026-12-03T10:00:01Z' };
    held.set(id, edited);
    return jsonResponse(200, edited);
  };
  return {
    api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }),
    answerFirstList,
    lists: () => lists,
  };
}

let db: VoiceTrackDb;
let n = 0;
beforeEach(() => {
  db = openDb(`refresh-expenses-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const flush = (api: ReturnType<typeof slowListServer>['api']) =>
  flushOutbox({ db, api, now: () => NOW.getTime() + 10_000 });

describe('a list read before a change landed', () => {
  it('does not put back the amount an edit changed meanwhile', async () => {
    const e1 = savedExpense('e1');
    await db.expenses.put(e1);
    const server = slowListServer([e1]);
    const refreshing = refreshExpenses(db, server.api);
    await enqueueOp(db, { kind: 'edit', expense: e1, patch: { amount: '15.00' } }, NOW);
    await flush(server.api);
    expect(await db.ops.count()).toBe(0);
    server.answerFirstList();
    expect(await refreshing).toBe(true);
    expect((await db.expenses.get('e1'))?.amount).toBe('15.00');
    // Read again, after the change: the server's answer now holds it.
    expect(server.lists()).toBe(2);
  });

  it('does not bring back a row deleted meanwhile', async () => {
    const e1 = savedExpense('e1');
    await db.expenses.put(e1);
    const server = slowListServer([e1]);
    const refreshing = refreshExpenses(db, server.api);
    await enqueueOp(db, { kind: 'delete', expense: e1 }, NOW);
    await flush(server.api);
    server.answerFirstList();
    await refreshing;
    expect(await db.expenses.get('e1')).toBeUndefined();
  });

  it('does not take away the rows of a note answered meanwhile', async () => {
    const e1 = savedExpense('e1');
    await db.expenses.put(e1);
    const server = slowListServer([e1]);
    const refreshing = refreshExpenses(db, server.api);
    const note = await enqueueNote(
      db,
      { kind: 'text', text: '4 € de pain', locale: 'fr-FR', confirm: false },
      NOW,
    );
    await flush(server.api);
    expect(await db.expenses.get(`s-${note.id}`)).toBeDefined();
    server.answerFirstList();
    await refreshing;
    expect((await db.expenses.toArray()).map((e) => e.id).sort()).toEqual(['e1', `s-${note.id}`].sort());
  });

  it('is written when nothing landed meanwhile, read once', async () => {
    await db.expenses.put(savedExpense('e1'));
    const server = slowListServer([savedExpense('e1', { amount: '20.00' }), savedExpense('e2')]);
    const refreshing = refreshExpenses(db, server.api);
    server.answerFirstList();
    expect(await refreshing).toBe(true);
    expect((await db.expenses.toArray()).map((e) => [e.id, e.amount])).toEqual([
      ['e1', '20.00'],
      ['e2', '12.50'],
    ]);
    expect(server.lists()).toBe(1);
  });
});
