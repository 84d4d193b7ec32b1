/**
 * Households on a hosted-like Supabase database (migrations run by a postgres that is no
 * superuser, `auth` owned by another role), through the API with three users: membership grants
 * and revokes access, an outsider gets nothing (not even that the household exists), a removed
 * member loses the new bills, forged householdId, paidBy or split are refused, by the API and by
 * the database itself.
 */
import { userOwner } from '@voicetrack/edge/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';

const MARIE = 'a1a1a1a1-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const PAUL = 'b2b2b2b2-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const LEA = 'c3c3c3c3-cccc-4ccc-8ccc-cccccccccccc';

let auth: FakeSupabaseAuth;
let db: HostedDatabase;
let t: TestApp;
let household: string;
const member: Record<string, string> = {};

beforeAll(async () => {
  [auth, db] = await Promise.all([startFakeSupabaseAuth(), createHostedDatabase('vt_households')]);
  t = await startTestApp({
    databaseUrl: db.url,
    env: { SUPABASE_URL: auth.url, SUPABASE_JWT_SECRET: auth.jwtSecret },
  });
  await t.sql.query('insert into auth.users (id) values ($1), ($2), ($3)', [MARIE, PAUL, LEA]);
});
afterAll(async () => {
  await t?.close();
  await Promise.all([auth?.close(), db?.drop()]);
});

const as = async (user: string) => ({ headers: { authorization: `Bearer ${await auth.token(user)}` } });
const say = async (user: string, text: string, householdId: string | undefined = household) =>
  t.api.text.$post({ json: textNote(text, householdId ? { householdId } : {}) }, await as(user));
const balances = async (user: string) =>
  t.api.households[':id'].balances.$get(
    { param: { id: household }, query: { currency: 'EUR' } },
    await as(user),
  );
const nets = async (user: string) => {
  const res = await balances(user);
  expect(res.status).toBe(200);
  const body = await res.json();
  return Object.fromEntries(body.balances.map((b) => [b.name, b.net]));
};
const join = async (user: string, code: string, name: string) =>
  t.api.households.join.$post({ json: { code, name } }, await as(user));

