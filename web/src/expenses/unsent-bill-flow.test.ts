// A household's bill typed offline, its payer and shares changed before it is sent: through the
// real Dexie (fake-indexeddb) and the real API client, the server faked at the HTTP boundary as a
// household's server behaves (it splits a bill among its members, and refuses a payer or a share
// who is no member: 422 not_a_member).
import 'fake-indexeddb/auto';
import {
  type CaptureResult,
  checkSplitEdit,
  type Expense,
  type Household,
  type Share,
  splitCents,
} from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../data/api/client.ts';
import { openDb, type VoiceTrackDb } from '../data/db.ts';
import { flushOutbox } from '../data/flush.ts';
import { enqueueNote } from '../data/outbox.ts';
import type { ChangeRefusal } from '../data/refused-change.ts';
import { type Listed, withProvisional } from './provisional.ts';
import { keepProvisional, readProvisional } from './provisional-reading.ts';
import { changeRow } from './unsent.ts';

const COLOC: Household = {
  id: 'h1',
  name: 'Coloc',
  me: 'marie',
  members: [
    { id: 'marie', name: 'Marie', role: 'owner' },
    { id: 'paul', name: 'Paul', role: 'member' },
    { id: 'lea', name: 'Léa', role: 'member' },
  ],
};

/** The household's server: `members` are who is in it when the note arrives. */
function householdServer(members: string[]) {
  const bills = new Map<string, Expense>();
  const patches: Record<string, unknown>[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const body = (await request.json()) as Record<string, unknown>;
    if (path === '/api/text') {
      const clientId = String(body.clientId);
      const split = splitCents(4800, members, { kind: 'equal' });
      const now = new Date().toISOString();
      const bill: Expense = {
        id: `s-${clientId}`,
        clientId,
        position: 0,
        amount: '48.00',
        currency: 'EUR',
        category: 'dining',
        description: 'Resto',
        date: '2026-12-05',
        transcript: String(body.text),
        source: 'text',
        status: 'saved',
        parsedBy: 'local',
        reviewReason: null,
        householdId: String(body.householdId),
        paidBy: 'marie',
        split: split.kind === 'split' ? split.shares : [],
        createdAt: now,
        updatedAt: now,
      };
      bills.set(bill.id, bill);
      const result: CaptureResult = {
        clientId,
        status: 'saved',
        transcript: bill.transcript ?? '',
        expenses: [bill],
      };
      return json(201, result);
    }
    const bill = bills.get(/^\/api\/expenses\/(.+)$/.exec(path)?.[1] ?? '');
    if (!bill) return json(404, { error: { code: 'not_found', message: 'no such expense' } });
    patches.push(body);
    const { editedAt: _at, sentAt: _sent, ...edit } = body as Partial<Expense> & Record<string, unknown>;
    const check = checkSplitEdit(
      bill,
      members.map((id) => ({ id, active: true })),
      edit as { amount?: string; paidBy?: string; split?: Share[] },
    );
    if (check.kind === 'refused') return json(422, { error: { code: check.code, message: check.message } });
    const next = { ...bill, ...edit } as Expense;
    bills.set(bill.id, next);
    return json(200, next);
  };
  return { bills, patches, api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }) };
}

let db: VoiceTrackDb;
let n = 0;
beforeEach(() => {
  db = openDb(`unsent-bill-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** « 48 € au resto, on partage », typed with « Partagé avec Coloc » on and no network. */
async function typedBill(): Promise<Listed> {
  const note = await enqueueNote(db, {
    kind: 'text',
    text: '48 € au resto, on partage',
    locale: 'fr-FR',
    confirm: false,
    currency: 'EUR',
    householdId: 'h1',
  });
  const provisional = readProvisional(note, { memory: [], expenses: [], households: [COLOC] });
  if (!provisional) throw new Error('no reading');
  await keepProvisional(db, note.id, provisional);
  const [row] = await listed();
  if (!row) throw new Error('no row');
  return row;
}

const listed = async () =>
  db.transaction('r', db.notes, db.expenses, async () =>
    withProvisional(await db.expenses.toArray(), await db.notes.toArray()),
  );

const CHOSEN: Share[] = [
  { memberId: 'marie', cents: 0 },
  { memberId: 'paul', cents: 3200 },
  { memberId: 'lea', cents: 1600 },
];

describe('an unsent household bill whose shares the person changed', () => {
  it('shows the shares the server will make at once, then the payer and shares chosen', async () => {
    const row = await typedBill();
    expect(row).toMatchObject({ provisional: true, paidBy: 'marie', amount: '48.00' });
    expect(row.split?.map((s) => s.cents)).toEqual([1600, 1600, 1600]);
    await changeRow(db, row, { kind: 'edit', patch: { paidBy: 'paul', split: CHOSEN } });
    expect((await listed())[0]).toMatchObject({ provisional: true, paidBy: 'paul', split: CHOSEN });
  });

  it('is what the server keeps once the note is sent: the answer, then the change as an edit', async () => {
    const server = householdServer(['marie', 'paul', 'lea']);
    await changeRow(db, await typedBill(), { kind: 'edit', patch: { paidBy: 'paul', split: CHOSEN } });
    await flushOutbox({ db, api: server.api });
    const [kept] = [...server.bills.values()];
    expect(kept).toMatchObject({ paidBy: 'paul', split: CHOSEN });
    expect((await listed())[0]).toMatchObject({ id: kept?.id, paidBy: 'paul', split: CHOSEN });
    expect(await db.ops.count()).toBe(0);
  });

  it('is refused when a member chosen left meanwhile: the bill and the other fields are kept, and the refusal said', async () => {
    const server = householdServer(['marie', 'paul']);
    const told: { fields: string[]; refused?: ChangeRefusal }[] = [];
    await changeRow(db, await typedBill(), {
      kind: 'edit',
      patch: { description: 'Resto du vendredi', paidBy: 'paul', split: CHOSEN },
    });
    await flushOutbox({
      db,
      api: server.api,
      onEditLost: (_e, fields, refused) => told.push({ fields, refused }),
    });
    expect(told).toEqual([{ fields: ['paidBy', 'split'], refused: 'not_a_member' }]);
    // The payer and shares refused, the server's stay on the row; the description waits to go again.
    expect((await listed())[0]).toMatchObject({
      paidBy: 'marie',
      split: [
        { memberId: 'marie', cents: 2400 },
        { memberId: 'paul', cents: 2400 },
      ],
      description: 'Resto du vendredi',
    });
    await flushOutbox({ db, api: server.api });
    const [kept] = [...server.bills.values()];
    expect(kept).toMatchObject({ description: 'Resto du vendredi', paidBy: 'marie' });
    expect(server.patches.at(-1)).not.toHaveProperty('split');
    expect(await db.ops.count()).toBe(0);
  });

  it('drops a change of the shares alone once refused, leaving nothing waiting', async () => {
    const server = householdServer(['marie', 'paul']);
    await changeRow(db, await typedBill(), { kind: 'edit', patch: { split: CHOSEN } });
    await flushOutbox({ db, api: server.api });
    expect(await db.ops.count()).toBe(0);
    expect((await listed())[0]?.split?.map((s) => s.cents)).toEqual([2400, 2400]);
  });
});
