/**
 * Households in local mode, on PGlite: one server for a family, whose people form its household.
 * `pnpm pair --person NAME` (POST /api/pair/codes {person}) ties a phone to a person; each phone
 * then records bills as its person, and both see who owes whom.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';

const SECRET = 'd'.repeat(64);
let t: TestApp;
let marie: { headers: { authorization: string } };
let paul: { headers: { authorization: string } };

beforeAll(async () => {
  t = await startTestApp({ pairingSecret: SECRET });
  const pairAs = async (person: string) => {
    const codes = await t.api.pair.codes.$post(
      { json: { person } },
      { headers: { 'x-pairing-secret': SECRET } },
    );
    const { code } = await codes.json();
    const paired = await (await t.api.pair.$post({ json: { code, name: `Téléphone de ${person}` } })).json();
    return { headers: { authorization: `Bearer ${paired.token}` } };
  };
  marie = await pairAs('Marie');
  paul = await pairAs('Paul');
});
afterAll(() => t.close());

describe('households in local mode (PGlite, two paired people)', () => {
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
  });
});
