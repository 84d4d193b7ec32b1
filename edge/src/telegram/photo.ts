/**
 * The photo of a Telegram message, for a receipt: its largest size Telegram made, or an image sent
 * as a file, downloaded and without its metadata (EXIF, and the place it was taken, stays out).
 */
import {
  isWholeImage,
  MAX_RECEIPT_BYTES,
  type ReceiptImageType,
  sniffImage,
  stripImageMetadata,
  type TelegramMessage,
  tooManyPixels,
} from '@voicetrack/shared';
import { type BotApi, FileTooLargeError } from './bot-api.ts';
import { type ChatLang, WORDS } from './reply.ts';

export interface TelegramPhoto {
  bytes: Uint8Array;
  mimeType: ReceiptImageType;
}

/**
 * The file read as a receipt: the largest size of a photo, or a file that says it is an image;
 * undefined when the message holds neither (a PDF, a sticker, words).
 */
export function receiptFileOf(message: TelegramMessage) {
  const sizes = message.photo ?? [];
  const file = sizes.length > 0 ? sizes.at(-1) : message.document;
  if (!file || (message.document && !message.photo && !message.document.mime_type?.startsWith('image/')))
    return undefined;
  return file;
}

/**
 * The photo; null (the chat told why) when it is too heavy or not an image; undefined when the
 * message holds a file that is not an image (read as anything else).
 */
export async function photoOf(
  bot: BotApi,
  message: TelegramMessage,
  lang: ChatLang,
): Promise<TelegramPhoto | null | undefined> {
  const chatId = message.chat.id;
  const file = receiptFileOf(message);
  if (!file) return undefined;
  if ((file.file_size ?? 0) > MAX_RECEIPT_BYTES) {
    await bot.sendMessage(chatId, WORDS[lang].photoTooBig);
    return null;
  }
  let bytes: Uint8Array;
  try {
    bytes = await bot.download(await bot.getFilePath(file.file_id), MAX_RECEIPT_BYTES);
  } catch (error) {
    if (!(error instanceof FileTooLargeError)) throw error;
    await bot.sendMessage(chatId, WORDS[lang].photoTooBig);
    return null;
  }
  const mimeType = sniffImage(bytes);
  if (!mimeType || !isWholeImage(bytes, mimeType)) {
    await bot.sendMessage(chatId, WORDS[lang].notAPhoto);
    return null;
  }
  // A small file can say a huge picture: refused before Tesseract decodes it.
  if (tooManyPixels(bytes, mimeType)) {
    await bot.sendMessage(chatId, WORDS[lang].photoTooManyPixels);
    return null;
  }
  return { bytes: stripImageMetadata(bytes, mimeType), mimeType };
}
