/** Telegram and e-mail for budget alerts: the monthly report's channels and settings, reused. */
import type { ReportConfig } from '../config/report.ts';
import { sendEmail, sendTelegram } from '../report/deliver.ts';
import type { MessageChannel } from './budget-alerts.ts';

export function messageChannels(report: ReportConfig, doFetch?: typeof fetch): MessageChannel[] {
  const channels: MessageChannel[] = [];
  const { smtpUrl, emailTo, telegramToken, telegramChatId } = report;
  if (report.channels.includes('email') && smtpUrl && emailTo) {
    channels.push({
      name: 'email',
      send: (message) => sendEmail(message, { smtpUrl, to: emailTo, from: report.emailFrom }),
    });
  }
  if (report.channels.includes('telegram') && telegramToken && telegramChatId) {
    channels.push({
      name: 'telegram',
      send: (message) =>
        sendTelegram(message, {
          token: telegramToken,
          chatId: telegramChatId,
          apiBase: report.telegramApiBase,
          ...(doFetch ? { fetch: doFetch } : {}),
        }),
    });
  }
  return channels;
}
