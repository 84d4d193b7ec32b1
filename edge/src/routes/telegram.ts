/**
 * POST /telegram: the bot's webhook. Telegram proves itself with the secret given to setWebhook
 * (X-Telegram-Bot-Api-Secret-Token, compared in constant time); anything else is 401. An update
 * is answered 200 once it is handled, ignored (not ours, not readable) or kept to be tried again
 * (telegram/pending.ts: receiveUpdate); 503 only when it cannot even be kept (the database down):
 * Telegram then delivers it again. Kept updates that are due are tried again after each update,
 * and on POST /telegram/retry: the clock a Supabase project gives the function (pg_cron through
 * pg_net, supabase/clock/telegram-retry.sql), with the same secret.
 */
import { sValidator } from '@hono/standard-validator';
import { TelegramUpdateSchema } from '@voicetrack/shared';
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { sameSecret } from '../devices/secrets.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody } from '../http/validate.ts';
import { receiveUpdate, retryPending, type WebhookDeps } from '../telegram/pending.ts';

/** Kept updates one clock tick tries at most: each may call the provider, within pg_net's wait. */
const RETRIES_PER_TICK = 10;

export type TelegramRouteDeps = WebhookDeps & { secret: string };

/** Lets through what carries the bot's secret: 404 when the bot is off, 401 without the secret. */
const withSecret =
  (deps: TelegramRouteDeps | null): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!deps)
      throw new ApiError(
        404,
        'not_found',
        'The Telegram bot is off: set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET.',
      );
    if (!sameSecret(c.req.header('x-telegram-bot-api-secret-token') ?? '', deps.secret))
      throw new ApiError(401, 'invalid_token', 'X-Telegram-Bot-Api-Secret-Token is not this bot’s secret.');
    await next();
  };

export function telegramRoutes(deps: TelegramRouteDeps | null) {
  return new Hono<AppEnv>()
    .post('/retry', withSecret(deps), limitBody(1024, 'A clock tick'), async (c) =>
      c.json({ handled: await retryPending(deps as TelegramRouteDeps, RETRIES_PER_TICK) }, 200),
    )
    .post(
      '/',
      withSecret(deps),
      limitBody(256 * 1024, 'An update'),
      // An update we cannot read would be redelivered for hours if refused: acknowledged, ignored.
      sValidator('json', TelegramUpdateSchema, (result, c) => {
        if (!result.success) return c.json({ ok: true }, 200);
      }),
      async (c) => {
        const outcome = await receiveUpdate(deps as TelegramRouteDeps, c.req.valid('json'));
        if (outcome.kind === 'refused') throw refusalError(outcome);
        return c.json({ ok: true }, 200);
      },
    );
}
