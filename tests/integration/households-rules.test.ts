/**
 * Shared recurring rules (« loyer 900 €, partagé ») through the API: on a hosted-like Supabase
 * database with three members and an outsider (RLS as hosted), and on PGlite in local mode with two
 * paired people. Each month's bill is made once, split among the members there that month; a
 * member who leaves is in no later bill and the bills made before stay as they were; a rule whose
 * payer left is paused until a member names another payer, and the paused months are not made up.
 */
import { userOwner } from '@voicetrack/edge/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';

const MARIE = 'a1a1a1a1-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const PAUL = 'b2b2b2b2-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const LEA = 'c3c3c3c3-cccc-4ccc-8ccc-cccccccccccc';
const ZOE = 'd4d4d4d4-dddd-4ddd-8ddd-dddddddddddd';

const rent = (householdId: string, over: Record<string, unknown> = {}) => ({
  amount: '900.00',
  currency: 'EUR',
  category: 'housing' as const,
  description: 'Loyer',
  dayOfMonth: 1,
  timezone: 'Europe/Paris',
  householdId,
  ...over,
});
type Bill = {
  id: string;
  date: string;
  amount: string | null;
  paidBy?: string;
  split?: unknown;
  updatedAt: string;
};
const cents = (bill: Bill | undefined) =>
  (bill?.split as { memberId: string; cents: number }[] | undefined)?.map((s) => [s.memberId, s.cents]);

