/**
 * Supabase mode, on the real PostgreSQL server under RLS: a signed-in user makes personal tokens
 * for their Shortcuts; a request with one runs as that user and no other; a token cannot make
 * more; a Telegram chat is linked with `/start <code>` from the app and then writes for its user;
 * anonymous users, free to make, are counted by address too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';
import { addAuthUsers, createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const SECRET = 'webhook-secret-0123456789';

let auth: FakeSupabaseAuth;
let telegram: FakeTelegram;
let db: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  [auth, telegram, db] = await Promise.all([
    // An anonymous sign-in makes its user in the database too, as Supabase's Auth does.
    startFakeSupabaseAuth({
      onUserCreated: (id) => addAuthUsers(db.url, id),
    }),
    startFakeTelegram(),
    createTestDatabase('vt_tokens'),
  ]);
  t = await startTestApp({
    databaseUrl: db.url,
    env: {
      SUPABASE_URL: auth.url,
      SUPABASE_JWT_SECRET: auth.jwtSecret,
      // Off loopback: PAIRING does not apply, Supabase mode needs a token on every request anyway.
      // A wildcard HOST names the address phones open.
      HOST: '0.0.0.0',
      PUBLIC_URL: 'http://192.168.1.20:8787',
      TELEGRAM_BOT_TOKEN: '999:bot',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_BASE: telegram.url,
      ANONYMOUS_RATE_LIMIT_PER_MINUTE: '3',
    },
  });
  await addAuthUsers(db.url, A, B);
});
afterAll(async () => {
  await t.close();
  await Promise.all([auth.close(), telegram.close(), db.drop()]);
});

const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const listOf = async (token: string) =>
  (await (await t.api.expenses.$get({ query: {} }, as(token))).json()).expenses;

describe('personal tokens in Supabase mode', () => {
  it('are made by a signed-in user and write as that user, under RLS', async () => {
    const jwtA = await auth.token(A);
    const made = await t.api.devices.$post({ json: { name: 'Raccourci Siri' } }, as(jwtA));
    expect(made.status).toBe(201);
    const { token, deviceId } = await made.json();
    const saved = await t.api.text.$post({ json: textNote('9 € de cinéma') }, as(token));
    expect(saved.status).toBe(201);
    expect((await listOf(jwtA)).map((e) => e.amount)).toContain('9.00');
    expect(await listOf(await auth.token(B))).toHaveLength(0);
    // B can neither see A's token nor revoke it.
    const jwtB = await auth.token(B);
    expect((await (await t.api.devices.$get({}, as(jwtB))).json()).devices).toHaveLength(0);
    expect((await t.api.devices[':id'].$delete({ param: { id: deviceId } }, as(jwtB))).status).toBe(404);
    const mine = (await (await t.api.devices.$get({}, as(jwtA))).json()).devices;
    expect(mine.map((d) => d.name)).toEqual(['Raccourci Siri']);
  });

  it('cannot make more tokens, and stops at once when revoked', async () => {
    const jwtA = await auth.token(A);
    const { token, deviceId } = await (
      await t.api.devices.$post({ json: { name: 'Wallet' } }, as(jwtA))
    ).json();
    expect((await t.api.devices.$post({ json: { name: 'more' } }, as(token))).status).toBe(403);
    expect((await t.api.devices[':id'].$delete({ param: { id: deviceId } }, as(jwtA))).status).toBe(204);
    expect((await t.api.text.$post({ json: textNote('1 € de café') }, as(token))).status).toBe(401);
  });

  it('are never the way in without a user: no token, no answer', async () => {
    expect((await t.api.expenses.$get({ query: {} })).status).toBe(401);
    expect((await t.api.expenses.$get({ query: {} }, as('vt_not-a-real-token'))).status).toBe(401);
  });
});

describe('a Telegram chat in Supabase mode', () => {
  const deliver = (update: unknown) =>
    t.app.request('/api/telegram', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
  const text = (updateId: number, chat: number, words: string) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chat },
      from: { id: chat },
      text: words,
    },
  });

  it('is served once its user sent /start with the code from the app, not before', async () => {
    expect((await deliver(text(1, 501, '20 € de resto'))).status).toBe(200);
    expect(telegram.messages).toHaveLength(0);
    const jwtA = await auth.token(A);
    const link = await (await t.api.telegram.link.$post({}, as(jwtA))).json();
    expect(link.command).toBe(`/start ${link.code}`);
    // A wrong code from a stranger: silence.
    expect((await deliver(text(2, 666, '/start WRONGCODE0'))).status).toBe(200);
    expect(telegram.messages).toHaveLength(0);
    expect((await deliver(text(3, 501, link.command))).status).toBe(200);
    expect(telegram.messages.at(-1)?.text).toMatch(/lié à votre compte/);
    expect((await deliver(text(4, 501, '20 € de resto'))).status).toBe(200);
    expect((await listOf(jwtA)).map((e) => e.amount)).toContain('20.00');
    expect((await listOf(await auth.token(B))).map((e) => e.amount)).not.toContain('20.00');
    // The code worked once.
    expect((await deliver(text(5, 502, link.command))).status).toBe(200);
    expect(telegram.messages.at(-1)?.chat_id).toBe(501);
  });

  it('keeps a linked chat with its user when another user’s code comes from it (a t.me/bot?start= link), until /unlink', async () => {
    // Chat 501 is A's (above). B sends A a link whose start parameter is B's code: one tap sends it.
    const jwtB = await auth.token(B);
    const forged = await (await t.api.telegram.link.$post({}, as(jwtB))).json();
    expect((await deliver(text(300, 501, forged.command))).status).toBe(200);
    expect(telegram.messages.at(-1)).toMatchObject({
      chat_id: 501,
      text: expect.stringMatching(/déjà lié à un autre compte.*\/unlink/),
    });
    // Before: the chat was B's from then on, and B read what A sent it.
    expect((await deliver(text(301, 501, '17 € de taxi'))).status).toBe(200);
    expect((await listOf(await auth.token(A))).map((e) => e.amount)).toContain('17.00');
    expect((await listOf(jwtB)).map((e) => e.amount)).not.toContain('17.00');
    // The chat's own person may move it: /unlink, then a code.
    expect((await deliver(text(302, 501, '/unlink'))).status).toBe(200);
    expect(telegram.messages.at(-1)?.text).toMatch(/n’est plus lié/);
    expect((await deliver(text(303, 501, '18 € de taxi'))).status).toBe(200);
    expect((await listOf(await auth.token(A))).map((e) => e.amount)).not.toContain('18.00');
    const moved = await (await t.api.telegram.link.$post({}, as(jwtB))).json();
    expect((await deliver(text(304, 501, moved.command))).status).toBe(200);
    expect(telegram.messages.at(-1)?.text).toMatch(/lié à votre compte/);
    expect((await deliver(text(305, 501, '19 € de taxi'))).status).toBe(200);
    expect((await listOf(jwtB)).map((e) => e.amount)).toContain('19.00');
  });

  it('links with a right code however many wrong ones came first, at the pairing door or the bot', async () => {
    for (let i = 0; i < 35; i++) {
      const code = `WRONG${String(i).padStart(7, '0')}`;
      await t.api.pair.$post({ json: { code } }, { headers: { 'x-test-client': `10.3.0.${i}` } });
      await deliver(text(100 + i, 700 + i, `/start ${code}`));
    }
    const link = await (await t.api.telegram.link.$post({}, as(await auth.token(B)))).json();
    expect((await deliver(text(200, 503, link.command))).status).toBe(200);
    expect(telegram.messages.at(-1)).toMatchObject({
      chat_id: 503,
      text: expect.stringMatching(/lié à votre compte/),
    });
  });
});

describe('anonymous users', () => {
  const anonymous = async () => {
    const res = await fetch(`${auth.url}/auth/v1/signup`, { method: 'POST', body: '{}' });
    return ((await res.json()) as { access_token: string }).access_token;
  };
  const note = (token: string, address: string) =>
    t.api.text.$post(
      { json: textNote('3 € de café') },
      { headers: { authorization: `Bearer ${token}`, 'x-test-client': address } },
    );

  it('share one ceiling per address, however many of them one machine makes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await note(await anonymous(), '10.8.0.1')).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    // Another address, and a signed-in user at the same one, are not held by it.
    expect((await note(await anonymous(), '10.8.0.2')).status).toBe(201);
    expect((await note(await auth.token(A), '10.8.0.1')).status).toBe(201);
  });

  it('share it across an IPv6 /64 too: a new address of the block for each account is the same machine', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await note(await anonymous(), `2001:db8:8:8::${i + 1}`)).status);
    // Before: each address was a fresh one, [201, 201, 201, 201].
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect((await note(await anonymous(), '2001:db8:8:9::1')).status).toBe(201);
  });
});
