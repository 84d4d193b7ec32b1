/**
 * Importing a JSON export (POST /api/import): each section's rows are validated one by one with
 * their shared schema, the good ones imported (what exists is a duplicate, never an error), the bad
 * ones reported by index. Version 1 files hold expenses only; version 2 adds budgets and rules.
 * `createImporter` is the use case: the file's size limits, a few imports at once, budgets checked.
 */
import {
  ExportedBudgetSchema,
  type ExportedExpense,
  ExportedExpenseSchema,
  ExportedRuleSchema,
  type ImportReport,
  isWholeImage,
  LearnedWordSchema,
  localDate,
  MAX_BUDGETS,
  MAX_IMPORT_ROWS,
  MAX_IMPORT_SETTINGS,
  MAX_LEARNED,
  memoryKey,
  occurrenceDate,
  sniffImage,
  stripImageMetadata,
  tooManyPixels,
} from '@voicetrack/shared';
import * as v from 'valibot';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import type { Owner, Store } from '../ports.ts';
import { fromBase64 } from '../receipts/base64.ts';
import { type Refusal, refused } from '../refusal.ts';
import {
  importHouseholdBudgets,
  importSettlements,
  sortSharedRows,
  sortSharedRules,
} from './import-shared.ts';
import { validRows } from './valid-rows.ts';

export interface ImportSections {
  expenses: readonly unknown[];
  budgets?: readonly unknown[] | undefined;
  recurring?: readonly unknown[] | undefined;
  learnedWords?: readonly unknown[] | undefined;
  households?: readonly unknown[] | undefined;
  settlements?: readonly unknown[] | undefined;
  householdBudgets?: readonly unknown[] | undefined;
}

type ImportStore = Pick<
  Store,
  'expenses' | 'budgets' | 'recurring' | 'learning' | 'receiptPhotos' | 'households' | 'householdBudgets'
>;

/** The photos of the imported rows that are what they say (sniffed), without their metadata. */
function photosOf(rows: readonly ExportedExpense[]) {
  return rows.flatMap((r) => {
    if (!r.photo) return [];
    const bytes = fromBase64(r.photo.data);
    const type = sniffImage(bytes);
    // A photo that would decode to more than a phone's (a pixel bomb) is dropped like a damaged one.
    if (type !== r.photo.type || !isWholeImage(bytes, type) || tooManyPixels(bytes, type)) return [];
    return [
      { clientId: r.clientId, position: r.position, mimeType: type, bytes: stripImageMetadata(bytes, type) },
    ];
  });
}

export async function importFile(
  store: ImportStore,
  owner: Owner,
  file: ImportSections,
  now = new Date(),
): Promise<ImportReport> {
  const expenses = validRows(ExportedExpenseSchema, file.expenses);
  // Household bills go back into a household the importer is in, else become their own expense
  // at the exporter's part (import-shared.ts).
  const sorted = await sortSharedRows(store.households, owner, expenses, file.households);
  const rows = sorted.rows;
  const report: ImportReport = {
    ...(await store.expenses.import(owner, rows)),
    refused: [...expenses.refused, ...sorted.refused].sort((a, b) => a.index - b.index),
    ...(sorted.shared ? { shared: sorted.shared } : {}),
  };
  if (file.settlements?.length)
    report.settlements = await importSettlements(store.households, owner, file.settlements);
  if (file.householdBudgets?.length)
    report.householdBudgets = await importHouseholdBudgets(
      store.households,
      store.householdBudgets,
      owner,
      file.householdBudgets,
      MAX_BUDGETS,
    );
  const photos = photosOf(rows);
  if (photos.length > 0) report.photos = await store.receiptPhotos.import(owner, photos);
  if (file.budgets) {
    const budgets = validRows(ExportedBudgetSchema, file.budgets);
    const { leftOut, ...counts } = await store.budgets.import(owner, budgets.rows, MAX_BUDGETS);
    const over = budgets.indices.filter((_, i) =>
      leftOut.includes(`${budgets.rows[i]?.category} ${budgets.rows[i]?.currency}`),
    );
    const reason = `at most ${MAX_BUDGETS} budgets per person: delete one to import this one`;
    const refused = [...budgets.refused, ...over.map((index) => ({ index, reason }))];
    report.budgets = { ...counts, refused: refused.sort((a, b) => a.index - b.index) };
  }
  if (file.recurring) {
    const rules = validRows(ExportedRuleSchema, file.recurring);
    const sortedRules = await sortSharedRules(store.households, owner, rules, file.households);
    const clamped = sortedRules.rows.map((rule) => ({ ...rule, nextDate: importedNextDate(rule, now) }));
    report.recurring = {
      ...(await store.recurring.import(owner, clamped)),
      refused: [...rules.refused, ...sortedRules.refused].sort((a, b) => a.index - b.index),
    };
    if (sortedRules.shared) report.sharedRules = sortedRules.shared;
  }
  if (file.learnedWords) report.learned = await importLearned(store.learning, owner, file.learnedWords);
  return report;
}

