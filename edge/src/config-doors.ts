/**
 * The settings of the doors in (ARCHITECTURE.md): device pairing, the address the phone uses,
 * and the Telegram bot. A server reachable from another machine is never open: off loopback,
 * pairing is required, and `PAIRING=off` there refuses to start.
 */
import type { Env } from './config.ts';
import { ConfigError, nonEmpty } from './config-ops.ts';

export interface DoorsConfig {
  /** PAIRING: local mode's API needs a device token (`required`), or nothing (`off`, loopback only). */
  pairing: 'required' | 'off';
  /** PUBLIC_URL: the address the phone opens (pairing links); no trailing slash. */
  publicUrl: string;
  /** The bot's webhook, when TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are both set. */
  telegram: {
    botToken: string;
    webhookSecret: string;
    /** TELEGRAM_ALLOWED_CHAT_IDS (default TELEGRAM_CHAT_ID): the chats served in local mode. */
    allowedChatIds: string[];
    apiBase: string;
    /** TELEGRAM_TIMEZONE (default REPORT_TIMEZONE): the day "aujourd'hui" means for a message. */
    timeZone: string;
  } | null;
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. 0.0.0.0 and :: are everyone. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

export function readDoorsConfig(
  env: Env,
  server: { host: string; port: number; supabase: boolean; reportTimeZone: string },
): DoorsConfig {
  const loopback = isLoopbackHost(server.host);
  const wanted = nonEmpty(env.PAIRING)?.toLowerCase();
  if (wanted !== undefined && wanted !== 'required' && wanted !== 'off')
    throw new ConfigError(`PAIRING must be "required" or "off", got "${env.PAIRING}"`);
  // Supabase mode needs a token on every request anyway: PAIRING does not apply there.
  if (wanted === 'off' && !loopback && !server.supabase) {
    throw new ConfigError(
      `PAIRING=off is refused with HOST=${server.host}: anyone who can reach this address could read and write every expense. ` +
        'Keep the default (PAIRING=required) and pair each phone with `pnpm pair`, or listen on 127.0.0.1 behind your own proxy.',
    );
  }
  const pairing = wanted === 'off' || (wanted === undefined && loopback) ? 'off' : 'required';

  const host = server.host.includes(':') && !server.host.startsWith('[') ? `[${server.host}]` : server.host;
  const publicUrl = (nonEmpty(env.PUBLIC_URL) ?? `http://${host}:${server.port}`).replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(publicUrl);
  } catch {
    throw new ConfigError(
      `PUBLIC_URL must be an address such as https://voicetrack.example.org, got "${publicUrl}"`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new ConfigError(`PUBLIC_URL must start with https:// (or http://), got "${publicUrl}"`);

  return { pairing, publicUrl, telegram: readTelegram(env, server.reportTimeZone) };
}

function readTelegram(env: Env, reportTimeZone: string): DoorsConfig['telegram'] {
  const botToken = nonEmpty(env.TELEGRAM_BOT_TOKEN);
  const webhookSecret = nonEmpty(env.TELEGRAM_WEBHOOK_SECRET);
  if (webhookSecret && !/^[A-Za-z0-9_-]{16,256}$/.test(webhookSecret))
    throw new ConfigError(
      'TELEGRAM_WEBHOOK_SECRET must be 16 to 256 letters, digits, _ or - (what Telegram accepts as secret_token)',
    );
  if (webhookSecret && !botToken) throw new ConfigError('TELEGRAM_WEBHOOK_SECRET needs TELEGRAM_BOT_TOKEN');
  if (!botToken || !webhookSecret) return null;
  const listed = (env.TELEGRAM_ALLOWED_CHAT_IDS ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const chatId = nonEmpty(env.TELEGRAM_CHAT_ID);
  const allowedChatIds = listed.length > 0 ? listed : chatId ? [chatId] : [];
  for (const id of allowedChatIds)
    if (!/^-?\d{1,20}$/.test(id))
      throw new ConfigError(`TELEGRAM_ALLOWED_CHAT_IDS lists chat ids (numbers), got "${id}"`);
  return {
    botToken,
    webhookSecret,
    allowedChatIds,
    apiBase: (nonEmpty(env.TELEGRAM_API_BASE) ?? 'https://api.telegram.org').replace(/\/+$/, ''),
    timeZone: nonEmpty(env.TELEGRAM_TIMEZONE) ?? reportTimeZone,
  };
}
