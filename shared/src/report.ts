/** Month report, exports and imports: schemas shared by the edge, the PWA and the CLIs. */
import * as v from 'valibot';
import {
  AmountSchema,
  CategorySchema,
  ClientIdSchema,
  CurrencySchema,
  DescriptionSchema,
  EXPENSE_STATUSES,
  ExpenseSchema,
  InstantSchema,
  IsoDateSchema,
  noControlChars,
  ProvenanceSchema,
  SOURCES,
  TimeZoneSchema,
} from './api.ts';
import { MAX_RECEIPT_BYTES, RECEIPT_IMAGE_TYPES } from './receipts.ts';

export const MonthSchema = v.pipe(
  v.string('month is required'),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'month must be YYYY-MM'),
);

export const ReportQuerySchema = v.object({ month: MonthSchema });

const MoneyTotalSchema = v.object({ currency: v.string(), amount: v.string(), count: v.number() });
export type MoneyTotal = v.InferOutput<typeof MoneyTotalSchema>;

export const MonthReportSchema = v.object({
  month: v.string(),
  count: v.number(),
  needsReview: v.number(),
  /** One total per currency: amounts in different currencies are never added together. */
  totals: v.array(MoneyTotalSchema),
  byCategory: v.array(
    v.object({ category: CategorySchema, currency: v.string(), amount: v.string(), count: v.number() }),
  ),
  biggest: v.array(ExpenseSchema),
  previous: v.object({ month: v.string(), count: v.number(), totals: v.array(MoneyTotalSchema) }),
  /** Per currency: this month minus the previous one ("-12.40"), and the change in percent when the previous is not 0. */
  changes: v.array(v.object({ currency: v.string(), amount: v.string(), percent: v.nullable(v.number()) })),
});
export type MonthReport = v.InferOutput<typeof MonthReportSchema>;

export const EXPORT_FORMATS = ['excel-fr', 'standard'] as const;
export const ExportQuerySchema = v.object({
  from: v.optional(IsoDateSchema),
  to: v.optional(IsoDateSchema),
  category: v.optional(CategorySchema),
  /** excel-fr (default): BOM, `;`, French headers, JJ/MM/AAAA, decimal comma. standard: `,` and `.`, keys, ISO. */
  format: v.optional(v.picklist(EXPORT_FORMATS)),
  /** excel-fr: the zone "Créé le" is written in (IANA; default Europe/Paris). */
  timezone: v.optional(TimeZoneSchema),
});

/** One expense in a JSON export: what is needed to restore it exactly, idempotently. */
export const ExportedExpenseSchema = v.strictObject({
  clientId: ClientIdSchema,
  position: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49)), 0),
  amount: v.nullable(AmountSchema),
  currency: CurrencySchema,
  category: CategorySchema,
  description: DescriptionSchema,
  date: IsoDateSchema,
  transcript: v.nullable(v.pipe(v.string(), v.maxLength(10_000), noControlChars)),
  source: v.picklist(SOURCES),
  status: v.picklist(EXPENSE_STATUSES),
  createdAt: v.optional(InstantSchema),
  reimbursable: v.optional(v.boolean()),
  /** Where each field came from (provenance.ts); an import keeps it. */
  provenance: v.optional(ProvenanceSchema),
  /** A receipt's photo, in the file itself (base64): the export alone restores it. */
  photo: v.optional(
    v.strictObject({
      type: v.picklist(RECEIPT_IMAGE_TYPES),
      data: v.pipe(
        v.string(),
        v.maxLength(Math.ceil(MAX_RECEIPT_BYTES / 3) * 4 + 4, 'photo: at most 10 MB'),
        v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'photo: must be base64'),
      ),
    }),
  ),
});
export type ExportedExpense = v.InferOutput<typeof ExportedExpenseSchema>;

/** 2 added budgets and recurring rules; a version 1 file (expenses only) still imports. */
export const EXPORT_VERSION = 2;
export const IMPORTABLE_VERSIONS = [1, 2] as const;
/** Rows one import may hold (a 413 beyond): a year of heavy use is a few thousand. */
export const MAX_IMPORT_ROWS = 50_000;
/** Budgets or recurring rules one import may hold: a person has a few dozen. */
export const MAX_IMPORT_SETTINGS = 1000;
export const ExportFileSchema = v.object({
  app: v.literal('voicetrack'),
  version: v.picklist(IMPORTABLE_VERSIONS, `version must be ${IMPORTABLE_VERSIONS.join(' or ')}`),
  exportedAt: v.string(),
  /** Rows are validated one by one on import, so one bad row does not refuse the file. */
  expenses: v.array(v.unknown()),
  /** Version 2: budgets (shared/src/budgets.ts ExportedBudgetSchema), one by one too. */
  budgets: v.optional(v.array(v.unknown())),
  /** Version 2: recurring rules (shared/src/recurring.ts ExportedRuleSchema), one by one too. */
  recurring: v.optional(v.array(v.unknown())),
  /** What the person taught the parser (added in the same version: absent from older files). */
  learnedWords: v.optional(v.array(v.unknown())),
});

const ImportCountsSchema = v.object({
  imported: v.number(),
  duplicates: v.number(),
  refused: v.array(v.object({ index: v.number(), reason: v.string() })),
  /** Learned words restored from the file. */
  learned: v.optional(v.number()),
  /** Receipts' photos restored with their expenses. */
  photos: v.optional(v.number()),
});
export type ImportCounts = v.InferOutput<typeof ImportCountsSchema>;

/** The expenses' counts at the top (as version 1 answered), budgets and rules beside them. */
export const ImportReportSchema = v.object({
  ...ImportCountsSchema.entries,
  budgets: v.optional(ImportCountsSchema),
  recurring: v.optional(ImportCountsSchema),
});
export type ImportReport = v.InferOutput<typeof ImportReportSchema>;
