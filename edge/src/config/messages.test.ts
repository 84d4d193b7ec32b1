/**
 * The message a person reads for a wrong variable, word for word: the variable's name, what it
 * must be and what it got; a rule across variables names them all. One row per kind of check.
 */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';

const bot = { TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret' };

describe('a configuration error', () => {
  it.each([
    [{ PORT: '70000' }, 'PORT must be an integer between 0 and 65535, got "70000"'],
    [{ CAPTURE_WAIT_MS: 'soon' }, 'CAPTURE_WAIT_MS must be an integer between 0 and 120000, got "soon"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be debug, info, warn, error or silent, got "loud"'],
    [{ TRANSCRIBE_PROVIDER: 'Whisper' }, 'TRANSCRIBE_PROVIDER must be "groq" or "openai", got "Whisper"'],
    [
      { TRANSCRIBE_PROVIDER: 'openai' },
      'TRANSCRIBE_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a self-hosted Whisper)',
    ],
    [{ DEFAULT_CURRENCY: 'euro' }, 'DEFAULT_CURRENCY must be an ISO 4217 code, got "EURO"'],
    [{ MAX_AUDIO_SECONDS: '5' }, 'MAX_AUDIO_SECONDS must be an integer between 10 and 14400, got "5"'],
    [
      { DAILY_COST_LIMIT_USD: '1,50' },
      'DAILY_COST_LIMIT_USD must be an amount in USD such as 1 or 0.50 (0: no limit), got "1,50"',
    ],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY must be true, false or a number of proxies (0–10), got "yes"'],
    [{ LIVE_UPDATES: 'notify' }, 'LIVE_UPDATES must be "listen" or "off", got "notify"'],
    [{ SUPABASE_JWKS: 'not json' }, 'SUPABASE_JWKS must be JSON: {"keys":[...]} or [...]'],
    [{ REPORT_SEND: 'email,fax' }, 'REPORT_SEND lists email and/or telegram, got "fax"'],
    [
      { REPORT_CRON: '0 8 1 * *' },
      'REPORT_CRON needs SMTP_URL + REPORT_EMAIL_TO or TELEGRAM_BOT_TOKEN + TELEGRAM_CHAT_ID',
    ],
    [
      { REPORT_TIMEZONE: 'Paris' },
      'REPORT_TIMEZONE must be an IANA time zone such as Europe/Paris, got "Paris"',
    ],
    [{ BACKUP_KEEP_DAILY: '0' }, 'BACKUP_KEEP_DAILY must be an integer between 1 and 10000, got "0"'],
    [
      { VAPID_PRIVATE_KEY: 'A'.repeat(43) },
      'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both or neither',
    ],
    [
      { PUSH_ALLOWED_ORIGINS: 'https://push.example.org, ftp://x' },
      'PUSH_ALLOWED_ORIGINS lists origins such as https://push.example.org or https://*.example.org, got "ftp://x"',
    ],
    [{ PAIRING: 'Maybe' }, 'PAIRING must be "required" or "off", got "Maybe"'],
    [
      { HOST: '0.0.0.0', PAIRING: 'off' },
      'PAIRING=off is refused with HOST=0.0.0.0: anyone who can reach this server could read and write every expense. Keep the default (PAIRING=required) and pair each phone with `pnpm pair`.',
    ],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL must start with https:// (or http://), got "ftp://x"'],
    [
      { ...bot, TELEGRAM_CHAT_ID: '@channel' },
      'TELEGRAM_ALLOWED_CHAT_IDS lists chat ids (numbers), got "@channel" (from TELEGRAM_CHAT_ID, its default)',
    ],
    [{ TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret' }, 'TELEGRAM_WEBHOOK_SECRET needs TELEGRAM_BOT_TOKEN'],
  ])('%j reads: %s', (env, message) => {
    expect(() => readConfig(env)).toThrow(new Error(message));
  });
});
