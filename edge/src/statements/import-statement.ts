/**
 * Importing a statement: read the file, give each line its identity and suggested category, store
 * the new lines and match them with the expenses, all in one transaction. Returns what happened as
 * data; only the route turns it into a status.
 */
import {
  type CsvMapping,
  labelCategory,
  MAX_STATEMENT_BYTES,
  MAX_STATEMENT_LINES,
  matchLines,
  type RefusedLine,
  type StatementFormat,
  type StatementImport,
} from '@voicetrack/shared';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import type { LearningStore, Owner, StatementStore } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import { lineIdentities } from './line-identity.ts';
import { parseStatement } from './parse/parse-statement.ts';

export interface ImportDeps {
  statements: StatementStore;
  learning: Pick<LearningStore, 'list'>;
  /** QIF and CSV files without a currency column are in this one. */
  defaultCurrency: string;
  /** New debits can take a budget over a threshold (alerts are checked after the answer). */
  watch?: SpendingWatch;
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
  | Refusal<
      | 'validation_failed'
      | 'payload_too_large'
      | 'csv_mapping_required'
      | 'statement_unsafe'
      | 'statement_unreadable'
    >;

const MAPPING_REQUIRED =
  'The columns of this CSV file are not ones we know: say which column is the date, the label and the amount (or debit and credit), and send it again with `mapping`.';

/** The refused lines as the API's details (the first 20: the answer's `refused` has them all). */
const lineDetails = (lines: readonly RefusedLine[]) =>
  lines.slice(0, 20).map((r) => ({ path: `line ${r.line}`, message: r.reason }));

const tooLong = (count: number) =>
  refused(
    'payload_too_large',
    `A statement may hold at most ${MAX_STATEMENT_LINES} lines; this one has ${count}: send it in parts (a year at a time).`,
  );

export async function importStatement(
  deps: ImportDeps,
  owner: Owner,
  request: ImportRequest,
): Promise<ImportOutcome> {
  if (request.bytes.byteLength > MAX_STATEMENT_BYTES)
    return refused(
      'payload_too_large',
      `A statement must be at most ${Math.round(MAX_STATEMENT_BYTES / 1024 / 1024)} MB.`,
    );
  if (request.bytes.byteLength === 0) return refused('validation_failed', 'The statement file is empty.');
  const account = request.account ?? '';
  const remembered = request.mapping ? null : await deps.statements.mapping(owner, account);
  const outcome = parseStatement(request.bytes, deps.defaultCurrency, {
    format: request.format,
    mapping: request.mapping,
    rememberedMapping: remembered,
  });
  if (outcome.kind === 'mapping_required')
    return { ...refused('csv_mapping_required', MAPPING_REQUIRED), csv: outcome.preview };
  if (outcome.kind === 'unsafe') return refused('statement_unsafe', outcome.message);
  if (outcome.kind === 'unreadable') return refused('statement_unreadable', outcome.message);
  // Each line is stored and matched in one transaction: a file of a million short lines (under
  // 20 MB) would hold the database for minutes. A CSV's are counted before they are read.
  if (outcome.kind === 'too_long') return tooLong(outcome.count);
  const { statement } = outcome;
  const count = statement.lines.length + statement.refused.length;
  if (count > MAX_STATEMENT_LINES) return tooLong(count);
  if (statement.lines.length === 0)
    return {
      ...refused('statement_unreadable', 'No line of this statement could be read.'),
      ...(statement.refused.length > 0 ? { details: lineDetails(statement.refused) } : {}),
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
  if (imported.inserted.debits > 0) deps.watch?.changed(owner);
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
