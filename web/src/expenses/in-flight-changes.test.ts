// A row deleted or changed while its note is on its way: through the real Dexie (fake-indexeddb),
// the real outbox, flush and API client, the server faked at the HTTP boundary with its answer to
// the note held back until the test lets it go. What the server counts is what it keeps live.
import 'fake-indexeddb/auto';
import type { CaptureResult, Expense } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../data/api/client.ts';
import { openDb, type VoiceTrackDb } from '../data/db.ts';
import { UNDO_MS } from '../data/expense-changes.ts';
import { jsonResponse, savedExpense } from '../data/expense-fixtures.ts';
import { flushOutbox } from '../data/flush.ts';
import { enqueueNote } from '../data/outbox.ts';
import { refreshExpenses } from '../data/refresh-expenses.ts';
import { type Listed, withProvisional } from './provisional.ts';
import { showUnsent } from './provisional-reading.ts';
import { rowChanges } from './row-changes.ts';

type Row = Partial<Expense>;
const CAFE: Row = { amount: '2.50', description: 'Café' };
const BREAD: Row = { amount: '4.00', description: 'Pain', category: 'groceries' };

/**
 * A server that answers each clientId once (the same answer again after), holds its answer to a
 * note until `release`, refuses the notes named in `refuse`, and applies edits and deletes.
 */
function heldServer(rows: (text: string) => Row[]) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const live = new Map<string, Expense>();
  const answers = new Map<string, CaptureResult>();
  const refuse = new Set<string>();
  let gate: Promise<void> | null = null;
  let open = () => {};
  /** Who waits for a count of notes to have reached the server (`reached`). */
  const waiting: { count: number; resolve: () => void }[] = [];
  const notesIn = () => requests.filter((r) => r.path === '/api/text').length;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const body = request.method === 'GET' || request.method === 'DELETE' ? null : await request.json();
    requests.push({ method: request.method, path, body });
    for (const w of waiting.filter((w) => notesIn() >= w.count)) w.resolve();
    if (path === '/api/text') {
      const { clientId, text } = body as { clientId: string; text: string };
      if (refuse.has(clientId)) {
        await gate;
        return jsonResponse(422, { error: { code: 'unreadable', message: 'no expense in these words' } });
      }
      const known = answers.get(clientId);
      if (!known) {
        const at = new Date().toISOString();
        const made = rows(text).map((over, position) =>
          savedExpense(`s-${clientId}-${position}`, {
            clientId,
            position,
            transcript: text,
            createdAt: at,
            updatedAt: at,
            ...over,
          }),
        );
        for (const e of made) live.set(e.id, e);
        answers.set(clientId, { clientId, status: 'saved', transcript: text, expenses: made });
      }
      // Stored, and the answer on its way: it lands when the test says.
      await gate;
      return jsonResponse(201, answers.get(clientId));
    }
    if (path === '/api/expenses' && request.method === 'GET') {
      return jsonResponse(200, { expenses: [...live.values()], nextCursor: null });
    }
    const id = /^\/api\/expenses\/(.+)$/.exec(path)?.[1] ?? '';
    const current = live.get(id);
    if (!current) return jsonResponse(404, { error: { code: 'not_found', message: 'no such expense' } });
    if (request.method === 'DELETE') {
      live.delete(id);
      return new Response(null, { status: 204 });
    }
    const { editedAt: _at, sentAt: _sent, ...fields } = body as Record<string, string>;
    const next = { ...current, ...fields, status: 'saved' as const, reviewReason: null };
    live.set(id, next);
    return jsonResponse(200, next);
  };
  return {
    requests,
    live,
    refuse,
    /** The answers to notes wait from now until `release`. */
    /** Resolves once `count` notes (requests to send one) have reached the server. */
    reached(count: number) {
      return new Promise<void>((resolve) => {
        if (notesIn() >= count) resolve();
        else waiting.push({ count, resolve });
      });
    },
    hold() {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release() {
      open();
      gate = null;
    },
    /** The month's total, in cents, as the server counts it: its live expenses. */
    totalCents: () =>
      [...live.values()].reduce((sum, e) => sum + Math.round(Number(e.amount ?? '0') * 100), 0),
    api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }),
  };
}

