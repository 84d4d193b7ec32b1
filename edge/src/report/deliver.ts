/** Sending the report: e-mail through SMTP (nodemailer), or a Telegram message (Bot API). */
import nodemailer from 'nodemailer';

export interface ReportMessage {
  subject: string;
  text: string;
  html: string;
}

export class DeliveryError extends Error {}

export async function sendEmail(
  message: ReportMessage,
  options: { smtpUrl: string; to: string; from: string },
): Promise<void> {
  const transport = nodemailer.createTransport(options.smtpUrl);
  try {
    await transport.sendMail({
      from: options.from,
      to: options.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
  } catch (error) {
    throw new DeliveryError(
      `the mail could not be sent: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    transport.close();
  }
}

/** Telegram messages are at most 4096 characters; the text report fits a month easily. */
export async function sendTelegram(
  message: ReportMessage,
  options: { token: string; chatId: string; apiBase: string; fetch?: typeof fetch },
): Promise<void> {
  const doFetch = options.fetch ?? fetch;
  const res = await doFetch(`${options.apiBase.replace(/\/$/, '')}/bot${options.token}/sendMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      chat_id: options.chatId,
      text: `${message.subject}\n\n${message.text}`.slice(0, 4096),
    }),
  });
  const body = (await res.json().catch(() => ({}))) as { ok?: boolean; description?: string };
  if (!res.ok || body.ok !== true) {
    throw new DeliveryError(
      `Telegram refused the message (${res.status}): ${body.description ?? 'no description'}`,
    );
  }
}
