/**
 * Households in local mode, on PGlite: one server for a family, whose people form its household.
 * `pnpm pair --person NAME` (POST /api/pair/codes {person}) ties a phone to a person; each phone
 * then records bills as its person, and both see who owes whom.
 */

import { decimalToCents } from '@voicetrack/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReceiptSet, receiptImage } from '../bench/receipt-set.ts';
import { receiptNote, startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { pairPerson } from '../support/pair-person.ts';

const SECRET = 'd'.repeat(64);
let t: TestApp;
let marie: { headers: { authorization: string } };
let paul: { headers: { authorization: string } };

beforeAll(async () => {
  t = await startTestApp({ pairingSecret: SECRET });
  marie = await pairPerson(t.api, SECRET, 'Marie');
  paul = await pairPerson(t.api, SECRET, 'Paul');
});
afterAll(() => t.close());

describe('households in local mode (PGlite, two paired people)', () => {
  it('a person’s phone: a name in the household, not an account (the host’s own expenses are its own)', async () => {
    const saved = await t.api.text.$post({
      json: textNote('12 € de pharmacie', { recordedAt: '2026-09-03T10:00:00+02:00' }),
    });
    const id = (await saved.json()).expenses[0]?.id as string;
    const listed = await (
      await t.api.expenses.$get({ query: { from: '2026-09-03', to: '2026-09-03' } }, marie)
    ).json();
    expect(listed.expenses.map((e) => e.id)).toContain(id);
    const edited = await t.api.expenses[':id'].$patch({ param: { id }, json: { amount: '13.00' } }, marie);
    expect(edited.status).toBe(200);
    const { devices } = await (await t.api.devices.$get({}, marie)).json();
    expect(devices.length).toBeGreaterThanOrEqual(2);
    expect((await t.api.expenses[':id'].$delete({ param: { id } }, paul)).status).toBe(204);
  });

  it('makes the server’s household of the people paired with --person, each phone knowing whose it is', async () => {
    const mine = await (await t.api.households.$get({}, marie)).json();
    expect(mine.households).toHaveLength(1);
    const [h] = mine.households;
    expect(h?.members.map((m) => [m.name, m.role])).toEqual([
      ['Marie', 'owner'],
      ['Paul', 'member'],
    ]);
    expect(h?.me).toBe(h?.members[0]?.id);
    expect((await (await t.api.households.$get({}, paul)).json()).households[0]?.me).toBe(h?.members[1]?.id);
    // One server, one household.
    expect((await t.api.households.$post({ json: { name: 'Autre' } }, marie)).status).toBe(409);
  });

  it('counts a phone’s person’s part in the report and the CSV, the whole bill for the server itself, and restores the bill once', async () => {
    const [h] = (await (await t.api.households.$get({}, marie)).json()).households;
    const householdId = h?.id as string;
    const day = '2026-10-12';
    const res = await t.api.text.$post(
      { json: textNote('30 € de courses, on partage', { householdId, recordedAt: `${day}T12:00:00+02:00` }) },
      paul,
    );
    expect(res.status).toBe(201);
    await t.api.text.$post({ json: textNote('5 € de café', { recordedAt: `${day}T09:00:00+02:00` }) }, marie);
    const month = async (who?: typeof marie) =>
      (await t.api.report.$get({ query: { month: '2026-10' } }, who)).json();
    expect((await month(marie)).totals).toEqual([{ currency: 'EUR', amount: '20.00', count: 2 }]);
    expect((await month(marie)).shared).toMatchObject([{ name: h?.name, amount: '15.00', bills: '30.00' }]);
    // The server's own machine speaks for nobody: the whole bill is the family's.
    expect((await month()).totals).toEqual([{ currency: 'EUR', amount: '35.00', count: 2 }]);
    const lines = (
      await (
        await t.api['export.csv'].$get({ query: { format: 'excel-fr', from: day, to: day } }, marie)
      ).text()
    ).split('\r\n');
    expect(lines.find((l) => l.includes(';30,00;'))).toMatch(/;Paul;15,00$/);
    // A personal expense's household cells stay empty.
    expect(lines.find((l) => l.includes(';5,00;'))).toMatch(/;;;$/);

    const exported = await (await t.api['export.json'].$get({}, marie)).text();
    const bill = (await (await t.api.expenses.$get({ query: { householdId } }, marie)).json()).expenses.find(
      (e) => e.amount === '30.00',
    );
    expect((await t.api.expenses[':id'].$delete({ param: { id: bill?.id as string } }, marie)).status).toBe(
      204,
    );
    const imported = await (
      await t.app.request('/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...marie.headers },
        body: exported,
      })
    ).json();
    expect(imported).toMatchObject({ imported: 1, shared: { bills: 1, personal: 0, notMine: 0 } });
    const back = (await (await t.api.expenses.$get({ query: { householdId } }, paul)).json()).expenses;
    const restored = back.find((e) => e.amount === '30.00');
    expect(restored).toMatchObject({ householdId, paidBy: h?.members[1]?.id });
    // Gone again, so the balances below start from nothing.
    await t.api.expenses[':id'].$delete({ param: { id: restored?.id as string } }, paul);
  });

  it('takes a ticket’s photo as the household’s bill: whole, paid by the phone’s person, split equally', async () => {
    const [h] = (await (await t.api.households.$get({}, paul)).json()).households;
    const householdId = h?.id as string;
    // A clean French supermarket ticket (the phone's OCR text sent with it).
    const label = loadReceiptSet().find((l) => l.file.startsWith('images/07-'));
    if (!label) throw new Error('no ticket 07');
    const photo = receiptImage(label);
    const res = await t.api.receipts.$post(
      { form: receiptNote(photo, { text: label.text, householdId }) },
      paul,
    );
    expect(res.status).toBe(201);
    const [bill] = (await res.json()).expenses;
    const cents = decimalToCents(label.total) ?? 0;
    expect(bill).toMatchObject({ amount: label.total, householdId, paidBy: h?.members[1]?.id, photo: true });
    expect(bill?.split).toEqual([
      { memberId: h?.members[0]?.id, cents: Math.ceil(cents / 2) },
      { memberId: h?.members[1]?.id, cents: Math.floor(cents / 2) },
    ]);
    // A phone paired for nobody may not, and a household that is not there is 404: nothing kept.
    const nobody = await t.api.receipts.$post({
      form: receiptNote(photo, { text: label.text, householdId }),
    });
    expect(nobody.status).toBe(403);
    const unknown = await t.api.receipts.$post(
      { form: receiptNote(photo, { text: label.text, householdId: crypto.randomUUID() }) },
      paul,
    );
    expect(unknown.status).toBe(404);
    const bills = await (await t.api.expenses.$get({ query: { householdId } }, marie)).json();
    expect(bills.expenses.map((e) => e.id)).toEqual([bill?.id]);
    // Gone again: the next test starts square.
    expect((await t.api.expenses[':id'].$delete({ param: { id: bill?.id as string } }, marie)).status).toBe(
      204,
    );
  });

  it('« 48 € au resto, on partage » on Marie’s phone: Paul owes Marie 24,00 €', async () => {
    const [h] = (await (await t.api.households.$get({}, paul)).json()).households;
    const householdId = h?.id as string;
    const res = await t.api.text.$post(
      { json: textNote('48 € au resto, on partage', { householdId }) },
      marie,
    );
    expect(res.status).toBe(201);
    const [bill] = (await res.json()).expenses;
    expect(bill).toMatchObject({ amount: '48.00', paidBy: h?.members[0]?.id });
    const balances = await (
      await t.api.households[':id'].balances.$get({ param: { id: householdId }, query: {} }, paul)
    ).json();
    expect(balances.balances.map((b) => [b.name, b.net])).toEqual([
      ['Marie', '24.00'],
      ['Paul', '-24.00'],
    ]);
    expect(balances.transfers).toEqual([
      { fromMemberId: h?.members[1]?.id, toMemberId: h?.members[0]?.id, amount: '24.00', currency: 'EUR' },
    ]);
    // A phone paired for nobody may not speak in the household's name.
    const nobody = await t.api.text.$post({ json: textNote('10 € de pain', { householdId }) });
    expect(nobody.status).toBe(403);

    // Paul leaves: his phone no longer speaks for the household.
    const left = await t.api.households[':id'].members[':memberId'].$delete(
      { param: { id: householdId, memberId: h?.members[1]?.id as string } },
      paul,
    );
    expect(left.status).toBe(204);
    expect((await t.api.text.$post({ json: textNote('10 € de pain', { householdId }) }, paul)).status).toBe(
      403,
    );
    // Marie's phone still names him on his old bills: the household says who left.
    const after = (await (await t.api.households.$get({}, marie)).json()).households[0];
    expect([after?.members.map((m) => m.name), after?.former]).toEqual([
      ['Marie'],
      [{ id: h?.members[1]?.id, name: 'Paul' }],
    ]);
  });

  it('keeps a household budget that counts the household’s bills whole', async () => {
    const [h] = (await (await t.api.households.$get({}, marie)).json()).households;
    const id = h?.id as string;
    const put = await t.api.households[':id'].budgets[':category'].$put(
      { param: { id, category: 'dining' }, json: { amount: '50.00', currency: 'EUR' } },
      marie,
    );
    expect(put.status).toBe(201);
    const answer = await (
      await t.api.households[':id'].budgets.$get({ param: { id }, query: { month: '2026-11' } }, marie)
    ).json();
    // The 48 € restaurant, whole (Marie's part is 24 €).
    expect(answer.budgets).toMatchObject([
      { category: 'dining', spent: '48.00', percent: 96, level: 'warning' },
    ]);
    // At most 40 per household, as per person: a 41st is refused, a replaced one is not.
    const categories = [
      'groceries',
      'transport',
      'housing',
      'utilities',
      'health',
      'shopping',
      'leisure',
    ] as const;
    const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'SEK'];
    const all = currencies.flatMap((currency) => categories.map((category) => ({ category, currency })));
    const statuses: number[] = [];
    for (const { category, currency } of all.slice(0, 40)) {
      const res = await t.api.households[':id'].budgets[':category'].$put(
        { param: { id, category }, json: { amount: '10.00', currency } },
        marie,
      );
      statuses.push(res.status);
    }
    // 39 new ones beside the dining budget, then the 41st.
    expect(statuses.slice(0, 39).every((s) => s === 201)).toBe(true);
    expect(statuses[39]).toBe(409);
    const replaced = await t.api.households[':id'].budgets[':category'].$put(
      { param: { id, category: 'dining' }, json: { amount: '60.00', currency: 'EUR' } },
      marie,
    );
    expect(replaced.status).toBe(200);
    const unknown = crypto.randomUUID();
    expect(
      (
        await t.api.households[':id'].budgets.$get(
          { param: { id: unknown }, query: { month: '2026-11' } },
          marie,
        )
      ).status,
    ).toBe(404);
  });
});
