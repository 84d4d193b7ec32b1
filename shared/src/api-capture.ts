/**
 * What a capture sends: POST /api/text's body and POST /api/voice's multipart fields, with what
 * both carry (the note's id, moment, zone, language, currency, household). shared/src/api.ts
 * re-exports them.
 */
import * as v from 'valibot';
import {
  ClientIdSchema,
  CurrencySchema,
  LocaleSchema,
  noControlChars,
  RecordedAtSchema,
  TimeZoneSchema,
  withoutInvisibleMarks,
} from './api-fields.ts';
import { MAX_TEXT_LENGTH } from './limits.ts';

const captureContext = {
  clientId: ClientIdSchema,
  recordedAt: RecordedAtSchema,
  timezone: TimeZoneSchema,
  locale: LocaleSchema,
  /** The user's default currency when the words name none. */
  currency: v.optional(CurrencySchema),
  /** A household's bill: the amount is the whole bill, split among its members (households/). */
  householdId: v.optional(v.pipe(v.string('householdId must be text'), v.uuid('householdId must be a UUID'))),
};

export const TextCaptureSchema = v.strictObject({
  text: v.pipe(
    v.string('text is required'),
    withoutInvisibleMarks,
    v.trim(),
    v.minLength(1, 'text must not be empty'),
    v.maxLength(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`),
    noControlChars,
  ),
  ...captureContext,
  /** "Confirmer avant d'enregistrer": the expenses wait for the user's tap before they count. */
  confirm: v.optional(v.boolean('confirm must be true or false')),
  /** "Enregistrer comme dépense": words answered as money that moved are to be read as an expense. */
  asExpense: v.optional(v.boolean('asExpense must be true or false')),
});
export type TextCapture = v.InferOutput<typeof TextCaptureSchema>;

/**
 * The multipart fields of POST /api/voice besides the `audio` file. A plain object, spread below:
 * reading `.entries` of a built schema would keep both schemas in the PWA's first screen.
 */
const voiceFields = {
  ...captureContext,
  confirm: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], 'confirm must be true or false'),
      v.transform((s) => s === 'true'),
    ),
  ),
  /**
   * The browser's own final words for this audio: untrusted text, held to /api/text's rule.
   * With a Whisper key, Whisper's transcript wins and these only steer it (its `prompt`);
   * without one, these are the note's words.
   */
  transcript: v.optional(
    v.pipe(
      v.string('transcript must be text'),
      withoutInvisibleMarks,
      v.trim(),
      v.minLength(1, 'transcript must not be empty'),
      v.maxLength(MAX_TEXT_LENGTH, `transcript must be at most ${MAX_TEXT_LENGTH} characters`),
      noControlChars,
    ),
  ),
  /** Who heard `transcript`: the browser (the only source a client can name). */
  transcriptSource: v.optional(v.picklist(['browser'], 'transcriptSource must be browser')),
};
export const VoiceFieldsSchema = v.object(voiceFields);
export type VoiceFields = v.InferOutput<typeof VoiceFieldsSchema>;

/** The whole multipart body of POST /api/voice: the audio file and its fields. */
export const VoiceNoteSchema = v.object({
  audio: v.file('audio must be a file'),
  ...voiceFields,
});
export type VoiceNote = v.InferInput<typeof VoiceNoteSchema>;
