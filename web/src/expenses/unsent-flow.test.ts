// Unsent rows through the real Dexie (fake-indexeddb) and the real API client, the server faked
// at the HTTP boundary: a note read on the phone, changed before sending, then answered.
import 'fake-indexeddb/auto';
import type { CaptureResult, Expense } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../data/api/client.ts';
import { openDb, type VoiceTrackDb } from '../data/db.ts';
import { flushOutbox } from '../data/flush.ts';
import { enqueueNote } from '../data/outbox.ts';
import { withProvisional } from './provisional.ts';
import { keepProvisional, showUnsent } from './provisional-reading.ts';
import { changeRow, removeRow } from './unsent.ts';

/** The server's clock, a minute ahead of the phone's: its rows are created after any change made here. */
const serverNow = () => `${new Date(Date.now() + 60_000).toISOString().slice(0, -1)}456Z`;

/** A server that answers every note with these rows, and applies and returns every edit. */
function fakeServer(rows: (clientId: string) => Partial<Expense>[]) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const expenses = new Map<string, Expense>();
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const body = request.method === 'GET' ? null : await request.json();
    requests.push({ method: request.method, path, body });
    if (path === '/api/text') {
      const { clientId, text } = body as { clientId: string; text: string };
      const created = serverNow();
      const made = rows(clientId).map(
        (over, position): Expense => ({
          id: `s-${clientId}-${position}`,
          clientId,
          position,
          amount: '12.50',
          currency: 'EUR',
          category: 'dining',
          description: 'Resto',
          date: '2026-11-24',
          transcript: text,
          transcriptSource: null,
          source: 'text',
          status: 'saved',
          parsedBy: 'local',
          reviewReason: null,
          createdAt: created,
          updatedAt: created,
          ...over,
        }),
      );
      for (const e of made) expenses.set(e.id, e);
      const result: CaptureResult = { clientId, status: 'saved', transcript: text, expenses: made };
      return json(201, result);
    }
    const id = /^\/api\/expenses\/(.+)$/.exec(path)?.[1] ?? '';
    const current = expenses.get(id);
    if (!current) return json(404, { error: { code: 'not_found', message: 'no such expense' } });
    const { editedAt: _at, sentAt: _sent, ...fields } = body as Record<string, string>;
    const next = { ...current, ...fields, status: 'saved' as const, reviewReason: null };
    expenses.set(id, next);
    return json(200, next);
  };
  return { requests, fetch, api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }) };
}

