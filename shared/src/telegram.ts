/**
 * What the Telegram Bot API sends the webhook (an Update) and answers (getFile), as far as
 * VoiceTrack reads them. Loose objects: Telegram adds fields over time, and an Update we cannot
 * use is acknowledged and ignored, never refused (Telegram would redeliver it for hours).
 */
import * as v from 'valibot';

const ChatSchema = v.looseObject({ id: v.number() });
const UserSchema = v.looseObject({ id: v.number(), language_code: v.optional(v.string()) });
const InlineKeyboardSchema = v.looseObject({
  inline_keyboard: v.array(
    v.array(v.looseObject({ text: v.string(), callback_data: v.optional(v.string()) })),
  ),
});

/** A message the bot sent, as Telegram echoes it in a reply or a button press. */
const BotMessageSchema = v.looseObject({
  message_id: v.number(),
  chat: ChatSchema,
  reply_markup: v.optional(InlineKeyboardSchema),
});

export const TelegramMessageSchema = v.looseObject({
  message_id: v.number(),
  /** Unix seconds. */
  date: v.number(),
  chat: ChatSchema,
  from: v.optional(UserSchema),
  text: v.optional(v.string()),
  voice: v.optional(
    v.looseObject({
      file_id: v.string(),
      duration: v.optional(v.number()),
      mime_type: v.optional(v.string()),
      file_size: v.optional(v.number()),
    }),
  ),
  /** A photo, in the sizes Telegram made of it, smallest first. */
  photo: v.optional(
    v.array(
      v.looseObject({
        file_id: v.string(),
        file_size: v.optional(v.number()),
        width: v.optional(v.number()),
        height: v.optional(v.number()),
      }),
    ),
  ),
  /** A file sent as is (an uncompressed photo among others). */
  document: v.optional(
    v.looseObject({
      file_id: v.string(),
      mime_type: v.optional(v.string()),
      file_size: v.optional(v.number()),
    }),
  ),
  reply_to_message: v.optional(BotMessageSchema),
});
export type TelegramMessage = v.InferOutput<typeof TelegramMessageSchema>;

export const TelegramCallbackSchema = v.looseObject({
  id: v.string(),
  from: UserSchema,
  message: v.optional(BotMessageSchema),
  data: v.optional(v.string()),
});
export type TelegramCallback = v.InferOutput<typeof TelegramCallbackSchema>;

export const TelegramUpdateSchema = v.looseObject({
  update_id: v.number(),
  message: v.optional(TelegramMessageSchema),
  callback_query: v.optional(TelegramCallbackSchema),
});
export type TelegramUpdate = v.InferOutput<typeof TelegramUpdateSchema>;

/** Every Bot API answer: `{ok, result}` or `{ok: false, description}`. */
export const BotAnswerSchema = v.looseObject({
  ok: v.boolean(),
  result: v.optional(v.unknown()),
  description: v.optional(v.string()),
});

export const TelegramFileSchema = v.looseObject({
  file_id: v.string(),
  file_path: v.optional(v.string()),
  file_size: v.optional(v.number()),
});
