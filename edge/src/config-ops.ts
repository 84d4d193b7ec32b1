/** The operational parts of the configuration: the monthly report and the backups. */
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
