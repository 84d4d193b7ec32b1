/**
 * Part of the composition root (wire.ts calls it, nothing else): the bot's webhook, when
 * TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are set.
 */
import type { Config } from './config.ts';
import type { Store } from './ports.ts';
import type { TelegramRouteDeps } from './routes/telegram.ts';
import { createBotApi } from './telegram/bot-api.ts';

export function wireTelegram(
  config: Config,
  parts: Pick<TelegramRouteDeps, 'capture' | 'receipts' | 'multiUser' | 'failures' | 'logger'> & {
    store: Store;
    fetchImpl: typeof fetch | undefined;
  },
): TelegramRouteDeps | null {
  const tg = config.telegram;
  if (!tg) return null;
  const { store, fetchImpl, ...rest } = parts;
  return {
    ...rest,
    secret: tg.webhookSecret,
    bot: createBotApi({
      token: tg.botToken,
      apiBase: tg.apiBase,
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    }),
    botId: tg.botToken.split(':')[0] ?? '',
    expenses: store.expenses,
    chats: store.telegramChats,
    pairing: store.pairing,
    pending: store.telegramPending,
    allowedChatIds: tg.allowedChatIds,
    timeZone: tg.timeZone,
  };
}
