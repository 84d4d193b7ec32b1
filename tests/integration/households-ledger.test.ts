/**
 * Households in everything else (issue 30's follow-ups), on a hosted-like Supabase database (RLS,
 * migrations by a postgres that is no superuser): Marie and Paul share « Coloc », Léa is another
 * account. The CSV export appends the household, who paid and your part; the JSON export carries
 * the bills' fields, the households and the repayments, and its import puts a bill back into a
 * household only for one of its members (an outsider gets their own expense at the exporter's
 * part); the month report counts your part and says « dont partagé ». Personal expenses: as before.
 */
import { userOwner } from '@voicetrack/edge/ports.ts';
import { ExportFileSchema, ImportReportSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakePushService, startFakePushService } from '../support/fake-push-service.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';

const MARIE = 'a1a1a1a1-aaaa-4aaa-8aaa-aaaaaaaaaaab';
const PAUL = 'b2b2b2b2-bbbb-4bbb-8bbb-bbbbbbbbbbbc';
const LEA = 'c3c3c3c3-cccc-4ccc-8ccc-cccccccccccd';
const MONTH = '2026-11';

let auth: FakeSupabaseAuth;
let db: HostedDatabase;
let push: FakePushService;
let t: TestApp;
let household: string;
const member: Record<string, string> = {};

beforeAll(async () => {
  [auth, db, push] = await Promise.all([
    startFakeSupabaseAuth(),
    createHostedDatabase('vt_hh_ledger'),
    startFakePushService(),
  ]);
  t = await startTestApp({
    databaseUrl: db.url,
    env: {
      SUPABASE_URL: auth.url,
      SUPABASE_JWT_SECRET: auth.jwtSecret,
      PUSH_ALLOWED_ORIGINS: push.origin,
      VAPID_SUBJECT: 'mailto:test@example.org',
    },
    // The notes' month is this month: budgets alert for it.
    now: () => new Date('2026-11-24T12:00:00+01:00'),
  });
  await t.sql.query('insert into auth.users (id) values ($1), ($2), ($3)', [MARIE, PAUL, LEA]);
});
afterAll(async () => {
  await t?.close();
  await Promise.all([auth?.close(), db?.drop(), push?.close()]);
});

const as = async (user: string) => ({ headers: { authorization: `Bearer ${await auth.token(user)}` } });
const say = async (user: string, text: string, householdId?: string) =>
  (
    await t.api.text.$post({ json: textNote(text, householdId ? { householdId } : {}) }, await as(user))
  ).json();
const csv = async (user: string, format: 'standard' | 'excel-fr') =>
  (await (await t.api['export.csv'].$get({ query: { format } }, await as(user))).text())
    .replace('\uFEFF', '')
    .split('\r\n')
    .filter((l) => l !== '');
const report = async (user: string) =>
  (await t.api.report.$get({ query: { month: MONTH } }, await as(user))).json();
/** A bank file for other ledgers, its server stamp left out (the rest is the same for the same expenses). */
const ledgerFile = async (user: string, kind: 'ofx' | 'qif') =>
  (await (await t.app.request(`/api/export.${kind}`, await as(user))).text()).replace(/<DTSERVER>\d+/, '');
/** A QIF file's records, each its lines. */
const qifRecords = (text: string) =>
  text
    .split('^\r\n')
    .map((r) => r.replace('!Type:Bank\r\n', '').split('\r\n').filter(Boolean))
    .filter((r) => r.length > 0);
const exportJson = async (user: string) =>
  (await (await t.api['export.json'].$get({}, await as(user))).text()) as string;
const importJson = async (user: string, body: string) => {
  const res = await t.app.request('/api/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await as(user)).headers },
    body,
  });
  expect(res.status).toBe(200);
  return v.parse(ImportReportSchema, await res.json());
};
const billsOf = async (user: string) =>
  (await (await t.api.expenses.$get({ query: { householdId: household } }, await as(user))).json()).expenses;

/** What a personal-only ledger shows, taken before any household bill exists. */
let before: { csv: string[]; report: unknown; lea: unknown; qif: string; ofx: string };

