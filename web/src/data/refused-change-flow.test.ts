// No change made on the phone fails silently: an edit, an accept or a delete the server refuses
// for good leaves the outbox, the row shows what the server has, and the person is told; one the
// server could not judge (no network, busy, the phone not paired) waits as before. Through the
// real Dexie (fake-indexeddb) and the real API client, the server faked at the HTTP boundary: it
// checks an edit with the shared ExpensePatchSchema, as the edge's route does.
import 'fake-indexeddb/auto';
import { type Expense, ExpensePatchSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from './api/client.ts';
import { openDb, type VoiceTrackDb } from './db.ts';
import { type Change, enqueueOp, UNDO_MS } from './expense-changes.ts';
import { jsonResponse, savedExpense } from './expense-fixtures.ts';
import { flushOutbox } from './flush.ts';
import { enqueueNote } from './outbox.ts';
import type { ChangeRefusal } from './refused-change.ts';

const T0 = Date.parse('2026-12-05T10:00:00Z');
const resto = savedExpense('e1', { amount: '12.50', description: 'Resto' });

/** The server: its expenses, and `answer` to override what it says (a refusal it could not judge). */
function server(answer?: () => Response) {
  const expenses = new Map<string, Expense>([[resto.id, resto]]);
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    requests.push(`${request.method} ${path}`);
    if (answer) return answer();
    if (path === '/api/text')
      return jsonResponse(422, { error: { code: 'too_many_amounts', message: 'too many amounts' } });
    const id = /^\/api\/expenses\/(.+)$/.exec(path)?.[1] ?? '';
    const expense = expenses.get(id);
    if (!expense)
      return jsonResponse(404, { error: { code: 'not_found', message: 'No expense with this id.' } });
    if (request.method === 'DELETE') {
      expenses.delete(id);
      return new Response(null, { status: 204 });
    }
    const checked = v.safeParse(ExpensePatchSchema, await request.json());
    if (!checked.success)
      return jsonResponse(400, { error: { code: 'validation_failed', message: checked.issues[0].message } });
    const { editedAt: _at, sentAt: _sent, ...edit } = checked.output;
    const next = { ...expense, ...edit } as Expense;
    expenses.set(id, next);
    return jsonResponse(200, next);
  };
  return { expenses, requests, api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }) };
}

let db: VoiceTrackDb;
let n = 0;
let told: { expense: Expense; fields: string[]; refused?: ChangeRefusal }[];
beforeEach(async () => {
  db = openDb(`refused-change-${++n}`);
  await db.expenses.put(resto);
  told = [];
});
afterEach(async () => {
  await db.delete();
});

/** A change the person makes at T0, into the phone's outbox. */
const enqueueAtT0 = (change: Change) => enqueueOp(db, change, new Date(T0));

const flush = (s: ReturnType<typeof server>) =>
  flushOutbox({
    db,
    api: s.api,
    now: () => T0,
    random: () => 0.5,
    onEditLost: (expense, fields, refused) => told.push({ expense, fields, ...(refused ? { refused } : {}) }),
  });

