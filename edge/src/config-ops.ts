/** The operational parts of the configuration: the monthly report, backups, Web Push, recurring. */
import { DEFAULT_PUSH_ORIGINS, isPushOriginPattern } from '@voicetrack/shared';
import type { Env } from './config.ts';

export class ConfigError extends Error {}

export type ReportChannelName = 'email' | 'telegram';

export interface ReportConfig {
  /** REPORT_CRON: the in-process monthly report (off when null). */
  cron: string | null;
  timeZone: string;
  /** REPORT_SEND, else every configured channel. */
  channels: ReportChannelName[];
  lang: 'fr' | 'en';
  smtpUrl: string | undefined;
  emailTo: string | undefined;
  emailFrom: string;
  telegramToken: string | undefined;
  telegramChatId: string | undefined;
  telegramApiBase: string;
}

export interface BackupConfig {
  dir: string;
  keepDaily: number;
  keepMonthly: number;
  /** BACKUP_CRON: scheduled backups from the server (off when null). */
  cron: string | null;
}

export const nonEmpty = (v: string | undefined): string | undefined =>
  v && v.trim() !== '' ? v.trim() : undefined;

export function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

export function readReportConfig(env: Env): ReportConfig {
  const base = {
    cron: nonEmpty(env.REPORT_CRON) ?? null,
    timeZone: nonEmpty(env.REPORT_TIMEZONE) ?? 'Europe/Paris',
    lang: env.REPORT_LANG === 'en' ? ('en' as const) : ('fr' as const),
    smtpUrl: nonEmpty(env.SMTP_URL),
    emailTo: nonEmpty(env.REPORT_EMAIL_TO),
    emailFrom: nonEmpty(env.REPORT_EMAIL_FROM) ?? 'VoiceTrack <voicetrack@localhost>',
    telegramToken: nonEmpty(env.TELEGRAM_BOT_TOKEN),
    telegramChatId: nonEmpty(env.TELEGRAM_CHAT_ID),
    telegramApiBase: nonEmpty(env.TELEGRAM_API_BASE) ?? 'https://api.telegram.org',
  };
  const wanted = (env.REPORT_SEND ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const c of wanted)
    if (c !== 'email' && c !== 'telegram')
      throw new ConfigError(`REPORT_SEND lists email and/or telegram, got "${c}"`);
  const channels = wanted as ReportChannelName[];
  if (channels.length === 0) {
    if (base.smtpUrl && base.emailTo) channels.push('email');
    if (base.telegramToken && base.telegramChatId) channels.push('telegram');
  }
  if (base.cron && channels.length === 0)
    throw new ConfigError(
      'REPORT_CRON needs SMTP_URL + REPORT_EMAIL_TO or TELEGRAM_BOT_TOKEN + TELEGRAM_CHAT_ID',
    );
  return { ...base, channels };
}

export function readBackupConfig(env: Env, dataDir: string): BackupConfig {
  return {
    dir: nonEmpty(env.BACKUP_DIR) ?? `${dataDir === 'memory://' ? '.data' : dataDir}/backups`,
    keepDaily: int(env, 'BACKUP_KEEP_DAILY', 7, 1, 10_000),
    keepMonthly: int(env, 'BACKUP_KEEP_MONTHLY', 12, 1, 10_000),
    cron: nonEmpty(env.BACKUP_CRON) ?? null,
  };
}

export interface PushConfig {
  /** VAPID_PUBLIC_KEY + VAPID_PRIVATE_KEY; null: a pair is made at first start and kept in the database. */
  vapid: { publicKey: string; privateKey: string } | null;
  /** VAPID_SUBJECT: the contact (mailto: or https:) push services may write to. */
  subject: string;
  /** PUSH_ALLOWED_ORIGINS (comma-separated, `*.` wildcards), else the browsers' push services. */
  allowedOrigins: string[];
}

/** base64url of the 65-byte uncompressed P-256 point, and of the 32-byte private scalar. */
const VAPID_PUBLIC = /^B[A-Za-z0-9_-]{86}$/;
const VAPID_PRIVATE = /^[A-Za-z0-9_-]{43}$/;

export function readPushConfig(env: Env): PushConfig {
  const publicKey = nonEmpty(env.VAPID_PUBLIC_KEY)?.replace(/=+$/, '');
  const privateKey = nonEmpty(env.VAPID_PRIVATE_KEY)?.replace(/=+$/, '');
  if ((publicKey === undefined) !== (privateKey === undefined))
    throw new ConfigError('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both or neither');
  if (publicKey !== undefined && !VAPID_PUBLIC.test(publicKey))
    throw new ConfigError('VAPID_PUBLIC_KEY must be base64url of an uncompressed P-256 point (65 bytes)');
  if (privateKey !== undefined && !VAPID_PRIVATE.test(privateKey))
    throw new ConfigError('VAPID_PRIVATE_KEY must be base64url of a P-256 private key (32 bytes)');
  const subject = nonEmpty(env.VAPID_SUBJECT) ?? 'mailto:voicetrack@localhost';
  if (!/^(?:mailto:\S+@\S+|https:\/\/\S+)$/.test(subject))
    throw new ConfigError(`VAPID_SUBJECT must be a mailto: address or an https: URL, got "${subject}"`);
  const listed = (env.PUSH_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const origin of listed)
    if (!isPushOriginPattern(origin))
      throw new ConfigError(
        `PUSH_ALLOWED_ORIGINS lists origins such as https://push.example.org or https://*.example.org, got "${origin}"`,
      );
  return {
    vapid: publicKey && privateKey ? { publicKey, privateKey } : null,
    subject,
    allowedOrigins: listed.length > 0 ? listed : [...DEFAULT_PUSH_ORIGINS],
  };
}

/** RECURRING_CRON: when the Node server makes due recurring expenses (`off`: only on requests). */
export function readRecurringCron(env: Env): string | null {
  const value = nonEmpty(env.RECURRING_CRON) ?? '*/15 * * * *';
  return value.toLowerCase() === 'off' ? null : value;
}
