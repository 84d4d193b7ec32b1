/**
 * `pnpm telegram:webhook URL` given what a person has at hand: a server's origin, the API's base,
 * or — on Supabase — the functions base that API_URL holds (`https://<ref>.supabase.co/functions/v1`),
 * where the function `api` answers `/functions/v1/api/telegram`. Each registers the webhook's
 * full path with the local Bot API; a full webhook URL is kept as given.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BOT = '123456:ABC-webhook-cli';
const SECRET = 'webhook-cli-secret-0123456789';
let telegram: FakeTelegram;
beforeAll(async () => {
  telegram = await startFakeTelegram();
});
afterAll(() => telegram?.close());

describe('pnpm telegram:webhook', () => {
  it.each([
    ['https://abc.supabase.co/functions/v1', 'https://abc.supabase.co/functions/v1/api/telegram'],
    ['https://abc.supabase.co/functions/v1/api', 'https://abc.supabase.co/functions/v1/api/telegram'],
    ['https://vt.example.org/hooks/telegram', 'https://vt.example.org/hooks/telegram'],
  ])('given %s, registers %s', async (given, registered) => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'edge/src/cli/telegram-webhook.ts', given],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          TELEGRAM_BOT_TOKEN: BOT,
          TELEGRAM_WEBHOOK_SECRET: SECRET,
          TELEGRAM_API_BASE: telegram.url,
        },
      },
    );
    expect(stdout).toContain(`Webhook set: ${registered}`);
    expect(telegram.webhooks.at(-1)).toMatchObject({ url: registered, secret_token: SECRET });
  });
});
