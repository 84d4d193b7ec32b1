/**
 * Receipts: a photo of a ticket becomes an expense (POST /api/receipts), and the photo is kept
 * with it as proof. The multipart fields, the photo's limits, and the reply asked of a vision
 * model (RECEIPT_PROVIDER=openai), checked with the same schema the prompt names.
 */
import * as v from 'valibot';
import {
  CategorySchema,
  ClientIdSchema,
  CurrencySchema,
  IsoDateSchema,
  LocaleSchema,
  noControlChars,
  RecordedAtSchema,
  TimeZoneSchema,
  withoutInvisibleMarks,
} from './api.ts';
import { CATEGORIES } from './categories.ts';
import { MAX_RECEIPT_TEXT } from './limits.ts';
import { modelAmountSchema } from './llm.ts';

/** A photo over this is refused (413): the phone sends at most 2000 px in JPEG, a few hundred KB. */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
/** The longest side the phone keeps of a photo: enough for OCR, light to send and store. */
export const RECEIPT_MAX_SIDE = 2000;
/** The image types a receipt may be (sniffed from the bytes, never from the declared type). */
export const RECEIPT_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ReceiptImageType = (typeof RECEIPT_IMAGE_TYPES)[number];

/** The multipart fields of POST /api/receipts besides the `image` file. */
export const receiptFields = {
  clientId: ClientIdSchema,
  recordedAt: RecordedAtSchema,
  timezone: TimeZoneSchema,
  locale: LocaleSchema,
  /** The person's default currency when the ticket prints none. */
  currency: v.optional(CurrencySchema),
  confirm: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], 'confirm must be true or false'),
      v.transform((s) => s === 'true'),
    ),
  ),
  /** « Partagé avec [foyer] » was on: the ticket is the household's bill (the caller a member). */
  householdId: v.optional(v.pipe(v.string('householdId must be text'), v.uuid('householdId must be a UUID'))),
  /** What Tesseract read on the phone: the server's words when it has no model of its own. */
  text: v.optional(
    v.pipe(
      v.string('text must be text'),
      withoutInvisibleMarks,
      v.maxLength(MAX_RECEIPT_TEXT, `text must be at most ${MAX_RECEIPT_TEXT} characters`),
      noControlChars,
    ),
  ),
};
export const ReceiptFieldsSchema = v.object(receiptFields);
export type ReceiptFields = v.InferOutput<typeof ReceiptFieldsSchema>;

/** The whole multipart body of POST /api/receipts. */
export const ReceiptCaptureSchema = v.object({
  image: v.file('image must be a file'),
  ...receiptFields,
});
export type ReceiptCapture = v.InferInput<typeof ReceiptCaptureSchema>;

const nullable = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);

/** What a vision model reads on the ticket; null where it cannot. */
export const ReceiptModelReplySchema = v.object({
  total: nullable(modelAmountSchema('total')),
  currency: nullable(v.pipe(v.string(), v.trim(), v.toUpperCase(), CurrencySchema)),
  date: nullable(IsoDateSchema),
  merchant: nullable(v.pipe(v.string(), v.trim(), v.maxLength(100), noControlChars)),
  category: nullable(CategorySchema),
});
export type ReceiptModelReply = v.InferOutput<typeof ReceiptModelReplySchema>;

/** The same shape for the provider's structured outputs. */
export const RECEIPT_REPLY_JSON_SCHEMA = {
  type: 'object',
  properties: {
    total: { type: ['string', 'null'], description: 'The total paid, decimal with a dot, e.g. "47.83"' },
    currency: { type: ['string', 'null'], description: 'ISO 4217 code, e.g. EUR' },
    date: { type: ['string', 'null'], description: 'The date printed on the ticket, YYYY-MM-DD' },
    merchant: { type: ['string', 'null'], description: 'The shop or restaurant, as printed' },
    category: { type: ['string', 'null'], enum: [...CATEGORIES, null] },
  },
  required: ['total', 'currency', 'date', 'merchant', 'category'],
  additionalProperties: false,
} as const;
