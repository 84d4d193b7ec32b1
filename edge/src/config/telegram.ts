/** The Telegram bot's webhook: on when TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are both set. */
import * as v from 'valibot';
import { list, text, textOr, timeZone } from './env.ts';
import { REPORT_TIMEZONE } from './report.ts';

const CHAT_ID = /^-?\d{1,20}$/;

export interface TelegramConfig {
  botToken: string;
  webhookSecret: string;
  /** TELEGRAM_ALLOWED_CHAT_IDS (default TELEGRAM_CHAT_ID): the chats served in local mode. */
  allowedChatIds: string[];
  apiBase: string;
  /** TELEGRAM_TIMEZONE (default REPORT_TIMEZONE): the day "aujourd'hui" means for a message. */
  timeZone: string;
  /** TELEGRAM_RETRY_CRON (default every minute): when the Node server tries kept updates again. */
  retryCron: string;
}

export const telegramConfig = v.pipe(
  v.object({
    TELEGRAM_BOT_TOKEN: text(),
    TELEGRAM_WEBHOOK_SECRET: v.pipe(
      text(),
      v.check(
        (secret) => secret === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(secret),
        'must be 16 to 256 letters, digits, _ or - (what Telegram accepts as secret_token)',
      ),
    ),
    TELEGRAM_ALLOWED_CHAT_IDS: list(
      v.pipe(
        v.string(),
        v.regex(CHAT_ID, (issue) => `lists chat ids (numbers), got "${issue.input}"`),
      ),
    ),
    TELEGRAM_CHAT_ID: text(),
    TELEGRAM_API_BASE: textOr('https://api.telegram.org'),
    TELEGRAM_TIMEZONE: timeZone(),
    REPORT_TIMEZONE,
    TELEGRAM_RETRY_CRON: textOr('* * * * *'),
  }),
  v.check(
    (env) => !env.TELEGRAM_WEBHOOK_SECRET || env.TELEGRAM_BOT_TOKEN !== undefined,
    'TELEGRAM_WEBHOOK_SECRET needs TELEGRAM_BOT_TOKEN',
  ),
  v.rawTransform(({ dataset: { value: env }, addIssue, NEVER }): TelegramConfig | null => {
    const botToken = env.TELEGRAM_BOT_TOKEN;
    const webhookSecret = env.TELEGRAM_WEBHOOK_SECRET;
    if (!botToken || !webhookSecret) return null;
    const chatId = env.TELEGRAM_CHAT_ID;
    if (env.TELEGRAM_ALLOWED_CHAT_IDS.length === 0 && chatId !== undefined && !CHAT_ID.test(chatId)) {
      addIssue({
        message: `TELEGRAM_ALLOWED_CHAT_IDS lists chat ids (numbers), got "${chatId}" (from TELEGRAM_CHAT_ID, its default)`,
      });
      return NEVER;
    }
    return {
      botToken,
      webhookSecret,
      allowedChatIds:
        env.TELEGRAM_ALLOWED_CHAT_IDS.length > 0 ? env.TELEGRAM_ALLOWED_CHAT_IDS : chatId ? [chatId] : [],
      apiBase: env.TELEGRAM_API_BASE.replace(/\/+$/, ''),
      timeZone: env.TELEGRAM_TIMEZONE ?? env.REPORT_TIMEZONE,
      retryCron: env.TELEGRAM_RETRY_CRON,
    };
  }),
);
