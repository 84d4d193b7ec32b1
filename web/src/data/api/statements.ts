/**
 * The API client's bank statements: import, the month's reconciliation, a suggestion accepted,
 * paired with an expense or ignored (and each undone). Built from the client's routes by the screens that use it, so its
 * schemas load with the month, not with the first screen.
 */
import {
  type AcceptSuggestion,
  type CsvMapping,
  type Expense,
  ExpenseSchema,
  type Reconciliation,
  ReconciliationSchema,
  type StatementImport,
  StatementImportSchema,
} from '@voicetrack/shared';
import { type Answer, okValue, readAnswer } from './answer.ts';
import type { ApiRoutes } from './routes.ts';

export type StatementsApi = ReturnType<typeof statementsApi>;

export function statementsApi(client: ApiRoutes) {
  return {
    /** POST /api/statements: the file, the account's name, and a CSV mapping when one was asked for. */
    importStatement(file: File, account: string, mapping?: CsvMapping): Promise<Answer<StatementImport>> {
      return readAnswer(
        () =>
          client.statements.$post({
            form: {
              file,
              ...(account ? { account } : {}),
              ...(mapping ? { mapping: JSON.stringify(mapping) } : {}),
            },
          }),
        StatementImportSchema,
      );
    },

    /** The month's reconciliation, or null when the server could not be read. */
    async reconciliation(month: string): Promise<Reconciliation | null> {
      return okValue(
        await readAnswer(() => client.reconciliation.$get({ query: { month } }), ReconciliationSchema),
      );
    },

    acceptSuggestion(id: string, body: AcceptSuggestion = {}): Promise<Answer<Expense>> {
      return readAnswer(
        () => client.reconciliation.suggestions[':id'].accept.$post({ param: { id }, json: body }),
        ExpenseSchema,
      );
    },

    /** Undoes an accept: the expense the line made goes, the line is a suggestion again. */
    deleteExpense(id: string): Promise<Answer<null>> {
      return readAnswer(() => client.expenses[':id'].$delete({ param: { id } }), null);
    },

    /**
     * Pairs the bank line with one of the person's expenses (one of its candidates, or one said at
     * another amount with `keepBankAmount`: it takes the bank's, and the undo gives it back).
     */
    pairSuggestion(id: string, expenseId: string, keepBankAmount = false): Promise<Answer<Expense>> {
      return readAnswer(
        () =>
          client.reconciliation.suggestions[':id'].pair.$post({
            param: { id },
            json: keepBankAmount ? { expenseId, keepBankAmount } : { expenseId },
          }),
        ExpenseSchema,
      );
    },

    /** Undoes a pairing: the line is a suggestion again, the expense unpaired, with the amount it said. */
    unpairSuggestion(id: string): Promise<Answer<null>> {
      return readAnswer(() => client.reconciliation.suggestions[':id'].pair.$delete({ param: { id } }), null);
    },

    ignoreSuggestion(id: string): Promise<Answer<null>> {
      return readAnswer(() => client.reconciliation.suggestions[':id'].ignore.$post({ param: { id } }), null);
    },

    /** Undoes an ignore: the line is a suggestion again. */
    unignoreSuggestion(id: string): Promise<Answer<null>> {
      return readAnswer(
        () => client.reconciliation.suggestions[':id'].ignore.$delete({ param: { id } }),
        null,
      );
    },
  };
}
