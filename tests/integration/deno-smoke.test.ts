/**
 * The Supabase Edge Function entry on the real Deno runtime (the `deno` npm package), against
 * a hosted-like database (support/hosted-supabase.ts) with the same migrations and RLS, a local
 * JWKS and the fake provider: health, a typed expense, an authenticated voice note, and a budget
 * alert sent by web-push (npm, through Deno's Node compatibility) to a local push service that
 * checks as Apple's does, which decrypts it; without a real push contact it does not start.
 */
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DenoFunction, startDenoFunction } from '../support/deno-function.ts';
import { apiAt, textNote, voiceNote } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { type FakePushService, startFakePushService } from '../support/fake-push-service.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';
import { RESTO_WEBM } from '../support/recordings.ts';
import { statementFile } from '../support/statements.ts';

const USER = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

let db: HostedDatabase;
let auth: FakeSupabaseAuth;
let fake: FakeProvider;
let push: FakePushService;
let deno: DenoFunction;
let api: ReturnType<typeof apiAt>;

beforeAll(async () => {
  [db, auth, fake, push] = await Promise.all([
    createHostedDatabase('vt_deno'),
    startFakeSupabaseAuth(),
    startFakeProvider(),
    startFakePushService({ apple: true }),
  ]);
  // `supabase db push` would apply these on Supabase; here our runner does, after the shim.
  const { store, sql } = await openStore({ databaseUrl: db.url });
  await sql.query('insert into auth.users (id) values ($1)', [USER]);
  await store.close();
  deno = await startDenoFunction({
    // The direct connection Supabase gives every function, when no pooler URL is set.
    DATABASE_URL: '',
    SUPABASE_DB_URL: db.url,
    SUPABASE_URL: auth.url,
    GROQ_API_KEY: 'test-key',
    GROQ_BASE_URL: fake.url,
    PUSH_ALLOWED_ORIGINS: push.origin,
  });
  api = apiAt(deno.url);
}, 150_000);

afterAll(async () => {
  await deno?.stop();
  await Promise.all([auth?.close(), fake?.close(), push?.close()]);
  await db?.drop();
});

describe('the Edge Function on Deno', () => {
  it('answers health with the database and the providers', async () => {
    const res = await api.health.$get();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { ok: true, kind: 'postgres' } });
  });

  it('saves a typed expense for a signed-in user, and refuses one without a token', async () => {
    const note = textNote('8 € de pain et 23 € de fromage');
    const anonymous = await api.text.$post({ json: note });
    expect(anonymous.status).toBe(401);
    const res = await api.text.$post(
      { json: note },
      { headers: { authorization: `Bearer ${await auth.token(USER)}` } },
    );
    expect(res.status).toBe(201);
    const result = await res.json();
    expect(result.expenses.map((e) => e.amount)).toEqual(['8.00', '23.00']);
  });

  it('transcribes an authenticated voice note through the fake provider', async () => {
    fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    const res = await api.voice.$post(
      { form: voiceNote(RESTO_WEBM) },
      { headers: { authorization: `Bearer ${await auth.token(USER)}` } },
    );
    expect(res.status).toBe(201);
    const result = await res.json();
    expect(result.expenses[0]).toMatchObject({ amount: '12.50', category: 'dining', source: 'voice' });
    expect(fake.calls.some((c) => c.route === 'transcriptions')).toBe(true);
  });

  it('imports a bank statement for the signed-in user under RLS, every line once', async () => {
    const headers = { authorization: `Bearer ${await auth.token(USER)}` };
    const file = new File(
      [Uint8Array.from(statementFile('ofx102-sgml-cp1252-crlf-comma-decimal.ofx'))],
      'releve.ofx',
    );
    const first = await api.statements.$post({ form: { file, account: 'Compte' } }, { headers });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      format: 'ofx',
      lines: 7,
      debits: 6,
      credits: 1,
      duplicates: 0,
    });
    const again = await api.statements.$post({ form: { file, account: 'Compte' } }, { headers });
    expect(await again.json()).toMatchObject({ debits: 0, credits: 0, duplicates: 7 });
  });

  it('pairs a bank line with an expense, and takes it back, for the signed-in user under RLS', async () => {
    const headers = { authorization: `Bearer ${await auth.token(USER)}` };
    const said = await api.text.$post(
      { json: textNote('42,10 € de courses chez Carrefour', { recordedAt: '2026-11-28T18:00:00+01:00' }) },
      { headers },
    );
    expect(said.status).toBe(201);
    const expenseId = (await said.json()).expenses[0]?.id ?? '';
    // Reading the month matches it with the statement's CB CARREFOUR 28/11.
    expect((await api.reconciliation.$get({ query: { month: '2026-11' } }, { headers })).status).toBe(200);
    const listed = await api.expenses.$get({ query: { from: '2026-11-28', to: '2026-11-28' } }, { headers });
    const lineId = (await listed.json()).expenses.find((e) => e.id === expenseId)?.bankLineId ?? '';
    expect(lineId).not.toBe('');
    const pair = api.reconciliation.suggestions[':id'].pair;
    expect((await pair.$delete({ param: { id: lineId } }, { headers })).status).toBe(204);
    const stranger = await pair.$post(
      { param: { id: lineId }, json: { expenseId: crypto.randomUUID() } },
      { headers },
    );
    expect(stranger.status).toBe(404);
    const res = await pair.$post({ param: { id: lineId }, json: { expenseId } }, { headers });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: expenseId, bankLineId: lineId });
    const anonymous = await pair.$delete({ param: { id: lineId } });
    expect(anonymous.status).toBe(401);
  });

  it('answers the change stream with 501 live_updates_unavailable: no LISTEN, the PWA uses Realtime', async () => {
    const headers = { authorization: `Bearer ${await auth.token(USER)}` };
    for (let i = 0; i < 2; i++) {
      const res = await api.events.$get({}, { headers });
      expect(res.status).toBe(501);
      expect(await res.json()).toMatchObject({ error: { code: 'live_updates_unavailable' } });
    }
  });
});

