/**
 * Households in Supabase mode end to end, as deployed: the Edge Function on the real Deno runtime,
 * on a database owned as a hosted project's is; accounts signed in by e-mail code with the real
 * supabase-js client against the local Auth (Paul's phone is the PWA's own sign-in module,
 * web/src/auth/supabase-auth.ts); and Realtime (support/fake-supabase-realtime.ts: the Phoenix
 * protocol realtime-js speaks, each row delivered only where the real policies let the subscriber
 * read it). Two accounts make a household and join it named by their accounts, a bill said by one
 * reaches the other's phone and both read who owes whom in the PWA's words, a repayment squares
 * them, a voice note and the exports carry the household, an outsider gets 404 everywhere and hears
 * nothing, a removed member stops hearing the new bills.
 */
import 'fake-indexeddb/auto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Household } from '@voicetrack/shared';
import { watchExpenseChanges } from '@voicetrack/web/src/auth/realtime-changes.ts';
import { type Auth, createAuth } from '@voicetrack/web/src/auth/supabase-auth.ts';
import { openDb } from '@voicetrack/web/src/data/db.ts';
import { transferLines } from '@voicetrack/web/src/households/household-words.ts';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { type DenoFunction, startDenoFunction } from '../support/deno-function.ts';
import { apiAt, textNote, voiceNote } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { type FakeSupabaseRealtime, startFakeSupabaseRealtime } from '../support/fake-supabase-realtime.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

const KEY = 'sb_publishable_households_test';

let db: HostedDatabase;
let users: ReturnType<typeof postgres>;
let auth: FakeSupabaseAuth;
let realtime: FakeSupabaseRealtime;
let fake: FakeProvider;
let deno: DenoFunction;
let api: ReturnType<typeof apiAt>;
/** Paul's phone: the PWA's sign-in. Marie's laptop and Léa's: supabase-js as any page makes it. */
let phone: Auth;
let marie: SupabaseClient;
let lea: SupabaseClient;
const id: Record<string, string> = {};
let household: Household;

/** Signs an account in by the code « mailed » to it, as a person types it. */
async function signIn(client: SupabaseClient, email: string, name?: string) {
  await client.auth.signInWithOtp({ email, options: name ? { data: { name } } : {} });
  const code = auth.mailbox.findLast((m) => m.email === email)?.code as string;
  const { data, error } = await client.auth.verifyOtp({ email, token: code, type: 'email' });
  if (error || !data.session) throw error ?? new Error('no session');
  return data.session.user.id;
}
const browserClient = () =>
  createClient(auth.url, KEY, { auth: { persistSession: false, autoRefreshToken: false } });
const bearer = async (client: SupabaseClient) => ({
  headers: { authorization: `Bearer ${(await client.auth.getSession()).data.session?.access_token}` },
});
const phoneHeaders = async () => ({ headers: (await phone.headers()) ?? {} });

/** Rows Realtime delivered to a subscription, awaited one by one. */
function inbox() {
  const rows: string[] = [];
  const waiting: ((id: string) => void)[] = [];
  return {
    rows,
    push(row: string) {
      const w = waiting.shift();
      if (w) w(row);
      else rows.push(row);
    },
    next: () =>
      new Promise<string>((resolve) =>
        rows.length ? resolve(rows.shift() as string) : waiting.push(resolve),
      ),
  };
}
const subscribed = (client: SupabaseClient, userId: string, households: string[]) =>
  new Promise<{ box: ReturnType<typeof inbox>; stop: () => void }>((resolve, reject) => {
    const box = inbox();
    const stop = watchExpenseChanges(
      client,
      userId,
      households,
      (change) => box.push(String((change.new as { id?: string }).id)),
      (status) =>
        status === 'SUBSCRIBED' ? resolve({ box, stop }) : status !== 'CLOSED' && reject(new Error(status)),
    );
  });

