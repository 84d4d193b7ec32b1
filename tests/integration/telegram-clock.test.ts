/**
 * A clock for the Supabase function: a Telegram update kept during an outage is tried again by
 * pg_cron calling POST /api/telegram/retry through pg_net, set up by supabase/clock/telegram-retry.sql
 * with the functions base and the webhook's secret kept in Vault — not only when the next update
 * arrives. On a hosted-like database (support/hosted-supabase.ts) with stand-ins for Vault, pg_net
 * and pg_cron (support/hosted-extensions.sql): the file is run as the project's postgres, the job's
 * command is run as the scheduler would, and the request it queued is sent as pg_net's worker
 * would, through the stand-in gateway to the Deno function, which saves the kept note and replies.
 */
import { readFileSync } from 'node:fs';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DenoFunction, startDenoFunction } from '../support/deno-function.ts';
import { type FakeSupabaseGateway, startFakeSupabaseGateway } from '../support/fake-supabase-gateway.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';
import { BOT, CHAT, message, SECRET } from '../support/telegram-bot.ts';

const CLOCK = readFileSync(new URL('../../supabase/clock/telegram-retry.sql', import.meta.url), 'utf8');
const EXTENSIONS = readFileSync(new URL('../support/hosted-extensions.sql', import.meta.url), 'utf8');
const USER = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const BOT_ID = BOT.split(':')[0] as string;

let db: HostedDatabase;
let gateway: FakeSupabaseGateway;
let telegram: FakeTelegram;
let deno: DenoFunction;
/** The project's postgres, as the SQL editor runs. */
let sql: postgres.Sql;

beforeAll(async () => {
  [db, gateway, telegram] = await Promise.all([
    createHostedDatabase('vt_tg_clock'),
    startFakeSupabaseGateway(),
    startFakeTelegram(),
  ]);
  const admin = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(EXTENSIONS);
  await admin.unsafe(`
    grant usage on schema vault, net, cron to ${db.owner};
    grant all on all tables in schema vault, net, cron to ${db.owner};
    grant all on all sequences in schema net, cron to ${db.owner};
  `);
  await admin.end();
  const { store } = await openStore({ databaseUrl: db.url });
  await store.close();
  sql = postgres(db.url, { max: 1, onnotice: () => {} });
  await sql`insert into auth.users (id) values (${USER})`;
  deno = await startDenoFunction({
    DATABASE_URL: db.url,
    SUPABASE_URL: gateway.url,
    TELEGRAM_BOT_TOKEN: BOT,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_BASE: telegram.url,
    TELEGRAM_TIMEZONE: 'Europe/Paris',
  });
  gateway.deployFunction('api', deno.url);
}, 150_000);

afterAll(async () => {
  await deno?.stop();
  await sql?.end();
  await Promise.all([gateway?.close(), telegram?.close()]);
  await db?.drop();
});

/** What pg_net's worker does with a queued request. */
async function sendQueued(): Promise<{ status: number; body: unknown }[]> {
  const queued = await sql<{ id: string; url: string; headers: Record<string, string>; body: Buffer }[]>`
    delete from net.http_request_queue returning id, url, headers, body`;
  return Promise.all(
    queued.map(async (q) => {
      const res = await fetch(q.url, { method: 'POST', headers: q.headers, body: new Uint8Array(q.body) });
      return { status: res.status, body: await res.json() };
    }),
  );
}

describe('the Telegram clock on Supabase (pg_cron + pg_net)', () => {
  it('tries a kept update again every minute, without waiting for the next update', async () => {
    // A chat linked to its user, and a note it sent while something was down, due now.
    const update = message({ text: '12,50 resto ce midi' });
    await sql`insert into telegram_chats (chat_id, user_id) values (${String(CHAT)}, ${USER})`;
    await sql`insert into telegram_pending (bot_id, update_id, payload, attempts, next_at, last_error, kept_at)
      values (${BOT_ID}, ${update.update_id}, ${sql.json(update)}, 1, now() - interval '1 second', '503', now())`;

    await sql`select vault.create_secret(${gateway.functionsUrl}, 'voicetrack_functions_url')`;
    await sql`select vault.create_secret(${SECRET}, 'voicetrack_telegram_secret')`;
    await sql.unsafe(CLOCK);
    // Run twice, the file keeps one job.
    await sql.unsafe(CLOCK);
    const jobs = await sql<{ jobname: string; schedule: string; command: string }[]>`select * from cron.job`;
    expect(jobs.map((j) => [j.jobname, j.schedule])).toEqual([['voicetrack-telegram-retry', '* * * * *']]);

    // A minute goes by: the scheduler runs the job's command, pg_net sends what it queued.
    await sql.unsafe(jobs[0]?.command as string);
    const answers = await sendQueued();
    expect(answers).toEqual([{ status: 200, body: { handled: 1 } }]);

    const saved = await sql<{ amount: string; category: string; user_id: string }[]>`
      select amount::text, category, user_id::text from expenses`;
    expect(saved).toEqual([{ amount: '12.50', category: 'dining', user_id: USER }]);
    expect(await sql`select 1 from telegram_pending`).toHaveLength(0);
    expect(telegram.calls).toContain('sendMessage');

    // Nothing due: the next minutes cost one cheap request each.
    await sql.unsafe(jobs[0]?.command as string);
    expect(await sendQueued()).toEqual([{ status: 200, body: { handled: 0 } }]);
  });

  it('answers the clock only with the webhook’s secret', async () => {
    const wrong = await fetch(`${gateway.functionsUrl}/api/telegram/retry`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': 'not-the-secret-000',
      },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_token' } });
  });
});