describe('the push contact on Deno', () => {
  it('refuses to start in Supabase mode without a real VAPID_SUBJECT, saying what to set', async () => {
    for (const subject of ['', 'mailto:voicetrack@localhost']) {
      const start = startDenoFunction({
        SUPABASE_DB_URL: db.url,
        SUPABASE_URL: auth.url,
        VAPID_SUBJECT: subject,
      });
      await expect(start).rejects.toThrow(
        "VAPID_SUBJECT must be a real contact in Supabase mode, where phones get pushes: mailto:you@example.org or https://your.site (supabase secrets set VAPID_SUBJECT=…); Apple's push service refuses a subject at localhost (403 BadJwtToken)",
      );
    }
  }, 150_000);
});

describe('budget alerts on Deno', () => {
  it('sends a Web Push alert the push service can verify and decrypt', async () => {
    const headers = { authorization: `Bearer ${await auth.token(USER)}` };
    const key = await (await api.push['public-key'].$get({}, { headers })).json();
    expect(Buffer.from(key.publicKey, 'base64url')).toHaveLength(65);
    const subscribed = await api.push.subscriptions.$post(
      { json: { ...push.subscribe(), locale: 'en-US' } },
      { headers },
    );
    expect(subscribed.status).toBe(201);
    const budget = await api.budgets[':category'].$put(
      { param: { category: 'total' }, json: { amount: '100.00', currency: 'EUR' } },
      { headers },
    );
    expect(budget.status).toBe(201);
    // The day of NOTE_CONTEXT may not be this month: the note is dated today, in Paris.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const note = textNote('95 € de courses', { recordedAt: `${today}T12:00:00+01:00` });
    expect((await api.text.$post({ json: note }, { headers })).status).toBe(201);
    // The alert goes out after the answer: wait for the push service to receive it.
    for (let i = 0; i < 100 && push.deliveries.length === 0 && push.refusals.length === 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(push.refusals).toEqual([]);
    expect(push.deliveries.map((d) => (d.payload as { body: string }).body)).toEqual([
      expect.stringMatching(/^Total: \d+% of the \w+ budget \(€[\d,]+\.\d\d of €100\.00\)$/),
    ]);
  });
});