beforeAll(async () => {
  vi.stubGlobal('WebSocket', WebSocket);
  vi.stubGlobal('location', new URL('https://voicetrack.test/'));
  db = await createHostedDatabase('vt_hh_supa');
  users = postgres(db.url, { max: 1, onnotice: () => {} });
  [auth, fake] = await Promise.all([
    startFakeSupabaseAuth({
      onUserCreated: async (user) => void (await users`insert into auth.users (id) values (${user})`),
    }),
    startFakeProvider(),
  ]);
  // `supabase db push` would apply the migrations; here our runner does, as Supabase's postgres.
  const { openStore } = await import('@voicetrack/edge/store/open-store.ts');
  await (await openStore({ databaseUrl: db.url })).store.close();
  [deno, realtime] = await Promise.all([
    startDenoFunction({
      DATABASE_URL: '',
      SUPABASE_DB_URL: db.url,
      SUPABASE_URL: auth.url,
      GROQ_API_KEY: 'test-key',
      GROQ_BASE_URL: fake.url,
    }),
    startFakeSupabaseRealtime({
      server: auth.server,
      jwksUrl: `${auth.url}/auth/v1/.well-known/jwks.json`,
      databaseUrl: db.url,
    }),
  ]);
  api = apiAt(deno.url);
  marie = browserClient();
  lea = browserClient();
  phone = createAuth({ url: auth.url, key: KEY, db: openDb('households-supabase'), onSignedIn: () => {} });
  const signedIn = new Promise<void>((resolve) =>
    phone.subscribe((v) => v.status === 'signed_in' && resolve()),
  );
  await phone.sendCode('paul@example.test');
  id.marie = await signIn(marie, 'marie.dupont@example.test');
  id.lea = await signIn(lea, 'lea@example.test');
  const code = auth.mailbox.findLast((m) => m.email === 'paul@example.test')?.code as string;
  await phone.verifyCode('paul@example.test', code);
  await signedIn;
  id.paul = phone.view().userId as string;
}, 150_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  await Promise.all([marie?.removeAllChannels(), lea?.removeAllChannels()]);
  await realtime?.close();
  await deno?.stop();
  await Promise.all([auth?.close(), fake?.close(), users?.end()]);
  await db?.drop();
});

const balancesSaid = async (headers: { headers: Record<string, string> }, me: string) => {
  const res = await api.households[':id'].balances.$get(
    { param: { id: household.id }, query: { currency: 'EUR' } },
    headers,
  );
  expect(res.status).toBe(200);
  // French writes a narrow no-break space inside « 24,00 € »: compared as plain spaces.
  return transferLines(await res.json(), { ...household, me }, 'fr').map((t) => t.says.replace(/\s/g, ' '));
};

