import type { CsvMapping, CsvPreview, RefusedLine, StatementFormat } from '@voicetrack/shared';
import type { BankMovement } from '../../ports.ts';

/** One bank line as a file states it, checked (real date, ISO 4217 currency, an amount). */
export interface ParsedLine extends BankMovement {
  /** 1-based line of the file where the entry starts: what a refusal or a person points at. */
  line: number;
  /** The account's number in the file (IBAN, ACCTID), when it says. */
  accountNumber: string | null;
  /**
   * The bank's own identity of the entry, in order of preference: OFX FITID, CAMT AcctSvcrRef then
   * NtryRef. null: the line is known by its content and its rank among identical lines.
   */
  bankRef: string | null;
}

export interface ParsedStatement {
  format: StatementFormat;
  lines: ParsedLine[];
  refused: RefusedLine[];
}

export type ParseOutcome =
  | { kind: 'parsed'; statement: ParsedStatement }
  | { kind: 'mapping_required'; preview: CsvPreview }
  | { kind: 'unsafe'; message: string }
  | { kind: 'unreadable'; message: string }
  /** More lines than a statement may hold (MAX_STATEMENT_LINES): counted, none of them read. */
  | { kind: 'too_long'; count: number };

export interface ParseOptions {
  format?: StatementFormat | undefined;
  mapping?: CsvMapping | undefined;
  /** A mapping remembered for this account, tried when the columns are not recognised. */
  rememberedMapping?: CsvMapping | null | undefined;
}
