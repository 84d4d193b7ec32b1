/**
 * POST /telegram: the bot's webhook. Telegram proves itself with the secret given to setWebhook
 * (X-Telegram-Bot-Api-Secret-Token, compared in constant time); anything else is 401. An update
 * is answered 200 once it is handled or ignored (not ours, not readable), and non-2xx while it
 * cannot be (a provider down, the database busy): Telegram then delivers it again.
 */
import { sValidator } from '@hono/standard-validator';
import { TelegramUpdateSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import { sameSecret } from '../devices/secrets.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody } from '../http/validate.ts';
import { BotApiError } from '../telegram/bot-api.ts';
import { handleUpdate, type TelegramDeps } from '../telegram/handle-update.ts';

export function telegramRoutes(deps: (TelegramDeps & { secret: string }) | null) {
  return new Hono<AppEnv>().post(
    '/',
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
    },
    limitBody(256 * 1024, 'An update'),
    // An update we cannot read would be redelivered for hours if refused: acknowledged, ignored.
    sValidator('json', TelegramUpdateSchema, (result, c) => {
      if (!result.success) return c.json({ ok: true }, 200);
    }),
    async (c) => {
      try {
        await handleUpdate(deps as TelegramDeps, c.req.valid('json'));
      } catch (error) {
        if (error instanceof BotApiError) {
          if (!error.retryable) return c.json({ ok: true }, 200);
          throw new ApiError(503, 'provider_unavailable', `Telegram is unavailable: ${error.message}`, {
            retryAfterSeconds: 30,
          });
        }
        throw error;
      }
      return c.json({ ok: true }, 200);
    },
  );
}