const NOTE = { locale: 'fr-FR', confirm: false, currency: 'EUR' } as const;
let db: VoiceTrackDb;
let name = '';
let n = 0;
beforeEach(() => {
  name = `in-flight-${++n}`;
  db = openDb(name);
});
afterEach(async () => {
  await db.delete();
});

/** What the list shows, read as the app reads it: notes and expenses from one snapshot. */
const listed = async (from = db): Promise<Listed[]> =>
  from.transaction('r', from.notes, from.expenses, async () =>
    withProvisional(await from.expenses.toArray(), await from.notes.toArray()),
  );
const shown = async (from = db) =>
  (await listed(from)).map((e) => [e.description, e.amount, !!e.provisional]);

/** A typed note, read on the phone and shown at once as unsent rows. */
async function typed(text: string) {
  const note = await enqueueNote(db, { kind: 'text', text, ...NOTE });
  expect(await showUnsent(db, note.id)).toBe(true);
  return note;
}

/**
 * A flush with its answers held: resolves once the first note's request is at the server, with
 * the flush's end (in an object: an async function would wait for a promise it returns).
 */
async function sendHeld(server: ReturnType<typeof heldServer>, options: { concurrency?: number } = {}) {
  server.hold();
  const before = server.requests.filter((r) => r.path === '/api/text').length;
  const flush = flushOutbox({ db, api: server.api, ...options });
  await server.reached(before + 1);
  return { done: () => flush };
}

/** A flush once the undo window of everything done so far is over. */
const flushLater = (from = db, server: ReturnType<typeof heldServer>) =>
  flushOutbox({ db: from, api: server.api, now: () => Date.now() + UNDO_MS + 1_000 });

const changes = () => rowChanges(db, () => {});
const deletes = (server: ReturnType<typeof heldServer>) =>
  server.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);

