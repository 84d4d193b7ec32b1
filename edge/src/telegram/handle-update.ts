/**
 * One Telegram update, into the same pipeline as the app's notes: a voice message is fetched
 * (getFile, then the file) and read like POST /api/voice, a photo (or an image sent as a file)
 * like POST /api/receipts (photo.ts), a text like POST /api/text, each with
 * a clientId derived from the bot and the update_id, so a redelivered update is one note. The
 * reply says what was saved, with "Annuler" / "Modifier". A chat that is not ours gets nothing.
 * A refusal returned (the provider down, the note busy elsewhere) means "not done now": the
 * update is kept and tried again (pending.ts); so does a throw (the database or Telegram down).
 */
import {
  localDate,
  MAX_AUDIO_BYTES,
  MAX_TEXT_LENGTH,
  stripInvisibleMarks,
  type TelegramCallback,
  type TelegramMessage,
  type TelegramUpdate,
} from '@voicetrack/shared';
import { sniffAudio } from '../capture/audio-sniff.ts';
import { type CaptureDeps, type CaptureRequest, processCapture } from '../capture/process-capture.ts';
import type { FailureBudget } from '../devices/failure-budget.ts';
import { sha256Hex } from '../devices/secrets.ts';
import {
  type ExpenseStore,
  LOCAL_OWNER,
  type Owner,
  type PairingStore,
  type TelegramChatStore,
  userOwner,
} from '../ports.ts';
import { processReceipt, type ReceiptDeps } from '../receipts/process-receipt.ts';
import { type Refusal, refused } from '../refusal.ts';
import { type BotApi, FileTooLargeError } from './bot-api.ts';
import { photoOf } from './photo.ts';
import {
  type ChatLang,
  categoryKeyboard,
  chatLang,
  describeCapture,
  keyboardFor,
  noteOfBotMessage,
  readButton,
  WORDS,
} from './reply.ts';

export interface TelegramDeps {
  bot: BotApi;
  /** The bot's id (the number before the colon of its token): part of every note's clientId. */
  botId: string;
  capture: CaptureDeps;
  /** Photos of receipts (the server's OCR or its model reads them). */
  receipts: ReceiptDeps;
  expenses: ExpenseStore;
  chats: TelegramChatStore;
  pairing: PairingStore;
  allowedChatIds: readonly string[];
  multiUser: boolean;
  timeZone: string;
  failures: FailureBudget;
  now?: () => Date;
}

