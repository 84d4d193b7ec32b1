/**
 * `pnpm telegram:webhook URL`: tells Telegram where the bot's webhook is (setWebhook), with
 * TELEGRAM_WEBHOOK_SECRET as its secret_token and only the updates the bot reads. URL is the
 * server's public address (`https://host` gets `/api/telegram`), the API's base (`…/api`), the
 * Supabase functions base that API_URL holds (`https://<ref>.supabase.co/functions/v1` gets
 * `/api/telegram`: the function `api` answers there), or the webhook's full URL.
 */
import { ConfigError, readConfig } from '../config.ts';
import { BotApiError, createBotApi } from '../telegram/bot-api.ts';

/** The webhook's path from what was given: a base gets the route, a full path is kept. */
function webhookPath(path: string): string {
  const base = path.replace(/\/+$/, '');
  if (base === '' || base.endsWith('/functions/v1')) return `${base}/api/telegram`;
  if (base.endsWith('/api')) return `${base}/telegram`;
  return path;
}

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
  url.pathname = webhookPath(url.pathname);
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
