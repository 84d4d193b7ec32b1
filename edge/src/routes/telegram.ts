/**
 * POST /telegram: the bot's webhook. Telegram proves itself with the secret given to setWebhook
 * (X-Telegram-Bot-Api-Secret-Token, compared in constant time); anything else is 401. An update
 * is answered 200 once it is handled, ignored (not ours, not readable) or kept to be tried again
 * (a provider or Telegram down: telegram/pending.ts); non-2xx only when it cannot even be kept
 * (the database down): Telegram then delivers it again. Kept updates that are due are tried
 * again after each update, and on POST /telegram/retry: the clock a Supabase project gives the
 * function (pg_cron through pg_net, supabase/clock/telegram-retry.sql), with the same secret.
 */
import { sValidator } from '@hono/standard-validator';
import { TelegramUpdateSchema } from '@voicetrack/shared';
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { sameSecret } from '../devices/secrets.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody } from '../http/validate.ts';
import type { Logger } from '../observe/logger.ts';
import { BotApiError } from '../telegram/bot-api.ts';
import { handleUpdate } from '../telegram/handle-update.ts';
import { isRetryable, keepForLater, type PendingDeps, retryPending } from '../telegram/pending.ts';

/** Kept updates one clock tick tries at most: each may call the provider, within pg_net's wait. */
const RETRIES_PER_TICK = 10;

export type TelegramRouteDeps = PendingDeps & { secret: string; logger: Logger };

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
        const bot = deps as NonNullable<typeof deps>;
        const update = c.req.valid('json');
        try {
          await handleUpdate(bot, update);
        } catch (error) {
          if (!isRetryable(error)) {
            if (error instanceof BotApiError) return c.json({ ok: true }, 200);
            throw error;
          }
          bot.logger.log('warn', 'telegram update kept to try again', {
            updateId: update.update_id,
            error: String(error),
          });
          // Kept, or Telegram keeps it: with the database down too, it delivers it again.
          await keepForLater(bot, update, error).catch(() => {
            throw new ApiError(
              503,
              'provider_unavailable',
              `This update cannot be handled now: ${String(error)}`,
              {
                retryAfterSeconds: 30,
              },
            );
          });
          return c.json({ ok: true }, 200);
        }
        await retryPending(bot, 3).catch((error: unknown) =>
          bot.logger.log('warn', 'telegram retries failed', { error: String(error) }),
        );
        return c.json({ ok: true }, 200);
      },
    );
}
