/** Builds the month report and sends it; shared by `pnpm report` and the in-process schedule. */
import type { MonthReport } from '@voicetrack/shared';
import type { Env } from '../config.ts';
import type { Owner, Store } from '../ports.ts';
import { buildMonthReport } from '../routes/report.ts';
import { monthName, type ReportLang, reportHtml, reportText } from './compose.ts';
import { DeliveryError, type ReportMessage, sendEmail, sendTelegram } from './deliver.ts';
import { createGroqSummarizer, plainSummarizer, type Summarizer } from './summary.ts';

export type Channel = 'email' | 'telegram';

export interface ReportSettings {
  lang: ReportLang;
  smtpUrl?: string | undefined;
  emailTo?: string | undefined;
  emailFrom: string;
  telegramToken?: string | undefined;
  telegramChatId?: string | undefined;
  telegramApiBase: string;
  summarizer: Summarizer;
}

export function readReportSettings(env: Env): ReportSettings {
  const lang = env.REPORT_LANG === 'en' ? 'en' : 'fr';
  const groqKey = env.GROQ_API_KEY?.trim();
  return {
    lang,
    smtpUrl: env.SMTP_URL,
    emailTo: env.REPORT_EMAIL_TO,
    emailFrom: env.REPORT_EMAIL_FROM ?? 'VoiceTrack <voicetrack@localhost>',
    telegramToken: env.TELEGRAM_BOT_TOKEN,
    telegramChatId: env.TELEGRAM_CHAT_ID,
    telegramApiBase: env.TELEGRAM_API_BASE ?? 'https://api.telegram.org',
    summarizer: groqKey
      ? createGroqSummarizer({
          apiKey: groqKey,
          baseURL: env.GROQ_BASE_URL,
          model: env.GROQ_MODEL ?? 'openai/gpt-oss-20b',
          timeoutMs: 20_000,
        })
      : plainSummarizer,
  };
}

export interface ProducedReport {
  report: MonthReport;
  summary: string;
  /** What transcription and parsing cost this month (USD). */
  costUsd: string;
  message: ReportMessage;
}

export async function produceReport(
  store: Store,
  owner: Owner,
  month: string,
  settings: Pick<ReportSettings, 'lang' | 'summarizer'>,
): Promise<ProducedReport> {
  const [report, usage] = await Promise.all([
    buildMonthReport(store, owner, month),
    store.usageSummary(owner, month),
  ]);
  const summary = await settings.summarizer.summarize(report, settings.lang);
  const subject =
    settings.lang === 'fr'
      ? `VoiceTrack — vos dépenses de ${monthName(month, 'fr')}`
      : `VoiceTrack — your spending in ${monthName(month, 'en')}`;
  return {
    report,
    summary,
    costUsd: usage.costUsd,
    message: {
      subject,
      text: reportText(report, settings.lang, summary, usage.costUsd),
      html: reportHtml(report, settings.lang, summary, usage.costUsd),
    },
  };
}

export async function deliver(
  message: ReportMessage,
  channel: Channel,
  settings: ReportSettings,
): Promise<void> {
  if (channel === 'email') {
    if (!settings.smtpUrl || !settings.emailTo)
      throw new DeliveryError('--send email needs SMTP_URL and REPORT_EMAIL_TO');
    await sendEmail(message, { smtpUrl: settings.smtpUrl, to: settings.emailTo, from: settings.emailFrom });
  } else {
    if (!settings.telegramToken || !settings.telegramChatId) {
      throw new DeliveryError('--send telegram needs TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID');
    }
    await sendTelegram(message, {
      token: settings.telegramToken,
      chatId: settings.telegramChatId,
      apiBase: settings.telegramApiBase,
    });
  }
}
