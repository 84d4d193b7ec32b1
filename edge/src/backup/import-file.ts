/**
 * Importing a JSON export (POST /api/import): each section's rows are validated one by one with
 * their shared schema, the good ones imported (what exists is a duplicate, never an error), the bad
 * ones reported by index. Version 1 files hold expenses only; version 2 adds budgets and rules.
 */
import {
  ExportedBudgetSchema,
  type ExportedExpense,
  ExportedExpenseSchema,
  ExportedRuleSchema,
  type ImportCounts,
  type ImportReport,
  LearnedWordSchema,
  MAX_LEARNED,
  memoryKey,
} from '@voicetrack/shared';
import * as v from 'valibot';
import type { Owner, Store } from '../ports.ts';

export interface ImportSections {
  expenses: readonly unknown[];
  budgets?: readonly unknown[] | undefined;
  recurring?: readonly unknown[] | undefined;
  learnedWords?: readonly unknown[] | undefined;
}

function validRows<S extends v.GenericSchema>(schema: S, input: readonly unknown[]) {
  const rows: v.InferOutput<S>[] = [];
  const refused: ImportCounts['refused'] = [];
  input.forEach((row, index) => {
    const result = v.safeParse(schema, row);
    if (result.success) rows.push(result.output);
    else {
      const issue = result.issues[0];
      const path = issue ? v.getDotPath(issue) : null;
      refused.push({ index, reason: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid row'}` });
    }
  });
  return { rows, refused };
}

export async function importFile(
  store: Pick<Store, 'expenses' | 'budgets' | 'recurring' | 'learning'>,
  owner: Owner,
  file: ImportSections,
): Promise<ImportReport> {
  const expenses = validRows(ExportedExpenseSchema, file.expenses);
  const report: ImportReport = {
    ...(await store.expenses.import(owner, expenses.rows as ExportedExpense[])),
    refused: expenses.refused,
  };
  if (file.budgets) {
    const budgets = validRows(ExportedBudgetSchema, file.budgets);
    report.budgets = { ...(await store.budgets.import(owner, budgets.rows)), refused: budgets.refused };
  }
  if (file.recurring) {
    const rules = validRows(ExportedRuleSchema, file.recurring);
    report.recurring = { ...(await store.recurring.import(owner, rules.rows)), refused: rules.refused };
  }
  if (file.learnedWords) report.learned = await importLearned(store.learning, owner, file.learnedWords);
  return report;
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