/**
 * An imported rule's next date is at the earliest this month's occurrence, in the rule's zone: a
 * restore makes the month it missed at most, as a new rule would, never years of expenses from a
 * file's past date (1970-01-01 for a thousand rules was 24,000 expenses).
 */
function importedNextDate(
  rule: { nextDate: string; dayOfMonth: number; timezone: string },
  now: Date,
): string {
  const floor = occurrenceDate(localDate(now, rule.timezone).slice(0, 7), rule.dayOfMonth);
  // ISO dates compare as strings (no Math.max for them).
  if (rule.nextDate >= floor) return rule.nextDate;
  return floor;
}

/** Learned words (older files have none): each valid one is remembered under its normalised key. */
async function importLearned(
  learning: Store['learning'],
  owner: Owner,
  input: readonly unknown[],
): Promise<number> {
  let learned = 0;
  for (const row of input.slice(0, MAX_LEARNED)) {
    const word = v.safeParse(LearnedWordSchema, row);
    const phrase = word.success ? memoryKey(word.output.phrase) : '';
    if (!word.success || phrase === '') continue;
    await learning.remember(owner, { phrase, category: word.output.category });
    learned++;
  }
  return learned;
}

export type Importer = (
  owner: Owner,
  file: ImportSections,
) => Promise<{ kind: 'imported'; report: ImportReport } | Refusal<'payload_too_large' | 'rate_limited'>>;

/**
 * Imports a file, at most `maxConcurrent` at once in this process (each holds one connection at a
 * time); imported expenses of this month can take a budget over a threshold.
 */
export function createImporter(
  deps: {
    store: ImportStore;
    watch: SpendingWatch;
    now?: () => Date;
  },
  maxConcurrent = 2,
): Importer {
  let running = 0;
  return async (owner, file) => {
    if (file.expenses.length > MAX_IMPORT_ROWS)
      return refused(
        'payload_too_large',
        `An import holds at most ${MAX_IMPORT_ROWS} expenses; this one has ${file.expenses.length}. Split it.`,
      );
    if (
      (file.budgets?.length ?? 0) > MAX_IMPORT_SETTINGS ||
      (file.recurring?.length ?? 0) > MAX_IMPORT_SETTINGS ||
      (file.households?.length ?? 0) > MAX_IMPORT_SETTINGS ||
      (file.householdBudgets?.length ?? 0) > MAX_IMPORT_SETTINGS ||
      (file.settlements?.length ?? 0) > MAX_IMPORT_ROWS
    )
      return refused(
        'payload_too_large',
        `An import holds at most ${MAX_IMPORT_SETTINGS} budgets, households' budgets, recurring rules and households, and ${MAX_IMPORT_ROWS} repayments.`,
      );
    if (running >= maxConcurrent)
      return refused('rate_limited', 'Other imports are running; try again in a few seconds.', 10);
    running++;
    try {
      const report = await importFile(deps.store, owner, file, deps.now?.() ?? new Date());
      if (report.imported > 0) deps.watch.changed(owner);
      return { kind: 'imported', report };
    } finally {
      running--;
    }
  };
}