const NOTE = { locale: 'fr-FR', confirm: false, currency: 'EUR' } as const;
let db: VoiceTrackDb;
let n = 0;
beforeEach(() => {
  db = openDb(`unsent-flow-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** What the list shows, read as the app reads it: notes and expenses from one snapshot. */
const listed = async () =>
  db.transaction('r', db.notes, db.expenses, async () =>
    withProvisional(await db.expenses.toArray(), await db.notes.toArray()),
  );

describe('a typed note read on the phone', () => {
  it('shows its expense at once, unsent, with what the shared parser made of the words', async () => {
    const note = await enqueueNote(db, {
      kind: 'text',
      text: 'Douze euros cinquante au resto ce midi',
      ...NOTE,
    });
    expect(await showUnsent(db, note.id)).toBe(true);
    expect(await listed()).toEqual([
      expect.objectContaining({
        clientId: note.id,
        position: 0,
        amount: '12.50',
        category: 'dining',
        date: localDay(note.recordedAt),
        status: 'saved',
        provisional: true,
      }),
    ]);
  });

  it('reads no receipt’s OCR text as words: the receipt reader keeps its reading before (receipt-actions.ts)', async () => {
    const ticket = await enqueueNote(db, { kind: 'text', text: '3 € de pain', ...NOTE });
    await db.notes.update(ticket.id, { kind: 'receipt', text: 'BOULANGERIE\nTOTAL 3,00 EUR' });
    expect(await showUnsent(db, ticket.id)).toBe(false);
    expect(await listed()).toEqual([]);
  });

  it('keeps no reading for words with no expense (the card stays) nor for a note already answered', async () => {
    const blah = await enqueueNote(db, { kind: 'text', text: 'blah blah', ...NOTE });
    expect(await showUnsent(db, blah.id)).toBe(false);
    const answered = await enqueueNote(db, { kind: 'text', text: '3 € de pain', ...NOTE });
    await db.notes.update(answered.id, { state: 'done' });
    expect(await keepProvisional(db, answered.id, { expenses: [], changes: [] })).toBe(false);
    expect(await listed()).toEqual([]);
  });
});

describe('the answer', () => {
  it('replaces the unsent row in one transaction, with the change made before it, sent as an edit', async () => {
    const server = fakeServer(() => [{}]);
    const note = await enqueueNote(db, {
      kind: 'text',
      text: 'Douze euros cinquante au resto ce midi',
      ...NOTE,
    });
    await showUnsent(db, note.id);
    const [unsent] = await listed();
    expect(
      await changeRow(db, unsent as Expense & { provisional: true }, {
        kind: 'edit',
        patch: { category: 'leisure' },
      }),
    ).toBeNull();
    expect((await listed())[0]).toMatchObject({ category: 'leisure', provisional: true });

    await flushOutbox({ db, api: server.api });

    expect(await listed()).toEqual([
      expect.objectContaining({ id: `s-${note.id}-0`, category: 'leisure', amount: '12.50' }),
    ]);
    expect((await listed())[0]?.provisional).toBeUndefined();
    const patch = server.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`/api/expenses/s-${note.id}-0`);
    // Made before the server had the row: stamped when it was made, on this phone's clock (the
    // server's, a minute ahead, is never mixed in), and sent with that clock as it went.
    const { editedAt, sentAt, ...sent } = (patch?.body ?? {}) as { editedAt: string; sentAt: string };
    expect(sent).toEqual({ category: 'leisure' });
    const createdAt = (await db.expenses.get(`s-${note.id}-0`))?.createdAt ?? '';
    expect(Date.parse(editedAt)).toBeLessThan(Date.parse(createdAt));
    expect(Date.parse(editedAt)).toBeLessThanOrEqual(Date.parse(sentAt));
    expect(Date.parse(sentAt)).toBeLessThan(Date.parse(createdAt));
    expect(await db.ops.count()).toBe(0);
    expect((await db.notes.get(note.id))?.provisional).toBeUndefined();
  });

  it('replays changes made before it in the order they were made, though their stamps may tie', async () => {
    const server = fakeServer(() => [{}]);
    const note = await enqueueNote(db, { kind: 'text', text: 'Douze euros cinquante au resto', ...NOTE });
    await showUnsent(db, note.id);
    const amounts = ['13.00', '14.00', '15.00', '16.00', '17.00', '18.00'];
    for (const amount of amounts) {
      const [unsent] = await listed();
      await changeRow(db, unsent as Expense & { provisional: true }, { kind: 'edit', patch: { amount } });
    }
    await flushOutbox({ db, api: server.api });
    const patches = server.requests.filter((r) => r.method === 'PATCH');
    // Each stamped when it was made (several in one millisecond tie), never out of order.
    const stamps = patches.map((p) => Date.parse((p.body as { editedAt: string }).editedAt));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(patches.map((p) => (p.body as { amount: string }).amount)).toEqual(amounts);
    expect((await listed())[0]).toMatchObject({ amount: '18.00' });
  });

  it('takes a change made once the answer was in to the server row instead', async () => {
    const server = fakeServer(() => [{}]);
    const note = await enqueueNote(db, {
      kind: 'text',
      text: 'Douze euros cinquante au resto ce midi',
      ...NOTE,
    });
    await showUnsent(db, note.id);
    const [stale] = await listed();
    await flushOutbox({ db, api: server.api });
    const target = await changeRow(db, stale as Expense & { provisional: true }, {
      kind: 'edit',
      patch: { amount: '13.00' },
    });
    expect(target?.id).toBe(`s-${note.id}-0`);
  });

  it("replays a delete of one of a note's rows, and forgets a note whose only row is deleted", async () => {
    const server = fakeServer(() => [{}, { amount: '3.00', description: 'Café' }]);
    const two = await enqueueNote(db, { kind: 'text', text: '12,50 € de resto et 3 € de café', ...NOTE });
    await showUnsent(db, two.id);
    const rows = await listed();
    expect(rows).toHaveLength(2);
    const removed = await removeRow(db, rows[1] as Expense & { provisional: true });
    expect(removed.kind).toBe('removed');
    expect((await listed()).map((e) => e.position)).toEqual([0]);
    await flushOutbox({ db, api: server.api });
    expect((await db.ops.toArray()).map((o) => [o.kind, o.expenseId])).toEqual([['delete', `s-${two.id}-1`]]);
    expect((await listed()).map((e) => e.id)).toEqual([`s-${two.id}-0`]);

    const one = await enqueueNote(db, { kind: 'text', text: '4 € de pain', ...NOTE });
    await showUnsent(db, one.id);
    const [bread] = (await listed()).filter((e) => e.clientId === one.id);
    expect(await removeRow(db, bread as Expense & { provisional: true })).toEqual({ kind: 'last' });
  });
});

function localDay(recordedAt: string): string {
  return recordedAt.slice(0, 10);
}