describe('a change the server refuses for good', () => {
  it('an edit of an expense deleted on another device meanwhile: the row goes, the outbox is empty, the person is told', async () => {
    const s = server();
    await enqueueAtT0({ kind: 'edit', expense: resto, patch: { description: 'Resto du soir' } });
    expect((await db.expenses.get('e1'))?.description).toBe('Resto du soir');
    s.expenses.delete('e1');
    const report = await flush(s);
    expect(s.requests).toEqual(['PATCH /api/expenses/e1']);
    expect(await db.ops.count()).toBe(0);
    expect(await db.expenses.get('e1')).toBeUndefined();
    expect(told).toEqual([{ expense: resto, fields: ['description'], refused: 'gone' }]);
    // Counted as done: the page reads the list again from the server.
    expect(report.done).toBe(1);
  });

  it('an edit with a value the server refuses: the row shows the server’s, the outbox is empty, the person is told', async () => {
    const s = server();
    await enqueueAtT0({ kind: 'edit', expense: resto, patch: { amount: '0.00', category: 'groceries' } });
    await flush(s);
    expect(s.requests).toEqual(['PATCH /api/expenses/e1']);
    expect(await db.ops.count()).toBe(0);
    expect(await db.expenses.get('e1')).toEqual(s.expenses.get('e1'));
    expect(await db.expenses.get('e1')).toEqual(resto);
    expect(told).toEqual([{ expense: resto, fields: ['amount', 'category'], refused: 'invalid' }]);
  });

  it('a later change of the same expense still goes, and shows, after one refused', async () => {
    const s = server();
    await enqueueAtT0({ kind: 'edit', expense: resto, patch: { amount: '0.00' } });
    const shown = (await db.expenses.get('e1')) as Expense;
    await enqueueAtT0({ kind: 'edit', expense: shown, patch: { category: 'groceries' } });
    await flush(s);
    expect(s.requests).toEqual(['PATCH /api/expenses/e1', 'PATCH /api/expenses/e1']);
    expect(await db.ops.count()).toBe(0);
    expect(s.expenses.get('e1')).toMatchObject({ amount: '12.50', category: 'groceries' });
    expect(await db.expenses.get('e1')).toMatchObject({ amount: '12.50', category: 'groceries' });
    expect(told.map((t) => t.refused)).toEqual(['invalid']);
  });

  it('a later change refused too names the bill as the server has it, not as the refused one left it', async () => {
    const s = server();
    // Renamed with an amount the server refuses, then edited again before its answer came.
    await enqueueAtT0({ kind: 'edit', expense: resto, patch: { description: 'Chez Léon', amount: '0.00' } });
    const shown = (await db.expenses.get('e1')) as Expense;
    await enqueueAtT0({ kind: 'edit', expense: shown, patch: { description: 'Léon midi', amount: '-1' } });
    await flush(s);
    expect(told.map((t) => [t.expense.description, t.fields, t.refused])).toEqual([
      ['Resto', ['description', 'amount'], 'invalid'],
      // « Chez Léon » was never kept anywhere: the second change was about the server's « Resto ».
      ['Resto', ['description', 'amount'], 'invalid'],
    ]);
    expect(await db.expenses.get('e1')).toEqual(resto);
  });

  it('a change queued after one refused, taken back, shows the bill as the server has it', async () => {
    const s = server();
    await enqueueAtT0({ kind: 'edit', expense: resto, patch: { description: 'Chez Léon', amount: '0.00' } });
    const shown = (await db.expenses.get('e1')) as Expense;
    // A delete waits UNDO_MS before it is due: still in the outbox after the refusal of the edit.
    const deleted = await enqueueAtT0({ kind: 'delete', expense: shown });
    await flush(s);
    expect((await db.ops.get(deleted?.id ?? ''))?.before).toEqual(resto);
  });

  it('later changes of an expense gone are dropped with it, said once, sent never', async () => {
    const s = server();
    await enqueueAtT0({ kind: 'edit', expense: resto, patch: { description: 'Resto du soir' } });
    const shown = (await db.expenses.get('e1')) as Expense;
    await enqueueAtT0({ kind: 'edit', expense: shown, patch: { category: 'groceries' } });
    s.expenses.delete('e1');
    await flush(s);
    expect(s.requests).toEqual(['PATCH /api/expenses/e1']);
    expect(await db.ops.count()).toBe(0);
    expect(told).toHaveLength(1);
  });

  it('a delete of an expense already deleted elsewhere is done, with nothing to say', async () => {
    const s = server();
    await enqueueOp(db, { kind: 'delete', expense: resto }, new Date(T0 - UNDO_MS));
    s.expenses.delete('e1');
    await flush(s);
    expect(await db.ops.count()).toBe(0);
    expect(await db.expenses.get('e1')).toBeUndefined();
    expect(told).toEqual([]);
  });

  it('a change an older version left refused in the outbox is sent once more and no longer stays', async () => {
    const s = server();
    const op = await enqueueAtT0({ kind: 'edit', expense: resto, patch: { amount: '0.00' } });
    await db.ops.update(op?.id ?? '', { state: 'failed', nextAttemptAt: Number.POSITIVE_INFINITY });
    await flush(s);
    expect(await db.ops.count()).toBe(0);
    expect(await db.expenses.get('e1')).toEqual(resto);
    expect(told.map((t) => t.refused)).toEqual(['invalid']);
  });

  it('a new note refused stays on the phone as a note to fix, its words kept', async () => {
    const s = server();
    const note = await enqueueNote(
      db,
      { kind: 'text', text: '3 € café, 4 € pain, 5 € journal', locale: 'fr-FR', confirm: false },
      new Date(T0),
    );
    await flush(s);
    expect(await db.notes.get(note.id)).toMatchObject({
      state: 'failed',
      text: '3 € café, 4 € pain, 5 € journal',
      lastError: { code: 'too_many_amounts' },
    });
  });
});

describe('a change the server could not judge waits, shown as made', () => {
  const refusal = (status: number, code: string) => () =>
    jsonResponse(status, { error: { code, message: '…' } }, { 'retry-after': '30' });
  it.each([
    ['no network', () => Promise.reject(new TypeError('Failed to fetch')) as never, 'waiting'],
    ['a server down', refusal(503, 'database_unavailable'), 'waiting'],
    ['a busy server', refusal(429, 'rate_limited'), 'waiting'],
    ['a proxy’s 404 page', () => new Response('<h1>Not Found</h1>', { status: 404 }), 'waiting'],
    ['a phone revoked', refusal(401, 'invalid_token'), 'waiting_for_sign_in'],
    ['a phone never paired', refusal(401, 'missing_token'), 'waiting_for_sign_in'],
    ['a token that may only capture', refusal(403, 'insufficient_scope'), 'waiting_for_sign_in'],
  ] as const)('after %s', async (_name, answer, state) => {
    const s = server(answer as () => Response);
    await enqueueAtT0({ kind: 'edit', expense: resto, patch: { description: 'Resto du soir' } });
    await flush(s);
    expect(await db.ops.toArray()).toMatchObject([{ state, patch: { description: 'Resto du soir' } }]);
    expect((await db.expenses.get('e1'))?.description).toBe('Resto du soir');
    expect(told).toEqual([]);
  });
});
