/** Builds the month report and sends it; shared by `pnpm report` and the in-process schedule. */
import type { MonthReport } from '@voicetrack/shared';
import type { ReportChannelName, ReportConfig } from '../config/report.ts';
import type { Config } from '../config.ts';
import type { Owner, ReportStore, UsageStore } from '../ports.ts';
import { reportHtml, reportSubject, reportText } from './compose.ts';
import { DeliveryError, type ReportMessage, sendEmail, sendTelegram } from './deliver.ts';
import { buildMonthReport } from './month-report.ts';
import { createGroqSummarizer, plainSummarizer, type Summarizer } from './summary.ts';

export type Channel = ReportChannelName;

/** The report's configuration and the summariser it writes its opening line with. */
export interface ReportSettings extends Omit<ReportConfig, 'cron' | 'timeZone' | 'channels'> {
  summarizer: Summarizer;
}

/** The report settings from the configuration: the Groq summary when a Groq key is set. */
export function reportSettings(config: Pick<Config, 'report' | 'providers'>): ReportSettings {
  return {
    ...config.report,
    summarizer: config.providers.parser
      ? createGroqSummarizer({
          apiKey: config.providers.parser.apiKey,
          baseURL: config.providers.parser.baseURL,
          model: config.providers.parser.model,
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
  store: { reports: ReportStore; usage: UsageStore },
  owner: Owner,
  month: string,
  settings: Pick<ReportSettings, 'lang' | 'summarizer'>,
): Promise<ProducedReport> {
  const [report, usage] = await Promise.all([
    buildMonthReport(store.reports, owner, month),
    store.usage.summary(owner, month),
  ]);
  const summary = await settings.summarizer.summarize(report, settings.lang);
  const subject = reportSubject(month, settings.lang);
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

/** What a channel lacks to send (its settings), said as `pnpm report` says it; null when it can send. */
export function missingForChannel(channel: Channel, settings: ReportSettings): string | null {
  if (channel === 'email')
    return settings.smtpUrl && settings.emailTo ? null : '--send email needs SMTP_URL and REPORT_EMAIL_TO';
  return settings.telegramToken && settings.telegramChatId
    ? null
    : '--send telegram needs TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID';
}

export async function deliver(
  message: ReportMessage,
  channel: Channel,
  settings: ReportSettings,
): Promise<void> {
  const { smtpUrl, emailTo, telegramToken, telegramChatId } = settings;
  if (channel === 'email' && smtpUrl && emailTo)
    return sendEmail(message, { smtpUrl, to: emailTo, from: settings.emailFrom });
  if (channel === 'telegram' && telegramToken && telegramChatId)
    return sendTelegram(message, {
      token: telegramToken,
      chatId: telegramChatId,
      apiBase: settings.telegramApiBase,
    });
  throw new DeliveryError(missingForChannel(channel, settings) ?? `--send ${channel} cannot send`);
}