describe('the only row of a note, deleted while the note is on its way', () => {
  it('never comes back: not with the answer, not from a reading of the list, and the server deletes it', async () => {
    const server = heldServer(() => [CAFE]);
    await typed('Café 2,50 €');
    const [row] = await listed();
    const sending = await sendHeld(server);
    // The server has it, its answer not yet here.
    expect(server.totalCents()).toBe(250);

    await changes().remove(row as Listed);
    expect(await shown()).toEqual([]);
    // A reading of the list meanwhile (the server's change event) does not show it either.
    await refreshExpenses(db, server.api);
    expect(await shown()).toEqual([]);

    server.release();
    await sending.done();
    expect(await shown()).toEqual([]);
    // The delete waits for the undo window, then goes.
    expect(deletes(server)).toEqual([]);
    await flushLater(db, server);
    expect(deletes(server)).toEqual([`/api/expenses/s-${row?.clientId}-0`]);
    expect(server.totalCents()).toBe(0);
    await refreshExpenses(db, server.api);
    expect(await shown()).toEqual([]);
    expect(await db.ops.count()).toBe(0);
  });

  it('comes back exactly with undo before the answer, and the answer is then the row, counted once', async () => {
    const server = heldServer(() => [CAFE]);
    await typed('Café 2,50 €');
    const [row] = await listed();
    const sending = await sendHeld(server);
    const undo = await changes().remove(row as Listed);
    expect(await undo()).toBe(true);
    expect(await listed()).toEqual([row]);

    server.release();
    await sending.done();
    await flushLater(db, server);
    expect(await shown()).toEqual([['Café', '2.50', false]]);
    expect(deletes(server)).toEqual([]);
    expect(server.totalCents()).toBe(250);
  });

  it('comes back with undo once the answer landed, and nothing is deleted', async () => {
    const server = heldServer(() => [CAFE]);
    await typed('Café 2,50 €');
    const [row] = await listed();
    const sending = await sendHeld(server);
    const undo = await changes().remove(row as Listed);
    server.release();
    await sending.done();
    expect(await shown()).toEqual([]);

    expect(await undo()).toBe(true);
    expect(await shown()).toEqual([['Café', '2.50', false]]);
    await flushLater(db, server);
    expect(deletes(server)).toEqual([]);
    expect(server.totalCents()).toBe(250);
    expect(await shown()).toEqual([['Café', '2.50', false]]);
  });

  it('is deleted by the next flush after a reload, by the service worker, when the answer was lost', async () => {
    const server = heldServer(() => [CAFE]);
    const note = await typed('Café 2,50 €');
    const [row] = await listed();
    const sending = await sendHeld(server);
    await changes().remove(row as Listed);
    // The page is closed while the answer is on its way: the answer never lands here.
    db.close();
    server.release();
    await sending.done().catch(() => undefined);

    // The worker, with its own connection to the same database, flushes later.
    const worker = openDb(name);
    await worker.notes.update(note.id, { state: 'waiting', nextAttemptAt: 0 });
    await flushLater(worker, server);
    await flushLater(worker, server);
    expect(server.totalCents()).toBe(0);
    worker.close();

    // The page opens again: nothing of it.
    db = openDb(name);
    await refreshExpenses(db, server.api);
    expect(await shown()).toEqual([]);
    // Kept as an answered note is (its answer names the clientId), shown nowhere.
    expect((await db.notes.toArray()).map((n) => [n.state, !!n.discarded])).toEqual([['done', true]]);
    expect(await db.ops.count()).toBe(0);
  });

  it('leaves nothing behind when the server refuses the note', async () => {
    const server = heldServer(() => [CAFE]);
    const note = await typed('Café 2,50 €');
    server.refuse.add(note.id);
    const [row] = await listed();
    const sending = await sendHeld(server);
    await changes().remove(row as Listed);
    server.release();
    await sending.done();
    expect(await db.notes.count()).toBe(0);
    expect(await db.chunks.count()).toBe(0);
    expect(await db.ops.count()).toBe(0);
    expect(await shown()).toEqual([]);
  });

  it('leaves the other notes as they were', async () => {
    const server = heldServer((text) => (text.includes('Pain') ? [BREAD] : [CAFE]));
    await typed('Café 2,50 €');
    await typed('Pain 4 €');
    const cafe = (await listed()).find((e) => e.description === 'Café');
    const sending = await sendHeld(server);
    await server.reached(2);
    await changes().remove(cafe as Listed);
    server.release();
    await sending.done();
    await flushLater(db, server);
    expect(await shown()).toEqual([['Pain', '4.00', false]]);
    expect(server.totalCents()).toBe(400);
  });

  it('is never sent when it was deleted before its turn came', async () => {
    const server = heldServer((text) => (text.includes('Pain') ? [BREAD] : [CAFE]));
    await typed('Pain 4 €');
    await typed('Café 2,50 €');
    const cafe = (await listed()).find((e) => e.description === 'Café');
    // One at a time: the bread's answer is held, the coffee waits its turn in this very flush.
    const sending = await sendHeld(server, { concurrency: 1 });
    await changes().remove(cafe as Listed);
    server.release();
    // One note sent and answered: the worker's Background Sync is not asked to try again.
    expect(await sending.done()).toMatchObject({ sent: 1, done: 1 });
    expect(server.requests.filter((r) => r.path === '/api/text')).toHaveLength(1);
    expect(await shown()).toEqual([['Pain', '4.00', false]]);
    expect(server.totalCents()).toBe(400);
  });
});

