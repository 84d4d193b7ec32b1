/**
 * The few Bot API methods the bot uses, over fetch (web-standard: the webhook runs on Node and
 * Deno). Every call goes under TELEGRAM_API_BASE, the file download too, so tests point it at a
 * local fake. A failure says whether trying again later can help.
 */
import { BotAnswerSchema, concatBytes, TelegramFileSchema } from '@voicetrack/shared';
import * as v from 'valibot';

/** `retryable`: Telegram (or the way to it) is down or busy; anything else will fail again. */

/** What Telegram's file paths look like: a few segments of letters, digits, `_`, `-` and inner dots. */
const FILE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}(?:\/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}){0,3}$/;
export class BotApiError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'BotApiError';
  }
}

export type InlineKeyboard = { text: string; callback_data: string }[][];

export interface BotApi {
  getFilePath(fileId: string): Promise<string>;
  /** The file's bytes, refused past maxBytes (as it streams in). */
  download(filePath: string, maxBytes: number): Promise<Uint8Array>;
  sendMessage(chatId: number, text: string, keyboard?: InlineKeyboard): Promise<void>;
  editMessage(chatId: number, messageId: number, text: string, keyboard?: InlineKeyboard): Promise<void>;
  answerCallback(callbackId: string, text?: string): Promise<void>;
  setWebhook(url: string, secret: string): Promise<void>;
}

export class FileTooLargeError extends Error {}

export function createBotApi(options: { token: string; apiBase: string; fetch?: typeof fetch }): BotApi {
  const doFetch = options.fetch ?? fetch;
  const base = options.apiBase.replace(/\/+$/, '');

  const call = async (method: string, body: Record<string, unknown>): Promise<unknown> => {
    let res: Response;
    try {
      res = await doFetch(`${base}/bot${options.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new BotApiError(`${method}: ${error instanceof Error ? error.message : String(error)}`, true);
    }
    const parsed = v.safeParse(BotAnswerSchema, await res.json().catch(() => null));
    if (res.ok && parsed.success && parsed.output.ok) return parsed.output.result;
    const description = parsed.success ? parsed.output.description : undefined;
    throw new BotApiError(
      `${method} answered ${res.status}: ${description ?? 'no description'}`,
      res.status >= 500 || res.status === 429,
    );
  };

  const markup = (keyboard?: InlineKeyboard) =>
    keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {};

  return {
    async getFilePath(fileId) {
      const file = v.safeParse(TelegramFileSchema, await call('getFile', { file_id: fileId }));
      if (!file.success || !file.output.file_path) throw new BotApiError('getFile gave no file_path', false);
      // It goes into a URL that holds the token: only plain segments (voice/file_12.oga), never
      // `..`, a query or an escape that would make it another Bot API call.
      if (!FILE_PATH.test(file.output.file_path))
        throw new BotApiError('getFile gave a file_path that is not a plain file name', false);
      return file.output.file_path;
    },
    async download(filePath, maxBytes) {
      let res: Response;
      try {
        res = await doFetch(`${base}/file/bot${options.token}/${filePath}`);
      } catch (error) {
        throw new BotApiError(
          `file download: ${error instanceof Error ? error.message : String(error)}`,
          true,
        );
      }
      if (!res.ok || !res.body)
        throw new BotApiError(`file download answered ${res.status}`, res.status >= 500);
      const parts: Uint8Array[] = [];
      let size = 0;
      for await (const part of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += part.byteLength;
        if (size > maxBytes) throw new FileTooLargeError(`the file is over ${maxBytes} bytes`);
        parts.push(part);
      }
      return concatBytes(parts);
    },
    async sendMessage(chatId, text, keyboard) {
      await call('sendMessage', { chat_id: chatId, text, ...markup(keyboard) });
    },
    async editMessage(chatId, messageId, text, keyboard) {
      await call('editMessageText', { chat_id: chatId, message_id: messageId, text, ...markup(keyboard) });
    },
    async answerCallback(callbackId, text) {
      await call('answerCallbackQuery', { callback_query_id: callbackId, ...(text ? { text } : {}) });
    },
    async setWebhook(url, secret) {
      await call('setWebhook', {
        url,
        secret_token: secret,
        // Only what the bot reads: messages and its buttons.
        allowed_updates: ['message', 'callback_query'],
      });
    },
  };
}