/** A UUID (version 8, RFC 9562) from the bot and the update: the same update, the same note. */
export async function telegramClientId(botId: string, updateId: number): Promise<string> {
  const h = await sha256Hex(`voicetrack:telegram:${botId}:${updateId}`);
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Done (answered, or nothing to answer), or refused for now: the note could not be read yet. */
export type UpdateOutcome =
  | { kind: 'done' }
  /** Kept and tried again (telegram/pending.ts); `rate_limited`: the day's provider budget. */
  | Refusal<'provider_unavailable' | 'capture_in_progress' | 'rate_limited'>;

const DONE: UpdateOutcome = { kind: 'done' };

/**
 * When a message was sent, in ms: Telegram's date when it is a whole number of seconds in the
 * window every note keeps (2000 to a day ahead); otherwise now (0, -1, 1.5, 1e20 gave 1970,
 * the year 5138 or a RangeError).
 */
export function sentAt(date: number, now: number): number {
  const ms = date * 1000;
  return Number.isInteger(date) && ms >= Date.UTC(2000, 0, 1) && ms <= now + 86_400_000 ? ms : now;
}

export async function handleUpdate(deps: TelegramDeps, update: TelegramUpdate): Promise<UpdateOutcome> {
  if (update.message) return handleMessage(deps, update.update_id, update.message);
  if (update.callback_query) await handleButton(deps, update.callback_query);
  return DONE;
}

/** Local mode: the allowed chats are the one user's. Supabase mode: the chat's linked user. */
async function ownerOfChat(deps: TelegramDeps, chatId: number): Promise<Owner | null> {
  const id = String(chatId);
  const listed = deps.allowedChatIds.includes(id);
  if (!deps.multiUser) return listed ? LOCAL_OWNER : null;
  if (deps.allowedChatIds.length > 0 && !listed) return null;
  const userId = await deps.chats.userOf(id);
  return userId ? userOwner(userId) : null;
}

const today = (deps: TelegramDeps) => localDate(deps.now?.() ?? new Date(), deps.timeZone);
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

async function handleMessage(
  deps: TelegramDeps,
  updateId: number,
  message: TelegramMessage,
): Promise<UpdateOutcome> {
  const chatId = message.chat.id;
  const lang = chatLang(message.from?.language_code);
  const reply = async (text: string) => {
    await deps.bot.sendMessage(chatId, text);
    return DONE;
  };
  const start = /^\/start(?:@\w+)?(?:\s+(\S+))?\s*$/.exec(message.text ?? '');
  if (deps.multiUser && start?.[1]) {
    await linkChat(deps, chatId, start[1], lang);
    return DONE;
  }
  const owner = await ownerOfChat(deps, chatId);
  if (!owner) return DONE;
  // Supabase mode: the chat's person lets it go, before linking it to another account.
  if (deps.multiUser && /^\/unlink(?:@\w+)?\s*$/.test(message.text ?? '')) {
    await deps.chats.unlink(String(chatId));
    return reply(WORDS[lang].unlinked);
  }
  if (message.text?.startsWith('/')) return reply(WORDS[lang].help);

  const photo = message.photo || message.document ? await photoOf(deps.bot, message, lang) : undefined;
  const input = photo === undefined ? await inputOf(deps, message, lang) : null;
  if (!photo && !input) return DONE;
  const clientId = await telegramClientId(deps.botId, updateId);
  const code = message.from?.language_code;
  const context = {
    clientId,
    recordedAt: new Date(sentAt(message.date, (deps.now?.() ?? new Date()).getTime())).toISOString(),
    timezone: deps.timeZone,
    locale: code && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(code) ? code : 'fr',
  };
  // A photo of a receipt, or words (said or typed); nothing else is read.
  const capture = photo
    ? await processReceipt(deps.receipts, owner, { ...context, photo })
    : input
      ? await processCapture(deps.capture, owner, { ...context, input })
      : null;
  if (!capture) return DONE;
  if (capture.kind === 'refused') {
    // The provider could not read it, or there is no provider at all: saying so beats retries
    // that fail the same way until Telegram gives up. The voice message stays in the chat.
    if (capture.code === 'unsupported_audio') return reply(WORDS[lang].unreadable);
    if (capture.code === 'transcription_unavailable') return reply(WORDS[lang].noTranscriber);
    if (capture.code === 'payload_too_large') return reply(WORDS[lang].tooManyMinutes);
    if (capture.code === 'too_many_amounts') return reply(WORDS[lang].tooManyAmounts);
    // Only a note said in a household is refused so, and the bot's notes name none.
    if (capture.code === 'not_found' || capture.code === 'forbidden') return DONE;
    return refused(capture.code, capture.message, capture.retryAfterSeconds);
  }
  const { result } = capture;
  // A reply to one of the bot's messages corrects that note: the new words replace it.
  const corrected = noteOfBotMessage(message.reply_to_message?.reply_markup?.inline_keyboard);
  if (corrected && corrected !== clientId && result.expenses.length > 0)
    await cancelNote(deps, owner, corrected);
  await deps.bot.sendMessage(
    chatId,
    describeCapture(result, today(deps), lang),
    result.expenses.length > 0 ? keyboardFor(clientId, lang) : undefined,
  );
  return DONE;
}

async function inputOf(
  deps: TelegramDeps,
  message: TelegramMessage,
  lang: ChatLang,
): Promise<CaptureRequest['input'] | null> {
  const chatId = message.chat.id;
  if (message.voice) {
    if ((message.voice.file_size ?? 0) > MAX_AUDIO_BYTES) {
      await deps.bot.sendMessage(chatId, WORDS[lang].tooLong);
      return null;
    }
    let bytes: Uint8Array;
    try {
      bytes = await deps.bot.download(await deps.bot.getFilePath(message.voice.file_id), MAX_AUDIO_BYTES);
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      await deps.bot.sendMessage(chatId, WORDS[lang].tooLong);
      return null;
    }
    const kind = sniffAudio(bytes);
    if (!kind) {
      await deps.bot.sendMessage(chatId, WORDS[lang].unreadable);
      return null;
    }
    return { kind: 'voice', audio: { bytes, mimeType: kind.mimeType, fileName: `note.${kind.extension}` } };
  }
  // The marks a chat app puts around a name (« ⁨Paul⁩ ») are dropped; other controls read as spaces.
  const text =
    message.text && stripInvisibleMarks(message.text).replace(CONTROLS, ' ').trim().slice(0, MAX_TEXT_LENGTH);
  // Stickers, locations: nothing to read.
  return text?.isWellFormed() ? { kind: 'text', text } : null;
}

/**
 * `/start <code>` (Supabase mode): the code from the app's settings links this chat to its user.
 * A chat linked already stays with its user whatever code comes from it: anyone can send a
 * `t.me/<bot>?start=<their code>` link that a tap turns into this message, and the chat would have
 * been theirs, with every expense said in it. Its person sends /unlink first to move it.
 */
async function linkChat(deps: TelegramDeps, chatId: number, code: string, lang: ChatLang): Promise<void> {
  if (deps.allowedChatIds.length > 0 && !deps.allowedChatIds.includes(String(chatId))) return;
  // Guessing is answered by silence, like any stranger.
  // Counted per chat: Telegram's servers are every chat's address.
  if (deps.failures.waitSeconds(`chat:${chatId}`) !== null) return;
  const linked = await deps.chats.userOf(String(chatId));
  const redeemed = await deps.pairing.redeem(
    await sha256Hex(code.replace(/[\s-]/g, '').toUpperCase()),
    'telegram',
  );
  if (!redeemed?.userId) {
    deps.failures.record(`chat:${chatId}`);
    return;
  }
  if (linked !== null && linked !== redeemed.userId) {
    await deps.bot.sendMessage(chatId, WORDS[lang].linkedElsewhere);
    return;
  }
  await deps.chats.link(String(chatId), redeemed.userId);
  await deps.bot.sendMessage(chatId, WORDS[lang].linked);
}

/** Deletes every expense of a note (Annuler, or a correction replacing it). */
async function cancelNote(deps: TelegramDeps, owner: Owner, clientId: string) {
  const note = await deps.capture.captures.find(owner, clientId);
  if (!note || note === 'processing') return null;
  for (const e of note.expenses) await deps.expenses.delete(owner, e.id);
  return note;
}

async function handleButton(deps: TelegramDeps, callback: TelegramCallback): Promise<void> {
  const chat = callback.message?.chat.id;
  const messageId = callback.message?.message_id;
  if (chat === undefined || messageId === undefined) return deps.bot.answerCallback(callback.id);
  const owner = await ownerOfChat(deps, chat);
  if (!owner) return;
  const lang = chatLang(callback.from.language_code);
  const w = WORDS[lang];
  const press = readButton(callback.data);
  const note = press ? await deps.capture.captures.find(owner, press.clientId) : null;
  if (!press || !note || note === 'processing' || note.expenses.length === 0)
    return deps.bot.answerCallback(callback.id, w.gone);
  const day = today(deps);
  if (press.kind === 'cancel') {
    await cancelNote(deps, owner, press.clientId);
    await deps.bot.answerCallback(callback.id, w.cancelled);
    return deps.bot.editMessage(chat, messageId, w.cancelledLine(describeCapture(note, day, lang)));
  }
  if (press.kind === 'edit') {
    await deps.bot.answerCallback(callback.id);
    return deps.bot.editMessage(
      chat,
      messageId,
      `${describeCapture(note, day, lang)}\n\n${w.pick}`,
      categoryKeyboard(press.clientId, lang),
    );
  }
  for (const e of note.expenses) await deps.expenses.update(owner, e.id, { category: press.category });
  const after = await deps.capture.captures.find(owner, press.clientId);
  await deps.bot.answerCallback(callback.id);
  if (after && after !== 'processing')
    await deps.bot.editMessage(
      chat,
      messageId,
      describeCapture(after, day, lang),
      keyboardFor(press.clientId, lang),
    );
}
