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
import { ShareSchema } from './households/households-api.ts';
import { decimalToCents } from './money.ts';
import { MAX_RECEIPT_BYTES, RECEIPT_IMAGE_TYPES } from './receipts.ts';

export const MonthSchema = v.pipe(
  v.string('month is required'),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'month must be YYYY-MM'),
);

export const ReportQuerySchema = v.object({ month: MonthSchema });

const MoneyTotalSchema = v.object({ currency: v.string(), amount: v.string(), count: v.number() });
export type MoneyTotal = v.InferOutput<typeof MoneyTotalSchema>;

function SharedMonthLineSchema() {
  return v.object({
    householdId: v.string(),
    name: v.string(),
    currency: v.string(),
    /** Your part: what counts in your totals. */
    amount: v.string(),
    /** The household's bills, whole. */
    bills: v.string(),
    count: v.number(),
  });
}
export type SharedMonthLine = v.InferOutput<ReturnType<typeof SharedMonthLineSchema>>;

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
  /**
   * « dont partagé »: per household and currency, the month's household bills (`bills`, whole) and
   * your part of them (`amount`, in the totals above). Absent from reports made before households.
   */
  shared: v.optional(v.array(SharedMonthLineSchema())),
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

const UuidSchema = v.pipe(v.string(), v.uuid('must be a UUID'));

/** One expense in a JSON export: what is needed to restore it exactly, idempotently. */
const ExportedExpenseFields = v.strictObject({
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
  /** Version 3: a household's bill (the whole bill in `amount`), who paid and each member's cents. */
  householdId: v.optional(UuidSchema),
  paidBy: v.optional(UuidSchema),
  split: v.optional(
    v.pipe(v.array(v.strictObject({ ...ShareSchema.entries, memberId: UuidSchema })), v.maxLength(12)),
  ),
});
export const ExportedExpenseSchema = v.pipe(
  ExportedExpenseFields,
  v.check(
    (e) =>
      e.householdId === undefined
        ? e.paidBy === undefined && e.split === undefined
        : e.paidBy !== undefined && e.split !== undefined,
    'householdId, paidBy and split go together',
  ),
  v.check(
    (e) =>
      e.split === undefined ||
      e.amount === null ||
      e.split.reduce((sum, s) => sum + s.cents, 0) === decimalToCents(e.amount),
    'split must sum to the amount',
  ),
);
export type ExportedExpense = v.InferOutput<typeof ExportedExpenseSchema>;

/** Version 3: a household the exported bills belong to, and which member the exporter was. */
export const ExportedHouseholdSchema = v.strictObject({
  id: UuidSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  me: v.optional(UuidSchema),
  members: v.pipe(
    v.array(v.strictObject({ id: UuidSchema, name: v.pipe(v.string(), v.minLength(1), v.maxLength(60)) })),
    v.maxLength(1000),
  ),
});
export type ExportedHousehold = v.InferOutput<typeof ExportedHouseholdSchema>;

/** Version 3: a repayment between two members (not an expense). */
export const ExportedSettlementSchema = v.strictObject({
  id: UuidSchema,
  householdId: UuidSchema,
  fromMemberId: UuidSchema,
  toMemberId: UuidSchema,
  amount: AmountSchema,
  currency: CurrencySchema,
  createdAt: v.optional(InstantSchema),
});
export type ExportedSettlement = v.InferOutput<typeof ExportedSettlementSchema>;

/**
 * 2 added budgets and recurring rules, 3 households (their bills' fields, the households, the
 * repayments), 4 households' recurring rules (`householdId`, `paidBy`, `split`, `shares`) and
 * budgets (`householdBudgets`); a version 1 to 3 file still imports.
 */
export const EXPORT_VERSION = 4;
export const IMPORTABLE_VERSIONS = [1, 2, 3, 4] as const;
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
  /** Version 3: the households of the bills in `expenses` (ExportedHouseholdSchema), one by one. */
  households: v.optional(v.array(v.unknown())),
  /** Version 3: their repayments (ExportedSettlementSchema), one by one. */
  settlements: v.optional(v.array(v.unknown())),
  /** Version 4: the households' budgets (ExportedHouseholdBudgetSchema), one by one. */
  householdBudgets: v.optional(v.array(v.unknown())),
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
  /**
   * Household bills in the file: `bills` went back into a household the importer is a member of;
   * `personal` were kept as the importer's own expense at the exporter's part (the household is
   * not theirs here); `notMine` were left out (the exporter's part was nothing). Counted within
   * imported / duplicates above.
   */
  shared: v.optional(v.object({ bills: v.number(), personal: v.number(), notMine: v.number() })),
  /**
   * Households' recurring rules in the file, as for bills: `rules` went back into a household the
   * importer is a member of, `personal` became the importer's own rule at the exporter's part,
   * `notMine` were left out (that part was nothing, or the rule was paused). Counted in `recurring`.
   */
  sharedRules: v.optional(v.object({ rules: v.number(), personal: v.number(), notMine: v.number() })),
  /** Repayments: restored in a household the importer is a member of, else left out (`skipped`). */
  settlements: v.optional(v.object({ imported: v.number(), duplicates: v.number(), skipped: v.number() })),
  /**
   * Households' budgets: set in a household the importer is a member of (`duplicates`: the
   * household has one for that category and currency already, kept as it is), else left out.
   */
  householdBudgets: v.optional(
    v.object({ imported: v.number(), duplicates: v.number(), skipped: v.number() }),
  ),
});
export type ImportReport = v.InferOutput<typeof ImportReportSchema>;
