/**
 * A household's bill typed on a phone with no network, its payer and shares changed before it is
 * sent, on PGlite and on the PostgreSQL server: the phone's own outbox (Dexie over fake-indexeddb,
 * the PWA's API client) sends the note to the real server, then the change as an edit of the
 * server's row, and the server keeps what the person chose; the balances are those shares. A
 * member chosen who left meanwhile: the bill is kept as the server split it, its other fields as
 * changed, the shares refused and said (422 not_a_member).
 */
import 'fake-indexeddb/auto';
import type { Household, Share } from '@voicetrack/shared';
import { createApiClient } from '@voicetrack/web/src/data/api/client.ts';
import { openDb, type VoiceTrackDb } from '@voicetrack/web/src/data/db.ts';
import { flushOutbox } from '@voicetrack/web/src/data/flush.ts';
import { enqueueNote } from '@voicetrack/web/src/data/outbox.ts';
import type { ChangeRefusal } from '@voicetrack/web/src/data/refused-change.ts';
import { type Listed, withProvisional } from '@voicetrack/web/src/expenses/provisional.ts';
import { keepProvisional, readProvisional } from '@voicetrack/web/src/expenses/provisional-reading.ts';
import { changeRow } from '@voicetrack/web/src/expenses/unsent.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOTH_DATABASES, useAppOn } from '../support/both-databases.ts';
import { pairPerson } from '../support/pair-person.ts';

const SECRET = 'e'.repeat(64);

describe.each(BOTH_DATABASES)(
  'an unsent household bill’s shares chosen offline, on %s',
  (_name, postgres) => {
    const t = useAppOn(postgres, 'vt_households_unsent_shares', { pairingSecret: SECRET });
    const phones: Record<string, { headers: { authorization: string } }> = {};
    let coloc: Household;
    let db: VoiceTrackDb;
    const told: Array<{ fields: string[]; refused?: ChangeRefusal }> = [];

    beforeAll(async () => {
      for (const person of ['Marie', 'Paul', 'Léa'])
        phones[person] = await pairPerson(t.app.api, SECRET, person);
      const [h] = (await (await t.app.api.households.$get({}, phones.Marie)).json()).households;
      if (!h) throw new Error('no household');
      coloc = h;
      db = openDb(`unsent-shares-${postgres}`);
    });
    afterAll(async () => {
      await db.delete();
    });

    /** Marie's phone: its outbox, sending to the server in-process with her token. */
    const flush = () =>
      flushOutbox({
        db,
        api: createApiClient({
          baseUrl: 'http://localhost',
          fetch: (input, init) => Promise.resolve(t.app.app.request(new Request(input, init))),
          headers: async () => phones.Marie?.headers ?? null,
        }),
        onEditLost: (_e, fields, refused) => told.push({ fields, ...(refused ? { refused } : {}) }),
      });
    const memberId = (name: string) => coloc.members.find((m) => m.name === name)?.id ?? '';
    const shares = (...parts: Array<[string, number]>): Share[] =>
      parts.map(([name, cents]) => ({ memberId: memberId(name), cents }));

    /** Typed with « Partagé avec Foyer » on, no network: read on the phone, shown at once. */
    async function typedOffline(text: string): Promise<Listed> {
      const note = await enqueueNote(db, {
        kind: 'text',
        text,
        locale: 'fr-FR',
        confirm: false,
        currency: 'EUR',
        householdId: coloc.id,
      });
      const provisional = readProvisional(note, { memory: [], expenses: [], households: [coloc] });
      if (!provisional) throw new Error(`nothing read in ${text}`);
      await keepProvisional(db, note.id, provisional);
      const row = withProvisional([], [(await db.notes.get(note.id)) ?? note])[0];
      if (!row) throw new Error('no unsent row');
      return row;
    }
    const balances = async () =>
      Object.fromEntries(
        (
          await (
            await t.app.api.households[':id'].balances.$get(
              { param: { id: coloc.id }, query: { currency: 'EUR' } },
              phones.Paul,
            )
          ).json()
        ).balances.map((b) => [b.name, b.net]),
      );
    const bills = async () =>
      (await (await t.app.api.expenses.$get({ query: { householdId: coloc.id } }, phones.Paul)).json())
        .expenses;

    it('keeps the payer and shares chosen before the note was sent, and the balances are theirs', async () => {
      const row = await typedOffline('48 € au resto, on partage');
      // The shares the server will make, at once: equal among the three, paid by Marie.
      expect([row.paidBy, row.split]).toEqual([
        memberId('Marie'),
        shares(['Marie', 1600], ['Paul', 1600], ['Léa', 1600]),
      ]);
      const chosen = shares(['Marie', 0], ['Paul', 3200], ['Léa', 1600]);
      await changeRow(db, row, { kind: 'edit', patch: { paidBy: memberId('Paul'), split: chosen } });

      // One flush: the note, its answer, then the change as an edit of the server's row.
      await flush();
      const [bill] = await bills();
      expect(bill).toMatchObject({ amount: '48.00', paidBy: memberId('Paul'), split: chosen });
      expect(bill?.provenance).toMatchObject({ paidBy: { from: 'person' }, split: { from: 'person' } });
      // Paul paid 48, bears 32: owed 16; Léa owes her 16; Marie neither paid nor bears any.
      expect(await balances()).toEqual({ Marie: '0.00', Paul: '16.00', Léa: '-16.00' });
      expect([told, await db.ops.count()]).toEqual([[], 0]);
    });

    it('keeps the bill as the server split it, and its other fields, when a member chosen left meanwhile, and says so', async () => {
      const row = await typedOffline('30 € de courses, on partage');
      await changeRow(db, row, {
        kind: 'edit',
        patch: { description: 'Courses du marché', split: shares(['Marie', 0], ['Paul', 0], ['Léa', 3000]) },
      });
      const left = await t.app.api.households[':id'].members[':memberId'].$delete(
        { param: { id: coloc.id, memberId: memberId('Léa') } },
        phones.Léa,
      );
      expect(left.status).toBe(204);

      await flush();
      expect(told).toEqual([{ fields: ['split'], refused: 'not_a_member' }]);
      await flush();
      const bill = (await bills()).find((e) => e.amount === '30.00');
      expect(bill).toMatchObject({
        description: 'Courses du marché',
        paidBy: memberId('Marie'),
        split: shares(['Marie', 1500], ['Paul', 1500]),
      });
      expect(await balances()).toEqual({ Marie: '15.00', Paul: '1.00', Léa: '-16.00' });
      expect(await db.ops.count()).toBe(0);
    });
  },
);