describe('households in Supabase mode (three users, RLS as hosted)', () => {
  it('creates a household with its founder and a one-use invite that lasts 7 days', async () => {
    const res = await t.api.households.$post(
      { json: { name: 'Coloc', memberName: 'Marie' } },
      await as(MARIE),
    );
    expect(res.status).toBe(201);
    const created = await res.json();
    household = created.id;
    member.marie = created.me as string;
    expect(created.members).toEqual([{ id: created.me, name: 'Marie', role: 'owner' }]);
    expect(created.invite.url).toBe(`http://127.0.0.1:8787/#household=${created.invite.code}`);
    const days = (Date.parse(created.invite.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    // His name pasted from a chat app, wrapped in its invisible isolate marks: kept, without them.
    const joined = await join(PAUL, created.invite.code, '\u2068Paul\u2069');
    expect(joined.status).toBe(200);
    const body = await joined.json();
    member.paul = body.me as string;
    expect(body.members.map((m) => [m.name, m.role])).toEqual([
      ['Marie', 'owner'],
      ['Paul', 'member'],
    ]);
    // The code is used: nobody else gets in with it.
    const again = await join(LEA, created.invite.code, 'Léa');
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('"code":"invalid_code"');
  });

  it('lets an outsider see nothing, not even that the household exists', async () => {
    expect((await balances(LEA)).status).toBe(404);
    expect(await (await t.api.households.$get({}, await as(LEA))).json()).toEqual({ households: [] });
    const forged = await say(LEA, '10 € de pain');
    expect(forged.status).toBe(404);
    const list = await t.api.expenses.$get({ query: { householdId: household } }, await as(LEA));
    expect((await list.json()).expenses).toEqual([]);
    // Under the policies themselves, as the API runs her requests.
    const rows = await t.sql.transaction(async (tx) => {
      await tx.query(
        `select set_config('request.jwt.claims', $1, true), set_config('role', 'voicetrack_api', true)`,
        [JSON.stringify(userOwner(LEA).claims)],
      );
      return tx.query(`select id from households union all select id from household_members`);
    });
    expect(rows).toEqual([]);
  });

  it('lets an outsider change nothing either: no invite, settlement or removal (404, as if it did not exist)', async () => {
    const asLea = await as(LEA);
    const invite = await t.api.households[':id'].invites.$post({ param: { id: household } }, asLea);
    const settle = await t.api.households[':id'].settlements.$post(
      {
        param: { id: household },
        json: {
          fromMemberId: member.paul as string,
          toMemberId: member.marie as string,
          amount: '5.00',
          currency: 'EUR',
        },
      },
      asLea,
    );
    const remove = await t.api.households[':id'].members[':memberId'].$delete(
      { param: { id: household, memberId: member.paul as string } },
      asLea,
    );
    expect([invite.status, settle.status, remove.status]).toEqual([404, 404, 404]);
    const [seen] = (await (await t.api.households.$get({}, await as(MARIE))).json()).households;
    expect(seen?.members.map((m) => m.name)).toEqual(['Marie', 'Paul']);
    const [{ count } = { count: -1 }] = await t.sql.query<{ count: number }>(
      'select count(*)::int as count from settlements',
    );
    expect(count).toBe(0);
  });

  it('records « 48 € au resto, on partage » as a 48 € bill paid by the speaker, 24/24, and both know who owes whom', async () => {
    const res = await say(PAUL, '48 € au resto, on partage');
    expect(res.status).toBe(201);
    const [bill] = (await res.json()).expenses;
    expect(bill).toMatchObject({
      amount: '48.00',
      householdId: household,
      paidBy: member.paul,
      status: 'saved',
    });
    expect(bill?.split).toEqual([
      { memberId: member.marie, cents: 2400 },
      { memberId: member.paul, cents: 2400 },
    ]);
    expect(Object.values(await nets(MARIE)).sort()).toEqual(['-24.00', '24.00']);
    const body = await (await balances(MARIE)).json();
    expect(body.transfers).toEqual([
      { fromMemberId: member.marie, toMemberId: member.paul, amount: '24.00', currency: 'EUR' },
    ]);
    // A household's bill is in its list, for each member, and in nobody's personal list.
    const shared = await (
      await t.api.expenses.$get({ query: { householdId: household } }, await as(MARIE))
    ).json();
    expect(shared.expenses.map((e) => e.amount)).toEqual(['48.00']);
    const own = await (await t.api.expenses.$get({ query: {} }, await as(MARIE))).json();
    expect(own.expenses).toEqual([]);
  });

  it('reads who paid and who it is for, and asks when the words count people the household does not have', async () => {
    const paid = await (await say(PAUL, 'Marie a payé 60 € de courses')).json();
    // In the household, a member named as the payer makes the bill theirs, saved.
    expect(paid.expenses[0]).toMatchObject({ amount: '60.00', paidBy: member.marie, status: 'saved' });
    const forPaul = await (await say(MARIE, "20 € de pharmacie, c'est pour Paul")).json();
    expect(forPaul.expenses[0]?.split).toEqual([{ memberId: member.paul, cents: 2000 }]);
    const three = await (await say(MARIE, 'on était trois au resto, 90 €')).json();
    expect(three.expenses[0]).toMatchObject({
      status: 'needs_review',
      reviewReason: 'household_count',
      amount: '90.00',
    });
    // A repayment said aloud is proposed, not recorded: the person confirms it (settlements).
    const repaid = await (await say(PAUL, "j'ai remboursé 10 € à Marie")).json();
    expect(repaid).toMatchObject({ status: 'no_expense', movement: 'repayment', expenses: [] });
    expect(repaid.settlement).toEqual({
      householdId: household,
      fromMemberId: member.paul,
      toMemberId: member.marie,
      amount: '10.00',
      currency: 'EUR',
    });
    // Paul: +24 (resto) −30 (courses) −20 (pharmacie) = −26; the bill to review is in no balance.
    expect(await nets(PAUL)).toEqual({ Marie: '26.00', Paul: '-26.00' });
  });

  it('refuses forged members, by the API and by the database', async () => {
    const stranger = crypto.randomUUID();
    const res = await t.api.households[':id'].settlements.$post(
      {
        param: { id: household },
        json: { fromMemberId: stranger, toMemberId: member.paul as string, amount: '5.00', currency: 'EUR' },
      },
      await as(MARIE),
    );
    expect(res.status).toBe(400);
    // A row written past the API, as Marie under the policies: a payer or a share that is no member.
    const forge = (paidBy: string, split: string) =>
      t.sql.transaction(async (tx) => {
        await tx.query(
          `select set_config('request.jwt.claims', $1, true), set_config('role', 'voicetrack_api', true)`,
          [JSON.stringify(userOwner(MARIE).claims)],
        );
        await tx.query(
          `insert into expenses (client_id, currency, expense_date, source, amount, household_id, paid_by, split)
           values (gen_random_uuid(), 'EUR', '2026-11-24', 'text', 10, $1, $2, $3::text::jsonb)`,
          [household, paidBy, split],
        );
      });
    await expect(forge(stranger, `[{"memberId":"${member.marie}","cents":1000}]`)).rejects.toThrow(
      /foreign key|paid_by/,
    );
    await expect(forge(member.marie as string, `[{"memberId":"${stranger}","cents":1000}]`)).rejects.toThrow(
      /not a member/,
    );
    await expect(
      forge(member.marie as string, `[{"memberId":"${member.paul}","cents":999}]`),
    ).rejects.toThrow(/sum to the amount/);
  });

  it('settles up: a repayment is not an expense and squares the balances', async () => {
    const res = await t.api.households[':id'].settlements.$post(
      {
        param: { id: household },
        json: {
          fromMemberId: member.paul as string,
          toMemberId: member.marie as string,
          amount: '26.00',
          currency: 'EUR',
        },
      },
      await as(PAUL),
    );
    expect(res.status).toBe(201);
    expect(await nets(MARIE)).toEqual({ Marie: '0.00', Paul: '0.00' });
    expect((await (await balances(PAUL)).json()).transfers).toEqual([]);
  });

  it('splits among three once a third joins, and a removed member loses the new bills', async () => {
    const invite = await (
      await t.api.households[':id'].invites.$post({ param: { id: household } }, await as(PAUL))
    ).json();
    const lea = await (await join(LEA, invite.code, 'Léa')).json();
    member.lea = lea.me as string;
    const ten = await (await say(LEA, '10 € de pain')).json();
    expect(ten.expenses[0]?.split?.map((s) => s.cents)).toEqual([334, 333, 333]);

    // Paul may not remove Léa (not an owner); Marie (the owner) may.
    const byPaul = await t.api.households[':id'].members[':memberId'].$delete(
      { param: { id: household, memberId: member.lea } },
      await as(PAUL),
    );
    expect(byPaul.status).toBe(403);
    const byMarie = await t.api.households[':id'].members[':memberId'].$delete(
      { param: { id: household, memberId: member.lea } },
      await as(MARIE),
    );
    expect(byMarie.status).toBe(204);
    await say(MARIE, '30 € de courses');
    expect((await balances(LEA)).status).toBe(404);
    const list = await (
      await t.api.expenses.$get({ query: { householdId: household } }, await as(LEA))
    ).json();
    expect(list.expenses).toEqual([]);
    expect((await say(LEA, '5 € de café')).status).toBe(404);
    // She is still owed for the bread she paid (10,00 € less her 3,33 €): her balance stays listed.
    expect(await nets(MARIE)).toEqual({ Marie: '11.66', Paul: '-18.33', Léa: '6.67' });
    // An edit of the amount splits it again among the same three, equally as it was (any member may edit a bill).
    const bread = ten.expenses[0]?.id as string;
    const edited = await t.api.expenses[':id'].$patch(
      { param: { id: bread }, json: { amount: '13.00' } },
      await as(PAUL),
    );
    expect(edited.status).toBe(200);
    expect((await edited.json()).split?.map((s) => s.cents)).toEqual([434, 433, 433]);
  });
});
