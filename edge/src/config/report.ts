/** The monthly report: when it goes out (REPORT_CRON), in which zone and language, on which channels. */
import * as v from 'valibot';
import { list, text, textOr, timeZoneOr } from './env.ts';

export type ReportChannelName = 'email' | 'telegram';

/** The zone of "this month" and of the days the report and money features count in. */
export const REPORT_TIMEZONE = timeZoneOr('Europe/Paris');

export const reportConfig = v.pipe(
  v.object({
    REPORT_CRON: text(),
    REPORT_TIMEZONE,
    REPORT_LANG: v.pipe(
      v.optional(v.string(), ''),
      v.transform((lang) => (lang === 'en' ? ('en' as const) : ('fr' as const))),
    ),
    REPORT_SEND: list(
      v.pipe(
        v.string(),
        v.picklist(['email', 'telegram'], (issue) => `lists email and/or telegram, got "${issue.input}"`),
      ),
    ),
    SMTP_URL: text(),
    REPORT_EMAIL_TO: text(),
    REPORT_EMAIL_FROM: textOr('VoiceTrack <voicetrack@localhost>'),
    TELEGRAM_BOT_TOKEN: text(),
    TELEGRAM_CHAT_ID: text(),
    TELEGRAM_API_BASE: textOr('https://api.telegram.org'),
  }),
  v.transform((env) => {
    const channels: ReportChannelName[] = [...env.REPORT_SEND];
    // REPORT_SEND unset: every channel that is configured.
    if (channels.length === 0) {
      if (env.SMTP_URL && env.REPORT_EMAIL_TO) channels.push('email');
      if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_CHAT_ID) channels.push('telegram');
    }
    return {
      /** The in-process monthly report (off when null). */
      cron: env.REPORT_CRON ?? null,
      timeZone: env.REPORT_TIMEZONE,
      channels,
      lang: env.REPORT_LANG,
      smtpUrl: env.SMTP_URL,
      emailTo: env.REPORT_EMAIL_TO,
      emailFrom: env.REPORT_EMAIL_FROM,
      telegramToken: env.TELEGRAM_BOT_TOKEN,
      telegramChatId: env.TELEGRAM_CHAT_ID,
      telegramApiBase: env.TELEGRAM_API_BASE,
    };
  }),
  v.check(
    (report) => !report.cron || report.channels.length > 0,
    'REPORT_CRON needs SMTP_URL + REPORT_EMAIL_TO or TELEGRAM_BOT_TOKEN + TELEGRAM_CHAT_ID',
  ),
);

export type ReportConfig = v.InferOutput<typeof reportConfig>;