describe('a household in the exports, the import and the report (Supabase mode, RLS)', () => {
  it('keeps personal expenses as they were: the CSV only gains three empty cells at the end', async () => {
    await say(MARIE, '12,50 € de pain');
    await say(LEA, '30 € de cinéma');
    before = {
      csv: await csv(MARIE, 'standard'),
      report: await report(MARIE),
      lea: await report(LEA),
      qif: await ledgerFile(MARIE, 'qif'),
      ofx: await ledgerFile(MARIE, 'ofx'),
    };
    expect(before.csv[0]).toBe(
      'date,amount,currency,category,description,status,source,transcript,id,client_id,created_at,reimbursable,household,paid_by,your_share',
    );
    expect(before.csv[1]).toMatch(/^2026-11-24,12\.50,EUR,groceries,.*,false,,,$/);

    const created = await (
      await t.api.households.$post({ json: { name: 'Coloc', memberName: 'Marie' } }, await as(MARIE))
    ).json();
    household = created.id;
    member.marie = created.me as string;
    const joined = await (
      await t.api.households.join.$post({ json: { code: created.invite.code, name: 'Paul' } }, await as(PAUL))
    ).json();
    member.paul = joined.me as string;
    const resto = await say(PAUL, '48 € au resto, on partage', household);
    expect(resto.expenses[0]?.split?.map((s) => s.cents)).toEqual([2400, 2400]);
    const pharmacie = await say(MARIE, "20 € de pharmacie, c'est pour Paul", household);
    expect(pharmacie.expenses[0]?.split).toEqual([{ memberId: member.paul, cents: 2000 }]);

    // A bill is in the household's list, never in the personal list of whoever recorded it.
    const own = await (await t.api.expenses.$get({ query: {} }, await as(PAUL))).json();
    expect(own.expenses).toEqual([]);
    // Marie's personal row is the same line as before the household existed.
    const after = await csv(MARIE, 'standard');
    expect(after[0]).toBe(before.csv[0]);
    expect(after.filter((l) => l.includes(',groceries,'))).toEqual([before.csv[1]]);
    // Léa, in no household, has the same report as before.
    expect(await report(LEA)).toEqual(before.lea);
  });

  it('appends the household, who paid and your part to each bill in both CSVs', async () => {
    const standard = await csv(MARIE, 'standard');
    expect(standard).toHaveLength(4);
    const resto = standard.find((l) => l.includes(',48.00,'));
    expect(resto).toMatch(/,false,Coloc,Paul,24\.00$/);
    expect(standard.find((l) => l.includes(',20.00,'))).toMatch(/,Coloc,Marie,0\.00$/);
    const fr = await csv(PAUL, 'excel-fr');
    expect(fr[0]?.endsWith(';Remboursable;Foyer;Payé par;Votre part')).toBe(true);
    expect(fr.find((l) => l.includes(';48,00;'))).toMatch(/;Coloc;Paul;24,00$/);
    expect(fr.find((l) => l.includes(';20,00;'))).toMatch(/;Coloc;Marie;20,00$/);
    // Paul has no personal expense: his file is the household's two bills.
    expect(fr).toHaveLength(3);
    // Léa's export holds nothing of a household she is not in.
    expect((await csv(LEA, 'standard')).join('\n')).not.toContain('Coloc');
  });

  it('writes your part of each bill in OFX and QIF with the household in the memo, and personal lines as before', async () => {
    const [bread, ...none] = qifRecords(before.qif);
    expect(none).toEqual([]);
    const records = qifRecords(await ledgerFile(MARIE, 'qif'));
    // The bread is the same record; the restaurant is her 24,00 €; the pharmacy, all Paul's, is not hers.
    expect(records).toHaveLength(2);
    expect(records).toContainEqual(bread);
    const resto = records.find((r) => r.includes('T-24.00'));
    expect(resto).toContain('MColoc — 24,00 sur 48,00 EUR');
    const ofx = await ledgerFile(PAUL, 'ofx');
    expect(ofx.match(/<TRNAMT>[^<]+/g)).toEqual(['<TRNAMT>-24.00', '<TRNAMT>-20.00']);
    expect(ofx).toContain('— Coloc — 20,00 sur 20,00 EUR</MEMO>');
    const en = await (await t.app.request('/api/export.qif?lang=en', await as(PAUL))).text();
    expect(en).toContain('MColoc — 24.00 of 48.00 EUR');
    // Marie's OFX: the bread's transaction is the one it was, and Léa's file knows nothing of Coloc.
    const stmttrn = (text: string) => text.match(/<STMTTRN>.*?<\/STMTTRN>/g) ?? [];
    expect(stmttrn(await ledgerFile(MARIE, 'ofx'))).toContain(stmttrn(before.ofx)[0]);
    expect(await ledgerFile(LEA, 'qif')).not.toContain('Coloc');
  });

  it('counts your part in the month and says « dont partagé » with the whole bills', async () => {
    const marie = await report(MARIE);
    // 12,50 € of bread + her 24,00 € of the restaurant; the pharmacy was all Paul's.
    expect(marie.totals).toEqual([{ currency: 'EUR', amount: '36.50', count: 2 }]);
    expect(marie.shared).toEqual([
      { householdId: household, name: 'Coloc', currency: 'EUR', amount: '24.00', bills: '68.00', count: 2 },
    ]);
    expect(marie.byCategory).toEqual([
      { category: 'dining', currency: 'EUR', amount: '24.00', count: 1 },
      { category: 'groceries', currency: 'EUR', amount: '12.50', count: 1 },
    ]);
    const paul = await report(PAUL);
    expect(paul.totals).toEqual([{ currency: 'EUR', amount: '44.00', count: 2 }]);
    expect(paul.shared?.[0]).toMatchObject({ amount: '44.00', bills: '68.00' });
    // Her personal lines are what they were before the household.
    const was = before.report as typeof marie;
    expect(marie.byCategory.filter((c) => c.category === 'groceries')).toEqual(was.byCategory);
  });

  it('round-trips the bills, the household and its repayments in the JSON export, never twice', async () => {
    const settled = await t.api.households[':id'].settlements.$post(
      {
        param: { id: household },
        json: {
          fromMemberId: member.marie as string,
          toMemberId: member.paul as string,
          amount: '4.00',
          currency: 'EUR',
        },
      },
      await as(MARIE),
    );
    expect(settled.status).toBe(201);
    const text = await exportJson(MARIE);
    const file = v.parse(ExportFileSchema, JSON.parse(text));
    expect(file.version).toBe(4);
    expect(file.households).toEqual([
      {
        id: household,
        name: 'Coloc',
        me: member.marie,
        members: [
          { id: member.marie, name: 'Marie' },
          { id: member.paul, name: 'Paul' },
        ],
      },
    ]);
    expect(file.settlements).toMatchObject([
      {
        householdId: household,
        fromMemberId: member.marie,
        toMemberId: member.paul,
        amount: '4.00',
        currency: 'EUR',
      },
    ]);
    const rows = file.expenses as Array<Record<string, unknown>>;
    expect(rows.find((r) => r.amount === '48.00')).toMatchObject({
      householdId: household,
      paidBy: member.paul,
      split: [
        { memberId: member.marie, cents: 2400 },
        { memberId: member.paul, cents: 2400 },
      ],
    });
    // A personal row carries no household field.
    expect(Object.keys(rows.find((r) => r.amount === '12.50') ?? {})).not.toContain('householdId');

    // Marie restores her own file, and Paul (a member too) imports it: nothing is doubled.
    expect(await importJson(MARIE, text)).toMatchObject({
      imported: 0,
      duplicates: 3,
      refused: [],
      shared: { bills: 2, personal: 0, notMine: 0 },
      settlements: { imported: 0, duplicates: 1, skipped: 0 },
    });
    expect(await importJson(PAUL, text)).toMatchObject({
      imported: 1, // Marie's bread, now in Paul's own ledger as any imported row
      duplicates: 2,
      shared: { bills: 2, personal: 0, notMine: 0 },
      settlements: { imported: 0, duplicates: 1, skipped: 0 },
    });
    expect((await billsOf(PAUL)).map((e) => e.amount).sort()).toEqual(['20.00', '48.00']);
  });

  it('restores into the household a bill and a repayment deleted since, for a member', async () => {
    const text = await exportJson(PAUL);
    const resto = (await billsOf(PAUL)).find((e) => e.amount === '48.00');
    expect(
      (await t.api.expenses[':id'].$delete({ param: { id: resto?.id as string } }, await as(MARIE))).status,
    ).toBe(204);
    await t.sql.query('delete from settlements');
    expect(await importJson(PAUL, text)).toMatchObject({
      imported: 1,
      shared: { bills: 2, personal: 0, notMine: 0 },
      settlements: { imported: 1, duplicates: 0, skipped: 0 },
    });
    const back = (await billsOf(MARIE)).find((e) => e.amount === '48.00');
    expect(back).toMatchObject({ householdId: household, paidBy: member.paul });
    const nets = (
      await (
        await t.api.households[':id'].balances.$get(
          { param: { id: household }, query: { currency: 'EUR' } },
          await as(MARIE),
        )
      ).json()
    ).balances.map((b) => [b.name, b.net]);
    // Marie owes 24 (resto) − 4 repaid, Paul is owed the rest, less the 20 € pharmacy he bore.
    expect(nets).toEqual([
      ['Marie', '0.00'],
      ['Paul', '0.00'],
    ]);
  });

  it('gives an outsider who imports the file their own expense at the exporter’s part, and no household', async () => {
    const text = await exportJson(MARIE);
    const lea = await importJson(LEA, text);
    expect(lea).toMatchObject({
      imported: 2, // the bread, and the restaurant at Marie's 24,00 €
      duplicates: 0,
      refused: [],
      shared: { bills: 0, personal: 1, notMine: 1 },
      settlements: { imported: 0, duplicates: 0, skipped: 1 },
    });
    const own = (await (await t.api.expenses.$get({ query: {} }, await as(LEA))).json()).expenses;
    expect(own.map((e) => [e.amount, e.householdId ?? null]).sort()).toEqual([
      ['12.50', null],
      ['24.00', null],
      ['30.00', null],
    ]);
    expect(await billsOf(LEA)).toEqual([]);
    expect((await (await t.api.households.$get({}, await as(LEA))).json()).households).toEqual([]);
    // The household's own ledger did not move.
    expect((await billsOf(MARIE)).map((e) => e.amount).sort()).toEqual(['20.00', '48.00']);
  });

  it('refuses, row by row, a bill whose payer or share is no member of the household, changing nothing', async () => {
    const stranger = crypto.randomUUID();
    const bill = (paidBy: string, memberId: string) => ({
      clientId: crypto.randomUUID(),
      amount: '10.00',
      currency: 'EUR',
      category: 'groceries',
      description: 'pain',
      date: '2026-11-20',
      transcript: null,
      source: 'text',
      status: 'saved',
      householdId: household,
      paidBy,
      split: [{ memberId, cents: 1000 }],
    });
    const forged = JSON.stringify({
      app: 'voicetrack',
      version: 3,
      exportedAt: new Date().toISOString(),
      expenses: [
        bill(stranger, member.marie as string),
        bill(member.marie as string, stranger),
        { ...bill(member.marie as string, member.paul as string), amount: '9.99' },
      ],
    });
    const res = await importJson(MARIE, forged);
    expect(res).toMatchObject({ imported: 0, duplicates: 0 });
    expect(res.refused.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(res.refused[0]?.reason).toContain('not a member of this household');
    expect(res.refused[2]?.reason).toContain('split must sum to the amount');
    expect(await billsOf(MARIE)).toHaveLength(2);
    // Under the policies, Léa cannot even learn the household exists from an import.
    const asLea = await t.sql.transaction(async (tx) => {
      await tx.query(
        `select set_config('request.jwt.claims', $1, true), set_config('role', 'voicetrack_api', true)`,
        [JSON.stringify(userOwner(LEA).claims)],
      );
      return tx.query(`select id from expenses where household_id is not null`);
    });
    expect(asLea).toEqual([]);
  });
});

describe('household budgets (Supabase mode, RLS)', () => {
  const budgetsOf = async (user: string) =>
    t.api.households[':id'].budgets.$get(
      { param: { id: household }, query: { month: MONTH } },
      await as(user),
    );
  const put = async (user: string, category: 'groceries' | 'dining', amount: string) =>
    t.api.households[':id'].budgets[':category'].$put(
      { param: { id: household, category }, json: { amount, currency: 'EUR' } },
      await as(user),
    );
  const devices: Record<string, string> = {};

  it('lets any member set one, and an outsider neither see nor touch it (404, and nothing under the policies)', async () => {
    for (const [user, locale] of [
      [MARIE, 'fr-FR'],
      [PAUL, 'en-GB'],
      [LEA, 'fr-FR'],
    ] as const) {
      const device = { ...push.subscribe(), locale };
      devices[user] = device.endpoint;
      expect((await t.api.push.subscriptions.$post({ json: device }, await as(user))).status).toBe(201);
    }
    const created = await put(PAUL, 'groceries', '100');
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ category: 'groceries', currency: 'EUR', amount: '100.00' });
    expect((await put(MARIE, 'groceries', '100.00')).status).toBe(200);

    expect((await budgetsOf(LEA)).status).toBe(404);
    expect((await put(LEA, 'dining', '10.00')).status).toBe(404);
    const removeAsLea = await t.api.households[':id'].budgets[':category'].$delete(
      { param: { id: household, category: 'groceries' }, query: { currency: 'EUR' } },
      await as(LEA),
    );
    expect(removeAsLea.status).toBe(404);
    const seen = await t.sql.transaction(async (tx) => {
      await tx.query(
        `select set_config('request.jwt.claims', $1, true), set_config('role', 'voicetrack_api', true)`,
        [JSON.stringify(userOwner(LEA).claims)],
      );
      return tx.query('select * from household_budgets');
    });
    expect(seen).toEqual([]);
    // Her own budgets list knows nothing of it.
    const own = await (await t.api.budgets.$get({ query: { month: MONTH } }, await as(LEA))).json();
    expect(own.budgets).toEqual([]);
  });

  it('counts the household’s bills whole, and alerts every member’s devices once at 80 %, never an outsider', async () => {
    await say(MARIE, '70 € de courses, on partage', household);
    await t.settled();
    expect(push.deliveries).toEqual([]);
    await say(PAUL, '15 € de courses', household);
    await t.settled();
    const answer = await (await budgetsOf(MARIE)).json();
    expect(answer.budgets).toMatchObject([
      { category: 'groceries', spent: '85.00', percent: 85, level: 'warning' },
    ]);
    expect(push.refusals).toEqual([]);
    const to = (endpoint: string | undefined) =>
      push.deliveries
        .filter((d) => endpoint?.endsWith(`/${d.subscription}`))
        .map((d) => (d.payload as { title: string }).title);
    expect(to(devices[MARIE])).toEqual(['Coloc — Budget bientôt atteint']);
    expect(to(devices[PAUL])).toEqual(['Coloc — Budget nearly reached']);
    expect(to(devices[LEA])).toEqual([]);
    // Once per household, not once per member who writes: a bill by the other member says nothing more.
    await say(MARIE, '5 € de courses', household);
    await t.settled();
    expect(push.deliveries).toHaveLength(2);
  });

  it('counts your part of the household’s bills in your own budget, beside your personal expenses', async () => {
    expect(
      (
        await t.api.budgets[':category'].$put(
          { param: { category: 'groceries' }, json: { amount: '200.00', currency: 'EUR' } },
          await as(MARIE),
        )
      ).status,
    ).toBe(201);
    const mine = await (await t.api.budgets.$get({ query: { month: MONTH } }, await as(MARIE))).json();
    // 12,50 € of bread (hers) + 35,00 € (half the 70 €) + 7,50 € + 2,50 € (halves of 15 € and 5 €).
    expect(mine.budgets).toMatchObject([{ category: 'groceries', spent: '57.50' }]);
  });

  it('removes one (204), then says there is none (404)', async () => {
    const remove = async () =>
      t.api.households[':id'].budgets[':category'].$delete(
        { param: { id: household, category: 'groceries' }, query: { currency: 'EUR' } },
        await as(MARIE),
      );
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
    expect((await (await budgetsOf(PAUL)).json()).budgets).toEqual([]);
  });

  it('travel in the JSON export, and come back on import for a member only, never over one the household has', async () => {
    expect((await put(MARIE, 'dining', '150')).status).toBe(201);
    const text = await exportJson(MARIE);
    expect(v.parse(ExportFileSchema, JSON.parse(text)).householdBudgets).toEqual([
      { householdId: household, category: 'dining', currency: 'EUR', amount: '150.00' },
    ]);
    // The household keeps what it has: the same budget is a duplicate, a changed one stays changed.
    expect((await put(PAUL, 'dining', '120')).status).toBe(200);
    expect((await importJson(PAUL, text)).householdBudgets).toEqual({
      imported: 0,
      duplicates: 1,
      skipped: 0,
    });
    expect((await (await budgetsOf(PAUL)).json()).budgets).toMatchObject([
      { category: 'dining', amount: '120.00' },
    ]);
    // Removed since, it comes back from a member's import.
    await t.api.households[':id'].budgets[':category'].$delete(
      { param: { id: household, category: 'dining' }, query: { currency: 'EUR' } },
      await as(MARIE),
    );
    expect((await importJson(PAUL, text)).householdBudgets).toEqual({
      imported: 1,
      duplicates: 0,
      skipped: 0,
    });
    expect((await (await budgetsOf(MARIE)).json()).budgets).toMatchObject([
      { category: 'dining', amount: '150.00' },
    ]);
    // Léa is no member: left out, and nothing of it becomes hers (Marie's own budgets in the file do).
    expect((await importJson(LEA, text)).householdBudgets).toEqual({
      imported: 0,
      duplicates: 0,
      skipped: 1,
    });
    const leas = (await (await t.api.budgets.$get({ query: { month: MONTH } }, await as(LEA))).json())
      .budgets;
    expect(leas.map((b) => b.category)).toEqual(['groceries']);
  });
});