describe('shared recurring rules in Supabase mode (RLS as hosted)', () => {
  let auth: FakeSupabaseAuth;
  let db: HostedDatabase;
  let t: TestApp;
  let now = new Date('2026-11-20T10:00:00+01:00');
  let household = '';
  const m: Record<string, string> = {};
  const as = async (user: string) => ({ headers: { authorization: `Bearer ${await auth.token(user)}` } });
  const post = async (user: string, body: Record<string, unknown>) =>
    t.app.request('/api/recurring', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as(user)).headers },
      body: JSON.stringify(body),
    });
  const patch = async (user: string, id: string, body: Record<string, unknown>) =>
    t.app.request(`/api/recurring/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...(await as(user)).headers },
      body: JSON.stringify(body),
    });
  const rules = async (user: string) => (await (await t.api.recurring.$get({}, await as(user))).json()).rules;
  const bills = async (user: string, description: string): Promise<Bill[]> =>
    (
      await (
        await t.api.expenses.$get({ query: { householdId: household, limit: '200' } }, await as(user))
      ).json()
    ).expenses
      .filter((e) => e.description === description && e.source === 'recurring')
      .sort((a, b) => a.date.localeCompare(b.date));
  const leave = async (user: string, memberId: string) =>
    t.api.households[':id'].members[':memberId'].$delete(
      { param: { id: household, memberId } },
      await as(user),
    );

  beforeAll(async () => {
    [auth, db] = await Promise.all([startFakeSupabaseAuth(), createHostedDatabase('vt_hh_rules')]);
    t = await startTestApp({
      databaseUrl: db.url,
      now: () => now,
      env: { SUPABASE_URL: auth.url, SUPABASE_JWT_SECRET: auth.jwtSecret },
    });
    await t.sql.query('insert into auth.users (id) values ($1), ($2), ($3), ($4)', [MARIE, PAUL, LEA, ZOE]);
    const created = await (
      await t.api.households.$post({ json: { name: 'Coloc', memberName: 'Marie' } }, await as(MARIE))
    ).json();
    household = created.id;
    m.marie = created.me as string;
    const join = async (user: string, name: string) => {
      const invite = await (
        await t.api.households[':id'].invites.$post({ param: { id: household } }, await as(MARIE))
      ).json();
      return (
        await (
          await t.api.households.join.$post({ json: { code: invite.code, name } }, await as(user))
        ).json()
      ).me as string;
    };
    m.paul = await join(PAUL, 'Paul');
    m.lea = await join(LEA, 'Léa');
    // Zoé has a household of her own: her member id is a real one, of another household.
    m.zoe = (
      await (
        await t.api.households.$post({ json: { name: 'Ailleurs', memberName: 'Zoé' } }, await as(ZOE))
      ).json()
    ).me as string;
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([auth?.close(), db?.drop()]);
  });

  let rentId = '';
  let november: Bill | undefined;
  let leaExport: { version: number; recurring: Record<string, unknown>[] } & Record<string, unknown>;
  const importFile = async (user: string, file: unknown) => {
    const res = await t.app.request('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as(user)).headers },
      body: JSON.stringify(file),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as {
      recurring: { imported: number; duplicates: number; refused: { index: number; reason: string }[] };
      sharedRules?: { rules: number; personal: number; notMine: number };
    };
  };

  it('makes a shared rule’s bill at once, whole, paid by its maker and split equally among the three', async () => {
    const res = await post(MARIE, rent(household));
    expect(res.status).toBe(201);
    const { rule, expenses } = await res.json();
    rentId = rule.id;
    expect(rule).toMatchObject({
      householdId: household,
      paidBy: m.marie,
      split: { kind: 'equal' },
      nextDate: '2026-12-01',
      shares: [
        { memberId: m.marie, cents: 30000 },
        { memberId: m.paul, cents: 30000 },
        { memberId: m.lea, cents: 30000 },
      ],
    });
    expect(rule.pausedReason).toBeUndefined();
    expect(expenses).toHaveLength(1);
    expect(expenses[0]).toMatchObject({ amount: '900.00', householdId: household, paidBy: m.marie });
    // The household's bill, each member sees it; nobody's personal list holds it.
    [november] = await bills(PAUL, 'Loyer');
    expect(november?.date).toBe('2026-11-01');
    expect(cents(november)).toEqual([
      [m.marie, 30000],
      [m.paul, 30000],
      [m.lea, 30000],
    ]);
    const personal = await (await t.api.expenses.$get({ query: {} }, await as(MARIE))).json();
    expect(personal.expenses.some((e) => e.description === 'Loyer')).toBe(false);
    // Every member sees the rule (and may change it); Paul lists it too.
    expect((await rules(PAUL)).map((r) => r.id)).toEqual([rentId]);
    // Léa keeps a JSON export of her data, the household's rule in it.
    leaExport = JSON.parse(await (await t.api['export.json'].$get({}, await as(LEA))).text());
    expect(leaExport.version).toBe(4);
    expect(leaExport.recurring).toEqual([
      expect.objectContaining({
        id: rentId,
        householdId: household,
        paidBy: m.marie,
        split: { kind: 'equal' },
      }),
    ]);
  });

  it('shows an outsider nothing and refuses forged households, payers and splits', async () => {
    expect(await rules(ZOE)).toEqual([]);
    expect((await patch(ZOE, rentId, { amount: '1.00' })).status).toBe(404);
    expect((await t.api.recurring[':id'].$delete({ param: { id: rentId } }, await as(ZOE))).status).toBe(404);
    // A household she is not in does not exist for her.
    const forgedHousehold = await post(ZOE, rent(household));
    expect(forgedHousehold.status).toBe(404);
    // A payer or a share from another household, even a real member id of it.
    const forgedPayer = await post(PAUL, rent(household, { paidBy: m.zoe }));
    expect(forgedPayer.status).toBe(400);
    expect(await forgedPayer.json()).toEqual({
      error: { code: 'validation_failed', message: 'paidBy: not a member of this household.' },
    });
    const forgedShare = await post(PAUL, rent(household, { split: { kind: 'only', memberId: m.zoe } }));
    expect(forgedShare.status).toBe(400);
    expect((await forgedShare.json()).error.message).toMatch(/^split: names someone/);
    const badPercents = await post(
      PAUL,
      rent(household, { split: { kind: 'percent', percents: { [m.paul as string]: 60 } } }),
    );
    expect((await badPercents.json()).error).toEqual({
      code: 'validation_failed',
      message: 'split: percentages must add up to 100.',
    });
    // A personal rule with a payer is no household's rule.
    expect((await post(PAUL, { ...rent(household), householdId: undefined, paidBy: m.paul })).status).toBe(
      400,
    );
    // Nothing of these was made.
    expect((await rules(PAUL)).map((r) => r.id)).toEqual([rentId]);
    // Under the policies themselves, as the API runs her requests: not a row.
    const asZoe = await t.sql.transaction(async (tx) => {
      await tx.query(
        `select set_config('request.jwt.claims', $1, true), set_config('role', 'voicetrack_api', true)`,
        [JSON.stringify(userOwner(ZOE).claims)],
      );
      return tx.query(`select id from recurring_rules where household_id is not null`);
    });
    expect(asZoe).toEqual([]);
    // And the database refuses a forged payer whoever writes the row.
    await expect(
      t.sql.query(`update recurring_rules set paid_by = $1::uuid where id = $2::uuid`, [
        m.zoe as string,
        rentId,
      ]),
    ).rejects.toThrow(/paid_by is not a member/);
  });

  it('after Léa leaves, the next bills split between those still there, and November’s stays as it was', async () => {
    expect((await leave(LEA, m.lea as string)).status).toBe(204);
    expect(await rules(LEA)).toEqual([]);
    expect((await patch(LEA, rentId, { amount: '1.00' })).status).toBe(404);
    now = new Date('2026-12-02T09:00:00+01:00');
    // Both members ask at the same moment: December's bill is made once.
    await Promise.all([rules(MARIE), rules(PAUL), rules(MARIE)]);
    const [nov, dec, ...more] = await bills(MARIE, 'Loyer');
    expect(more).toEqual([]);
    expect(dec?.date).toBe('2026-12-01');
    expect(cents(dec)).toEqual([
      [m.marie, 45000],
      [m.paul, 45000],
    ]);
    // What must NOT change: the bill made while Léa was there (her 300 € part, its stamp).
    expect(nov).toEqual(november);
    const nets = await (
      await t.api.households[':id'].balances.$get({ param: { id: household }, query: {} }, await as(MARIE))
    ).json();
    expect(Object.fromEntries(nets.balances.map((b) => [b.name, b.net]))).toEqual({
      Marie: '1050.00',
      Paul: '-750.00',
      Léa: '-300.00',
    });
  });

  it('imports a household’s rule back into it for a member, and as her own part for someone who left', async () => {
    // Paul is a member: the rule is the household's already (a duplicate, nothing doubled).
    const byPaul = await importFile(PAUL, { ...leaExport, expenses: [] });
    expect(byPaul.recurring).toMatchObject({ imported: 0, duplicates: 1, refused: [] });
    expect(byPaul.sharedRules).toEqual({ rules: 1, personal: 0, notMine: 0 });
    // Léa left: her own rule at her part (300 €), no household's fields; twice is once.
    for (const duplicates of [0, 1]) {
      const byLea = await importFile(LEA, { ...leaExport, expenses: [] });
      expect(byLea.recurring).toMatchObject({ imported: 1 - duplicates, duplicates });
      expect(byLea.sharedRules).toEqual({ rules: 0, personal: 1, notMine: 0 });
    }
    const [own, ...others] = await rules(LEA);
    expect(others).toEqual([]);
    expect(own).toMatchObject({ amount: '300.00', description: 'Loyer', dayOfMonth: 1 });
    expect(own?.householdId).toBeUndefined();
    expect(own?.id).not.toBe(rentId);
    // A rule naming a payer from elsewhere is refused by its index; the others go in.
    const forged = { ...leaExport.recurring[0], id: '0e0e0e0e-0000-4000-8000-000000000000', paidBy: m.zoe };
    const refused = await importFile(PAUL, {
      ...leaExport,
      expenses: [],
      recurring: [leaExport.recurring[0], forged],
    });
    expect(refused.recurring.refused).toEqual([
      { index: 1, reason: 'paidBy or split names someone who is not a member of this household' },
    ]);
    expect((await rules(PAUL)).map((r) => r.id)).toEqual([rentId]);
  });

  it('pauses a rule whose payer left, makes no bill while paused, and starts again from this month once another pays', async () => {
    const res = await post(
      PAUL,
      rent(household, { amount: '30.00', description: 'Internet', dayOfMonth: 5 }),
    );
    expect(res.status).toBe(201);
    const internet = (await res.json()).rule;
    expect(internet).toMatchObject({ paidBy: m.paul, nextDate: '2026-12-05' });
    expect((await leave(PAUL, m.paul as string)).status).toBe(204);
    const paused = (await rules(MARIE)).find((r) => r.id === internet.id);
    expect(paused).toMatchObject({ pausedReason: 'payer_left' });
    expect(paused?.shares).toBeUndefined();
    now = new Date('2027-01-10T09:00:00+01:00');
    await rules(MARIE);
    expect(await bills(MARIE, 'Internet')).toEqual([]);
    // Marie pays from now on: January's bill is made, December's (paused) is not made up.
    const resumed = await patch(MARIE, internet.id, { paidBy: m.marie });
    expect(resumed.status).toBe(200);
    expect(await resumed.json()).toMatchObject({ paidBy: m.marie, nextDate: '2027-02-05' });
    const made = await bills(MARIE, 'Internet');
    expect(made.map((b) => [b.date, b.paidBy, cents(b)])).toEqual([
      ['2027-01-05', m.marie, [[m.marie, 3000]]],
    ]);
    // The rent, still Marie's, is hers alone now; Paul's part of December's stays.
    const rentBills = await bills(MARIE, 'Loyer');
    expect(rentBills.map((b) => [b.date, cents(b)?.length])).toEqual([
      ['2026-11-01', 3],
      ['2026-12-01', 2],
      ['2027-01-01', 1],
    ]);
  });
});

describe('shared recurring rules in local mode (PGlite, two paired people)', () => {
  const SECRET = 'e'.repeat(64);
  let t: TestApp;
  let now = new Date('2026-11-20T10:00:00+01:00');
  const phone: Record<string, { headers: { authorization: string } }> = {};

  beforeAll(async () => {
    t = await startTestApp({ pairingSecret: SECRET, now: () => now });
    const pairAs = async (person?: string) => {
      const codes = await t.api.pair.codes.$post(
        { json: person ? { person } : {} },
        { headers: { 'x-pairing-secret': SECRET } },
      );
      const { code } = await codes.json();
      const paired = await (
        await t.api.pair.$post({ json: { code, name: `Téléphone ${person ?? ''}` } })
      ).json();
      return { headers: { authorization: `Bearer ${paired.token}` } };
    };
    phone.marie = await pairAs('Marie');
    phone.paul = await pairAs('Paul');
    phone.nobody = await pairAs();
  });
  afterAll(() => t?.close());

  it('splits by shares among the people there each month, and refuses a phone that speaks for nobody', async () => {
    const [h] = (await (await t.api.households.$get({}, phone.marie)).json()).households;
    const householdId = h?.id as string;
    const [marie, paul] = (h?.members ?? []).map((x) => x.id) as [string, string];
    const body = rent(householdId, {
      amount: '90.00',
      description: 'Électricité',
      split: { kind: 'shares', shares: { [marie]: 2, [paul]: 1 } },
    });
    const request = (who: { headers: Record<string, string> }) =>
      t.app.request('/api/recurring', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...who.headers },
        body: JSON.stringify(body),
      });
    expect((await request(phone.nobody as { headers: Record<string, string> })).status).toBe(403);
    const res = await request(phone.paul as { headers: Record<string, string> });
    expect(res.status).toBe(201);
    const { rule, expenses } = await res.json();
    expect(rule).toMatchObject({
      paidBy: paul,
      shares: [
        { memberId: marie, cents: 6000 },
        { memberId: paul, cents: 3000 },
      ],
    });
    expect(expenses[0]?.split).toEqual([
      { memberId: marie, cents: 6000 },
      { memberId: paul, cents: 3000 },
    ]);

    // Paul leaves: the rule he paid is paused, Marie names herself payer, Paul's share goes.
    const left = await t.api.households[':id'].members[':memberId'].$delete(
      { param: { id: householdId, memberId: paul } },
      phone.paul,
    );
    expect(left.status).toBe(204);
    now = new Date('2026-12-03T10:00:00+01:00');
    const listed = (await (await t.api.recurring.$get({}, phone.marie)).json()).rules;
    expect(listed[0]).toMatchObject({ pausedReason: 'payer_left' });
    const resumed = await t.app.request(`/api/recurring/${rule.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...phone.marie?.headers },
      body: JSON.stringify({ paidBy: marie }),
    });
    expect(resumed.status).toBe(200);
    const all = (
      await (await t.api.expenses.$get({ query: { householdId, limit: '50' } }, phone.marie)).json()
    ).expenses
      .filter((e) => e.description === 'Électricité')
      .sort((a, b) => a.date.localeCompare(b.date));
    expect(all.map((e) => [e.date, e.paidBy, e.split])).toEqual([
      [
        '2026-11-01',
        paul,
        [
          { memberId: marie, cents: 6000 },
          { memberId: paul, cents: 3000 },
        ],
      ],
      ['2026-12-01', marie, [{ memberId: marie, cents: 9000 }]],
    ]);
  });
});
