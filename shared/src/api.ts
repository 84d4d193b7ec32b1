/**
 * The API's payloads. These schemas are the only description of them: the edge validates
 * requests with them, the PWA types its client from them, the LLM's JSON is checked by them.
 */
import * as v from 'valibot';
import {
  AmountSchema,
  CategorySchema,
  CurrencySchema,
  DescriptionSchema,
  IsoDateSchema,
  MOVEMENT_KINDS,
  RecordedAtSchema,
} from './api-fields.ts';
import { decodeCursor } from './cursor.ts';
import { ORIGINS } from './provenance.ts';

export * from './api-capture.ts';
export * from './api-fields.ts';

/**
 * How an expense came in: spoken, typed, made by a recurring rule (shared/src/recurring.ts), or
 * added from a bank statement's line (a suggestion the person accepted), or read off the photo of a
 * receipt.
 */
export const SOURCES = ['voice', 'text', 'recurring', 'bank', 'receipt'] as const;
export const EXPENSE_STATUSES = ['saved', 'needs_review'] as const;
/**
 * Which path produced the row: the local parser, the LLM (checked), the local parser's amounts
 * and date with the LLM's category (local+llm), or a person.
 */
export const PARSED_BY = ['local', 'llm', 'local+llm', 'user', 'none'] as const;

/**
 * Whose words a voice expense was read from: Whisper's on the server, or the browser's own speech
 * recognition (sent with the audio; used when the server has no Whisper key); a receipt's, OCR
 * (Tesseract, on the phone or the server). null: typed.
 */
export const TRANSCRIPT_SOURCES = ['whisper', 'browser', 'ocr'] as const;
export type TranscriptSource = (typeof TRANSCRIPT_SOURCES)[number];

/** Where one field came from (provenance.ts): heard, parsed, learned (phrase, day), model, bank, person (day). */
export const FieldOriginSchema = v.object({
  from: v.picklist(ORIGINS),
  phrase: v.optional(v.pipe(v.string(), v.maxLength(200))),
  at: v.optional(IsoDateSchema),
});
export const ProvenanceSchema = v.object({
  amount: v.optional(FieldOriginSchema),
  currency: v.optional(FieldOriginSchema),
  date: v.optional(FieldOriginSchema),
  category: v.optional(FieldOriginSchema),
  description: v.optional(FieldOriginSchema),
  /** A household's bill's payer and shares: only a person's edit says where they came from. */
  paidBy: v.optional(FieldOriginSchema),
  split: v.optional(FieldOriginSchema),
});

export const ExpenseSchema = v.object({
  id: v.string(),
  clientId: v.string(),
  /** Which expense of the note this is (a note can hold several): 0, 1, … */
  position: v.number(),
  /** null only while status is needs_review and no amount could be heard. */
  amount: v.nullable(v.string()),
  currency: v.string(),
  category: CategorySchema,
  description: v.string(),
  date: v.string(),
  transcript: v.nullable(v.string()),
  /** Optional: rows kept by older versions of the PWA have none. */
  transcriptSource: v.optional(v.nullable(v.picklist(TRANSCRIPT_SOURCES))),
  source: v.picklist(SOURCES),
  status: v.picklist(EXPENSE_STATUSES),
  parsedBy: v.picklist(PARSED_BY),
  reviewReason: v.nullable(v.string()),
  /** Someone else pays it back ("je me ferai rembourser"): kept, flagged, exported. */
  reimbursable: v.optional(v.boolean()),
  /** Where each field came from; absent or null on rows kept before it was recorded. */
  provenance: v.optional(v.nullable(ProvenanceSchema)),
  /** The bank line this expense was matched with (a statement confirmed it), or null. */
  bankLineId: v.optional(v.nullable(v.string())),
  /** A receipt's photo is kept with it: GET /api/expenses/:id/photo. Absent otherwise. */
  photo: v.optional(v.boolean()),
  /** A household's bill (households/): `amount` is the whole bill, `split` each member's integer cents. */
  householdId: v.optional(v.string()),
  paidBy: v.optional(v.string()),
  split: v.optional(v.array(v.object({ memberId: v.string(), cents: v.number() }))),
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type Expense = v.InferOutput<typeof ExpenseSchema>;

/** What POST /api/voice and /api/text answer: 201 the first time, 200 for a repeated clientId. */
export const CaptureResultSchema = v.object({
  clientId: v.string(),
  status: v.picklist(['saved', 'needs_review', 'no_expense']),
  transcript: v.string(),
  expenses: v.array(ExpenseSchema),
  /**
   * The words say the expense comes back every month ("Netflix 9,99 € tous les mois", "every
   * month on the 5th"): the PWA may offer to make it recurring (POST /api/recurring with this day,
   * the one the words name, else the expense's own). Absent otherwise; the expenses are unchanged.
   */
  recurring: v.optional(v.object({ dayOfMonth: v.number() })),
  /**
   * With status no_expense: the words say money moved without being spent ("Amazon m'a remboursé
   * 25 €"): which kind, and in `moved` how much, for the PWA to say so and offer to record it as an
   * expense anyway.
   */
  movement: v.optional(v.picklist(MOVEMENT_KINDS)),
  moved: v.optional(
    v.object({ amount: AmountSchema, currency: v.string(), description: v.string(), date: v.string() }),
  ),
  /**
   * Said in a household, « j'ai remboursé 24 € à Marie »: the repayment the words propose, for the
   * person to confirm (POST /api/households/:id/settlements with these fields). Nothing is recorded yet.
   */
  settlement: v.optional(
    v.object({
      householdId: v.string(),
      fromMemberId: v.string(),
      toMemberId: v.string(),
      amount: v.string(),
      currency: v.string(),
    }),
  ),
});
export type CaptureResult = v.InferOutput<typeof CaptureResultSchema>;

export const ExpenseListQuerySchema = v.strictObject({
  /** A household's bills (its members only) instead of the caller's own expenses. */
  householdId: v.optional(v.pipe(v.string(), v.uuid('householdId must be a UUID'))),
  from: v.optional(IsoDateSchema),
  to: v.optional(IsoDateSchema),
  category: v.optional(CategorySchema),
  status: v.optional(v.picklist(EXPENSE_STATUSES)),
  cursor: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(200),
      v.check((s) => decodeCursor(s) !== null, 'cursor is not one this server gave'),
    ),
  ),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, 'limit must be a number'),
      v.transform(Number),
      v.minValue(1),
      v.maxValue(200),
    ),
  ),
});
export type ExpenseListQuery = v.InferOutput<typeof ExpenseListQuerySchema>;

