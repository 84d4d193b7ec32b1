/**
 * Importing a statement: read the file, give each line its identity and suggested category, store
 * the new lines and match them with the expenses, all in one transaction. Returns what happened as
 * data; only the route turns it into a status.
 */
import {
  type CsvMapping,
  type CsvPreview,
  labelCategory,
  matchLines,
  type RefusedLine,
  type StatementFormat,
  type StatementImport,
} from '@voicetrack/shared';
import type { LearningStore, Owner, StatementStore } from '../ports.ts';
import { lineIdentities } from './line-identity.ts';
import { parseStatement } from './parse/parse-statement.ts';

export interface ImportDeps {
  statements: StatementStore;
  learning: Pick<LearningStore, 'list'>;
  /** QIF and CSV files without a currency column are in this one. */
  defaultCurrency: string;
}

export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string | null;
  account?: string | undefined;
  format?: StatementFormat | undefined;
  mapping?: CsvMapping | undefined;
}

export type ImportOutcome =
  | { kind: 'imported'; result: StatementImport }
  | { kind: 'mapping_required'; preview: CsvPreview }
  | {
      kind: 'refused';
      code: 'statement_unsafe' | 'statement_unreadable';
      message: string;
      refused?: RefusedLine[];
    };

export async function importStatement(
  deps: ImportDeps,
  owner: Owner,
  request: ImportRequest,
): Promise<ImportOutcome> {
  const account = request.account ?? '';
  const remembered = request.mapping ? null : await deps.statements.mapping(owner, account);
  const outcome = parseStatement(request.bytes, deps.defaultCurrency, {
    format: request.format,
    mapping: request.mapping,
    rememberedMapping: remembered,
  });
  if (outcome.kind === 'mapping_required') return outcome;
  if (outcome.kind === 'unsafe')
    return { kind: 'refused', code: 'statement_unsafe', message: outcome.message };
  if (outcome.kind === 'unreadable')
    return { kind: 'refused', code: 'statement_unreadable', message: outcome.message };
  const { statement } = outcome;
  if (statement.lines.length === 0)
    return {
      kind: 'refused',
      code: 'statement_unreadable',
      message: 'No line of this statement could be read.',
      refused: statement.refused,
    };

  const memory = await deps.learning.list(owner);
  const identities = lineIdentities(statement.lines, account);
  const accountNumber = statement.lines.find((l) => l.accountNumber !== null)?.accountNumber ?? null;
  const imported = await deps.statements.import(
    owner,
    {
      format: statement.format,
      account,
      accountNumber,
      fileName: request.fileName,
      refused: statement.refused,
    },
    statement.lines.map((l, i) => ({
      identity: identities[i] ?? '',
      fileLine: l.line,
      direction: l.direction,
      withdrawal: l.withdrawal,
      date: l.date,
      valueDate: l.valueDate,
      cents: l.cents,
      currency: l.currency,
      originalCents: l.originalCents,
      originalCurrency: l.originalCurrency,
      label: l.label,
      category: labelCategory(l.label, memory) ?? 'other',
    })),
    matchLines,
  );
  // A mapping that read the file is this account's from now on.
  if (request.mapping && statement.format === 'csv')
    await deps.statements.rememberMapping(owner, account, request.mapping);
  return {
    kind: 'imported',
    result: {
      statementId: imported.statementId,
      format: statement.format,
      lines: statement.lines.length,
      debits: imported.inserted.debits,
      credits: imported.inserted.credits,
      matched: imported.rematch.matched,
      suggested: imported.rematch.open,
      duplicates: imported.duplicates,
      refused: statement.refused,
    },
  };
}