describe('households in Supabase mode, through the Edge Function, Auth and Realtime', () => {
  it('makes a household and joins it by its code, each member named by their account', async () => {
    const made = await api.households.$post({ json: { name: 'Coloc' } }, await bearer(marie));
    expect(made.status).toBe(201);
    const created = await made.json();
    // No name given: the account's (the e-mail's first part in words), as the PWA offers it.
    expect(created.members).toEqual([{ id: created.me, name: 'Marie Dupont', role: 'owner' }]);
    const joined = await api.households.join.$post(
      { json: { code: created.invite.code } },
      await phoneHeaders(),
    );
    expect(joined.status).toBe(200);
    household = await joined.json();
    expect(household.members.map((m) => m.name)).toEqual(['Marie Dupont', 'Paul']);
    expect(phone.view().name).toBe('Paul');
    expect(await phone.accountName()).toBe('Paul');
    id.marieMember = created.me as string;
    id.paulMember = household.me as string;
  });

  it('brings a bill said by Marie to Paul’s phone by Realtime, never to an outsider subscribed to it', async () => {
    const heard = new Promise<void>((resolve) => phone.onRemoteChange(resolve));
    // The page, having read its household, asks for its bills too: a new channel with its filter.
    phone.watchHouseholds([household.id]);
    await vi.waitFor(() =>
      expect(realtime.joins.findLast((j) => j.userId === id.paul)?.filters).toContain(
        `household_id=eq.${household.id}`,
      ),
    );
    const outsider = await subscribed(lea, id.lea as string, [household.id]);
    const said = await api.text.$post(
      { json: textNote('48 € au resto, on partage', { householdId: household.id }) },
      await bearer(marie),
    );
    expect(said.status).toBe(201);
    const bill = (await said.json()).expenses[0];
    expect(bill).toMatchObject({ amount: '48.00', paidBy: id.marieMember });
    await heard;
    expect(realtime.deliveries).toContainEqual({
      userId: id.paul,
      table: 'expenses',
      id: bill?.id,
      type: 'INSERT',
      filters: [`household_id=eq.${household.id}`],
    });
    // Léa's next row is her own coffee: the bill, committed before it, never reached her.
    const own = (await (await api.text.$post({ json: textNote('4 € de café') }, await bearer(lea))).json())
      .expenses[0]?.id;
    expect(await outsider.box.next()).toBe(own);
    outsider.stop();
  });

  it('says who owes whom on each side, and a repayment squares them, heard on the other’s page', async () => {
    const laptop = await subscribed(marie, id.marie as string, [household.id]);
    expect(await balancesSaid(await phoneHeaders(), id.paulMember as string)).toEqual([
      'Tu dois 24,00 € à Marie Dupont',
    ]);
    expect(await balancesSaid(await bearer(marie), id.marieMember as string)).toEqual([
      'Paul te doit 24,00 €',
    ]);
    const settled = await api.households[':id'].settlements.$post(
      {
        param: { id: household.id },
        json: {
          fromMemberId: id.paulMember as string,
          toMemberId: id.marieMember as string,
          amount: '24.00',
          currency: 'EUR',
        },
      },
      await phoneHeaders(),
    );
    expect(settled.status).toBe(201);
    // Marie's page hears the repayment (and reads « Qui doit quoi » again): quits.
    expect(await laptop.box.next()).toBe((await settled.json()).id);
    laptop.stop();
    expect(await balancesSaid(await bearer(marie), id.marieMember as string)).toEqual([]);
  });

  it('takes a voice note for the household, which Marie’s page hears, and exports the bills with their household', async () => {
    const laptop = await subscribed(marie, id.marie as string, [household.id]);
    fake.enqueueTranscript('18 € de courses, on partage.');
    const res = await api.voice.$post(
      { form: voiceNote(RESTO_WEBM, { householdId: household.id }) },
      await phoneHeaders(),
    );
    expect(res.status).toBe(201);
    const bill = (await res.json()).expenses[0];
    expect(bill).toMatchObject({
      amount: '18.00',
      source: 'voice',
      householdId: household.id,
      paidBy: id.paulMember,
    });
    expect(bill?.split?.map((s) => s.cents)).toEqual([900, 900]);
    expect(await laptop.box.next()).toBe(bill?.id);
    // Changed by Paul: Marie's page hears the UPDATE too.
    const edited = await api.expenses[':id'].$patch(
      { param: { id: bill?.id as string }, json: { description: 'Courses du marché' } },
      await phoneHeaders(),
    );
    expect(edited.status).toBe(200);
    expect(await laptop.box.next()).toBe(bill?.id);
    expect(realtime.deliveries.at(-1)).toMatchObject({ userId: id.marie, type: 'UPDATE', id: bill?.id });
    laptop.stop();
    expect(await balancesSaid(await bearer(marie), id.marieMember as string)).toEqual([
      'Tu dois 9,00 € à Paul',
    ]);

    const csv = async (headers: { headers: Record<string, string> }) =>
      (await api['export.csv'].$get({ query: { format: 'standard' } }, headers)).text();
    const marieCsv = await csv(await bearer(marie));
    expect(marieCsv.split('\n')[0]).toMatch(/,household,paid_by,your_share\r?$/);
    expect(marieCsv).toMatch(/48\.00.*,Coloc,Marie Dupont,24\.00/);
    expect(marieCsv).toMatch(/18\.00.*,Coloc,Paul,9\.00/);
    expect(await csv(await bearer(lea))).not.toContain('Coloc');
    // The month counts Marie's part of each bill; the JSON export carries the household.
    const month = await (await api.report.$get({ query: { month: '2026-11' } }, await bearer(marie))).json();
    expect(month.shared).toEqual([
      {
        householdId: household.id,
        name: 'Coloc',
        currency: 'EUR',
        amount: '33.00',
        bills: '66.00',
        count: 2,
      },
    ]);
    const exported = JSON.parse(await (await api['export.json'].$get({}, await bearer(marie))).text());
    expect(exported.households).toMatchObject([{ id: household.id, name: 'Coloc', me: id.marieMember }]);
  });

  it('lets a member say another paid a bill and how it is shared, through the Edge Function, and the balances follow', async () => {
    const bills = async () =>
      (await (await api.expenses.$get({ query: { householdId: household.id } }, await phoneHeaders())).json())
        .expenses;
    const groceries = (await bills()).find((e) => e.amount === '18.00');
    const param = { id: groceries?.id as string };
    const marieAll = [{ memberId: id.marieMember as string, cents: 1800 }];
    const edited = await api.expenses[':id'].$patch(
      { param, json: { paidBy: id.marieMember as string, split: marieAll } },
      await phoneHeaders(),
    );
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ paidBy: id.marieMember, split: marieAll });
    // Marie paid it and bears it all: nobody owes anybody (the 48 € bill was squared before).
    expect(await balancesSaid(await bearer(marie), id.marieMember as string)).toEqual([]);
    // Back as it was, by Marie this time: any member may.
    const back = await api.expenses[':id'].$patch(
      { param, json: { paidBy: groceries?.paidBy as string, split: groceries?.split ?? [] } },
      await bearer(marie),
    );
    expect(back.status).toBe(200);
    expect(await balancesSaid(await bearer(marie), id.marieMember as string)).toEqual([
      'Tu dois 9,00 € à Paul',
    ]);
  });

  it('answers an outsider 404 on every household route, and lists her nothing', async () => {
    const as = await bearer(lea);
    const param = { id: household.id };
    const answers = await Promise.all([
      api.households[':id'].balances.$get({ param, query: {} }, as),
      api.households[':id'].settlements.$post(
        {
          param,
          json: {
            fromMemberId: id.marieMember as string,
            toMemberId: id.paulMember as string,
            amount: '1.00',
            currency: 'EUR',
          },
        },
        as,
      ),
      api.households[':id'].invites.$post({ param }, as),
      api.households[':id'].members[':memberId'].$delete(
        { param: { ...param, memberId: id.paulMember as string } },
        as,
      ),
      api.households[':id'].budgets.$get({ param, query: { month: '2026-11' } }, as),
      api.text.$post({ json: textNote('10 € de pain', { householdId: household.id }) }, as),
    ]);
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    // Nor may she say who paid a bill of theirs, or how it is shared.
    const [bill] = (
      await (await api.expenses.$get({ query: { householdId: household.id } }, await bearer(marie))).json()
    ).expenses;
    const changed = await api.expenses[':id'].$patch(
      {
        param: { id: bill?.id as string },
        json: { paidBy: id.paulMember as string, split: [{ memberId: id.paulMember as string, cents: 1 }] },
      },
      as,
    );
    expect(changed.status).toBe(404);
    const after = (
      await (await api.expenses.$get({ query: { householdId: household.id } }, await bearer(marie))).json()
    ).expenses.find((e) => e.id === bill?.id);
    expect([after?.paidBy, after?.split]).toEqual([bill?.paidBy, bill?.split]);
    expect(await (await api.households.$get({}, as)).json()).toEqual({ households: [] });
    const list = await api.expenses.$get({ query: { householdId: household.id } }, as);
    expect((await list.json()).expenses).toEqual([]);
  });

  it('brings the bills to a member who joins, and stops when she is removed', async () => {
    const invite = await (
      await api.households[':id'].invites.$post({ param: { id: household.id } }, await bearer(marie))
    ).json();
    const joined = await (
      await api.households.join.$post({ json: { code: invite.code } }, await bearer(lea))
    ).json();
    expect(joined.members.map((m) => m.name)).toEqual(['Marie Dupont', 'Paul', 'Lea']);
    const member = await subscribed(lea, id.lea as string, [household.id]);
    const say = async (text: string, headers: { headers: Record<string, string> }, householdId?: string) =>
      (
        await (
          await api.text.$post({ json: textNote(text, householdId ? { householdId } : {}) }, headers)
        ).json()
      ).expenses[0]?.id;
    const bread = await say('9 € de pain, on partage', await phoneHeaders(), household.id);
    expect(await member.box.next()).toBe(bread);

    const removed = await api.households[':id'].members[':memberId'].$delete(
      { param: { id: household.id, memberId: joined.me as string } },
      await bearer(marie),
    );
    expect(removed.status).toBe(204);
    await say('30 € de courses, on partage', await phoneHeaders(), household.id);
    const own = await say('3 € de café', await bearer(lea));
    expect(await member.box.next()).toBe(own);
    member.stop();

    // Paul leaves: his phone's next channel names no household.
    const left = await api.households[':id'].members[':memberId'].$delete(
      { param: { id: household.id, memberId: id.paulMember as string } },
      await phoneHeaders(),
    );
    expect(left.status).toBe(204);
    phone.watchHouseholds([]);
    await vi.waitFor(() =>
      expect(realtime.joins.findLast((j) => j.userId === id.paul)?.filters).toEqual([
        `user_id=eq.${id.paul}`,
        `user_id=eq.${id.paul}`,
      ]),
    );
  });
});