export const ExpenseListSchema = v.object({
  expenses: v.array(ExpenseSchema),
  nextCursor: v.nullable(v.string()),
});
export type ExpenseList = v.InferOutput<typeof ExpenseListSchema>;

export const ExpensePatchSchema = v.pipe(
  v.strictObject({
    amount: v.optional(AmountSchema),
    currency: v.optional(CurrencySchema),
    category: v.optional(CategorySchema),
    description: v.optional(DescriptionSchema),
    date: v.optional(IsoDateSchema),
    /** A household's bill's payer: a member of its household (checked with the bill). */
    paidBy: v.optional(v.pipe(v.string('paidBy must be text'), v.uuid('paidBy must be a member’s id'))),
    /**
     * A household's bill's shares, whole: every member who bears some of it, integer cents that
     * sum to the amount (the one given with it, else the bill's), each member once. A member left
     * out bears nothing. Checked against the household with the bill (households/split-edit.ts).
     */
    split: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            memberId: v.pipe(
              v.string('split: memberId must be text'),
              v.uuid('split: memberId must be a member’s id'),
            ),
            cents: v.pipe(
              v.number('split: cents must be a number'),
              v.safeInteger('split: cents must be whole cents'),
              v.minValue(0, 'split: cents must not be negative'),
            ),
          }),
          'split must be a list of {memberId, cents}',
        ),
        v.minLength(1, 'split must name who bears the bill'),
        v.maxLength(100, 'split names too many members'),
        v.check(
          (shares) => new Set(shares.map((s) => s.memberId)).size === shares.length,
          'split names a member twice',
        ),
      ),
    ),
    /** When the person made the change (offline edits arrive late): last writer wins per field. */
    editedAt: v.optional(RecordedAtSchema),
    /** The phone's clock when it sent the change: the server reads `editedAt` on its own clock by it (editMoment). */
    sentAt: v.optional(RecordedAtSchema),
  }),
  v.check(
    (p) => Object.keys(p).some((k) => k !== 'editedAt' && k !== 'sentAt'),
    'give at least one field to change',
  ),
);
export type ExpensePatch = v.InferOutput<typeof ExpensePatchSchema>;

/**
 * What PATCH /api/expenses/:id answers: the expense as it now stands, and `lost`, the fields a
 * newer change made elsewhere kept (absent when the edit won them all). Field names stay plain
 * strings: a field added on a newer server must not make its answer unreadable to an older phone.
 */
export const ExpenseEditedSchema = v.object({
  ...ExpenseSchema.entries,
  lost: v.optional(v.array(v.string())),
});
export type ExpenseEdited = v.InferOutput<typeof ExpenseEditedSchema>;

export const HealthSchema = v.object({
  status: v.picklist(['ok', 'degraded']),
  version: v.string(),
  database: v.object({ ok: v.boolean(), kind: v.picklist(['pglite', 'postgres']) }),
  providers: v.object({
    transcription: v.nullable(v.string()),
    parser: v.nullable(v.string()),
  }),
  /**
   * Who may call it: `local` (device tokens) or `supabase` (Supabase JWTs); `legacySecret`: the
   * function also verifies HS256 tokens with the project's legacy JWT secret; `pairing` (local
   * mode): whether the API answers only paired devices (`required`) or anyone on this machine
   * (`off`), as the running server decided it (`pnpm pair` and the PWA read it here). Absent from
   * servers before 2026-11-29 (`auth`) and 2026-12-03 (`pairing`).
   */
  auth: v.optional(
    v.object({
      mode: v.picklist(['local', 'supabase']),
      legacySecret: v.boolean(),
      pairing: v.optional(v.picklist(['required', 'off'])),
    }),
  ),
});
export type Health = v.InferOutput<typeof HealthSchema>;

/**
 * What GET and PUT /api/learned answer: the words as the server keeps them (checked on the way in
 * and at most MAX_LEARNED). Only their shape is checked: the PWA reads it (learned-cache.ts), and
 * the length rules would weigh on its first screen for nothing. Here, beside the schemas the first
 * screen already has, not in learning.ts: a lazily loaded chunk keeps every schema of a module it
 * imports, so importing learning.ts from one would keep LearnedWordInputSchema's rules too.
 */
export const LearnedWordsSchema = v.object({
  words: v.array(v.object({ phrase: v.string(), category: CategorySchema })),
});
export type LearnedWords = v.InferOutput<typeof LearnedWordsSchema>;
