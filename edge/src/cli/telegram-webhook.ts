/**
 * `pnpm telegram:webhook URL`: tells Telegram where the bot's webhook is (setWebhook), with
 * TELEGRAM_WEBHOOK_SECRET as its secret_token and only the updates the bot reads. URL is the
 * server's public address (`https://host` gets `/api/telegram`) or the webhook's full URL.
 */
import { ConfigError, readConfig } from '../config.ts';
import { BotApiError, createBotApi } from '../telegram/bot-api.ts';

const fail: (message: string) => never = (message) => {
  process.stderr.write(`telegram:webhook: ${message}\nusage: pnpm telegram:webhook https://your.host\n`);
  process.exit(2);
};

try {
  const telegram = readConfig(process.env).telegram;
  if (!telegram) fail('set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET (16+ letters, digits, _ or -)');
  const given = process.argv[2];
  if (!given) fail('give the address Telegram should call');
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    url = fail(`"${given}" is not an address`);
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/api/telegram';
  // Telegram only calls https webhooks (ports 443, 80, 88, 8443); a local Bot API may differ.
  if (url.protocol !== 'https:')
    process.stderr.write(`telegram:webhook: warning: Telegram calls https:// webhooks only\n`);
  const { botToken, webhookSecret, apiBase } = telegram;
  await createBotApi({ token: botToken, apiBase }).setWebhook(url.href, webhookSecret);
  process.stdout.write(`Webhook set: ${url.href} (messages and button presses, with the secret)\n`);
} catch (error) {
  if (error instanceof ConfigError || error instanceof BotApiError) fail(error.message);
  throw error;
}
