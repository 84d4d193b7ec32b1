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
} from '@voicetrack/shared';
import * as v from 'valibot';
import type { Owner, Store } from '../ports.ts';

export interface ImportSections {
  expenses: readonly unknown[];
  budgets?: readonly unknown[] | undefined;
  recurring?: readonly unknown[] | undefined;
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
  store: Pick<Store, 'expenses' | 'budgets' | 'recurring'>,
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
  return report;
}