describe('one row of a note with several, deleted while the note is on its way', () => {
  it('goes with the answer, and the other row stays as it was', async () => {
    const server = heldServer(() => [CAFE, BREAD]);
    await typed('Café 2,50 € et pain 4 €');
    const cafe = (await listed()).find((e) => e.description === 'Café');
    const sending = await sendHeld(server);
    await changes().remove(cafe as Listed);
    await refreshExpenses(db, server.api);
    expect(await shown()).toEqual([['Pain', '4.00', false]]);
    server.release();
    await sending.done();
    expect(await shown()).toEqual([['Pain', '4.00', false]]);
    await flushLater(db, server);
    expect(server.totalCents()).toBe(400);
    expect(await shown()).toEqual([['Pain', '4.00', false]]);
  });

  it('comes back with undo once the answer landed, and nothing is deleted', async () => {
    const server = heldServer(() => [CAFE, BREAD]);
    await typed('Café 2,50 € et pain 4 €');
    const cafe = (await listed()).find((e) => e.description === 'Café');
    const sending = await sendHeld(server);
    const undo = await changes().remove(cafe as Listed);
    server.release();
    await sending.done();
    expect(await undo()).toBe(true);
    await flushLater(db, server);
    expect(deletes(server)).toEqual([]);
    expect(server.totalCents()).toBe(650);
    expect((await shown()).sort()).toEqual([
      ['Café', '2.50', false],
      ['Pain', '4.00', false],
    ]);
  });
});

describe('both rows of a note deleted one after the other while it is on its way', () => {
  it("the last one's undo, once the answer landed, gives that row back and not the other", async () => {
    const server = heldServer(() => [CAFE, BREAD]);
    await typed('Café 2,50 € et pain 4 €');
    const rows = await listed();
    const sending = await sendHeld(server);
    await changes().remove(rows.find((e) => e.description === 'Pain') as Listed);
    const undoCafe = await changes().remove(rows.find((e) => e.description === 'Café') as Listed);
    expect(await shown()).toEqual([]);
    server.release();
    await sending.done();
    expect(await shown()).toEqual([]);

    expect(await undoCafe()).toBe(true);
    expect(await shown()).toEqual([['Café', '2.50', false]]);
    await flushLater(db, server);
    expect(deletes(server)).toEqual([`/api/expenses/s-${rows[0]?.clientId}-1`]);
    expect(server.totalCents()).toBe(250);
    expect(await shown()).toEqual([['Café', '2.50', false]]);
  });
});

describe("the server's row, read with the list before the note's answer landed here", () => {
  it('deleted or edited then, stays as the person left it when the answer lands', async () => {
    const server = heldServer(() => [CAFE, BREAD]);
    await typed('Café 2,50 € et pain 4 €');
    const sending = await sendHeld(server);
    // Another device's change made the page read the list: the server's rows show, not the unsent ones.
    await refreshExpenses(db, server.api);
    const rows = await listed();
    expect(rows.map((e) => !!e.provisional)).toEqual([false, false]);
    await changes().remove(rows.find((e) => e.description === 'Café') as Listed);
    await changes().edit(rows.find((e) => e.description === 'Pain') as Listed, { amount: '4.50' });
    server.release();
    await sending.done();
    expect(await shown()).toEqual([['Pain', '4.50', false]]);
    await flushLater(db, server);
    expect(server.totalCents()).toBe(450);
    expect(await shown()).toEqual([['Pain', '4.50', false]]);
  });
});

describe('a row changed while its note is on its way', () => {
  it('is the answer row with the change, shown so from a reading of the list too, and the server has it', async () => {
    const server = heldServer(() => [CAFE, BREAD]);
    await typed('Café 2,50 € et pain 4 €');
    const cafe = (await listed()).find((e) => e.description === 'Café');
    const sending = await sendHeld(server);
    await changes().edit(cafe as Listed, { amount: '3.00' });
    await refreshExpenses(db, server.api);
    expect((await shown()).sort()).toEqual([
      ['Café', '3.00', false],
      ['Pain', '4.00', false],
    ]);
    server.release();
    await sending.done();
    await flushLater(db, server);
    expect((await shown()).sort()).toEqual([
      ['Café', '3.00', false],
      ['Pain', '4.00', false],
    ]);
    expect(server.totalCents()).toBe(700);
  });
});
