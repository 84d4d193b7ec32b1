/**
 * The settings of the doors in (ARCHITECTURE.md): device pairing, the address the phone uses,
 * and the Telegram bot. A server reachable from another machine is never open: off loopback,
 * behind a proxy, or announced at another address, pairing is required, and `PAIRING=off` there
 * refuses to start. There is no opt-out.
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
    /** TELEGRAM_RETRY_CRON (default every minute): when the Node server tries kept updates again. */
    retryCron: string;
  } | null;
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. 0.0.0.0 and :: are everyone. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

export function readDoorsConfig(
  env: Env,
  server: { host: string; port: number; supabase: boolean; reportTimeZone: string; trustProxy: number },
): DoorsConfig {
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

  // Reachable from other machines: bound off loopback, behind a reverse proxy (Caddy and
  // Tailscale serve connect from loopback), or announced at an address that is not this machine.
  const exposure = !isLoopbackHost(server.host)
    ? `HOST=${server.host}`
    : server.trustProxy > 0
      ? `TRUST_PROXY=${server.trustProxy} (a reverse proxy brings other machines in)`
      : !isLoopbackHost(parsed.hostname)
        ? `PUBLIC_URL=${publicUrl}`
        : null;
  const wanted = nonEmpty(env.PAIRING)?.toLowerCase();
  if (wanted !== undefined && wanted !== 'required' && wanted !== 'off')
    throw new ConfigError(`PAIRING must be "required" or "off", got "${env.PAIRING}"`);
  // Supabase mode needs a token on every request anyway: PAIRING does not apply there.
  if (wanted === 'off' && exposure && !server.supabase) {
    throw new ConfigError(
      `PAIRING=off is refused with ${exposure}: anyone who can reach this server could read and write every expense. ` +
        'Keep the default (PAIRING=required) and pair each phone with `pnpm pair`.',
    );
  }
  const pairing = wanted === 'off' || (wanted === undefined && !exposure) ? 'off' : 'required';
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
    retryCron: nonEmpty(env.TELEGRAM_RETRY_CRON) ?? '* * * * *',
  };
}