describe('live updates of a household’s bills (Supabase mode, LISTEN/NOTIFY)', () => {
  /** A user's change stream: the expense ids it hears, in order. */
  async function stream(user: string) {
    const controller = new AbortController();
    const res = await t.app.request('/api/events', { ...(await as(user)), signal: controller.signal });
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const next = async (): Promise<{ event: string; id?: string; householdId?: string }> => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          // A beat (the server's word every 25 s on a quiet stream) is no news.
          if (event && event !== 'beat')
            return { event, ...(data ? (JSON.parse(data) as { id?: string; householdId?: string }) : {}) };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    expect(await next()).toEqual({ event: 'ready' });
    return { next, close: () => controller.abort() };
  }

  it('tells both members’ streams about a household’s bill, and never the outsider’s', async () => {
    const [marie, paul, lea] = await Promise.all([stream(MARIE), stream(PAUL), stream(LEA)]);
    try {
      const bill = (await say(PAUL, '36 € de courses, on partage', household)).expenses[0]?.id;
      expect(await marie.next()).toMatchObject({ event: 'expense', id: bill });
      expect(await paul.next()).toMatchObject({ event: 'expense', id: bill });
      // Léa's next news is her own expense: the bill, said before it, never reached her stream.
      const own = (await say(LEA, '4 € de café')).expenses[0]?.id;
      expect(await lea.next()).toMatchObject({ event: 'expense', id: own });
      // And her personal expense is no member's news either: Marie's next is Paul's next bill.
      const next = (await say(PAUL, '8 € de pain, on partage', household)).expenses[0]?.id;
      expect(await marie.next()).toMatchObject({ event: 'expense', id: next });
    } finally {
      for (const s of [marie, paul, lea]) s.close();
    }
  });

  it('tells both members’ streams about a repayment at once (« Qui doit quoi » is read again), never the outsider’s', async () => {
    const [marie, paul, lea] = await Promise.all([stream(MARIE), stream(PAUL), stream(LEA)]);
    try {
      const settled = await t.api.households[':id'].settlements.$post(
        {
          param: { id: household },
          json: {
            fromMemberId: member.paul as string,
            toMemberId: member.marie as string,
            amount: '1.00',
            currency: 'EUR',
          },
        },
        await as(PAUL),
      );
      expect(settled.status).toBe(201);
      expect(await marie.next()).toEqual({ event: 'settlement', householdId: household });
      expect(await paul.next()).toEqual({ event: 'settlement', householdId: household });
      const own = (await say(LEA, '3 € de café')).expenses[0]?.id;
      expect(await lea.next()).toEqual({ event: 'expense', op: 'insert', id: own });
    } finally {
      for (const s of [marie, paul, lea]) s.close();
    }
  });

  it('lets the Data API’s role read the household’s bills as Realtime checks them: members yes, an outsider no', async () => {
    const asAuthenticated = (user: string) =>
      t.sql.transaction(async (tx) => {
        await tx.query(
          `select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
          [JSON.stringify(userOwner(user).claims)],
        );
        return tx.query<{ n: number }>(
          `select count(*)::int as n from expenses where household_id = $1::uuid`,
          [household],
        );
      });
    expect(Number((await asAuthenticated(MARIE))[0]?.n)).toBeGreaterThan(0);
    expect(Number((await asAuthenticated(LEA))[0]?.n)).toBe(0);
  });

  it('lets the Data API’s role read the household’s repayments as Realtime checks them, and write none', async () => {
    const asAuthenticated = (user: string, query: string) =>
      t.sql.transaction(async (tx) => {
        await tx.query(
          `select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
          [JSON.stringify(userOwner(user).claims)],
        );
        return tx.query<{ n: number }>(query, [household]);
      });
    const count = 'select count(*)::int as n from settlements where household_id = $1::uuid';
    expect(Number((await asAuthenticated(PAUL, count))[0]?.n)).toBeGreaterThan(0);
    expect(Number((await asAuthenticated(LEA, count))[0]?.n)).toBe(0);
    await expect(
      asAuthenticated(PAUL, 'delete from settlements where household_id = $1::uuid returning 1 as n'),
    ).rejects.toThrow(/permission denied/);
  });
});
