/**
 * One entry to read a statement file: its bytes decoded, its format taken from the content (or
 * the one the person named), its lines read and checked one by one.
 */
import { MAX_STATEMENT_LINES, type StatementFormat } from '@voicetrack/shared';
import { CAMT_ENTRY, isCamt053, parseCamt053 } from './camt053.ts';
import { parseCsv } from './csv.ts';
import { decodeStatement } from './decode.ts';
import { isOfx, OFX_ENTRY, parseOfx } from './ofx.ts';
import { isQif, parseQif } from './qif.ts';
import type { ParsedStatement, ParseOptions, ParseOutcome } from './types.ts';
import { countOf } from './values.ts';

/** What a bank line keeps (supabase/migrations: bank_lines.label, bank_statements.account_number). */
export const MAX_LABEL = 1000;
export const MAX_ACCOUNT_NUMBER = 80;

export function parseStatement(
  bytes: Uint8Array,
  currency: string,
  options: ParseOptions = {},
): ParseOutcome {
  const outcome = readFormat(bytes, currency, options);
  return outcome.kind === 'parsed' ? keepable(outcome.statement) : outcome;
}

/**
 * A file's lines within what the database keeps: before, one label past 1,000 characters (a hostile
 * file's: a bank writes a few dozen) refused the whole file with « The database refused a value ».
 * Such a line is refused alone, with its line number; an account number past 80 characters (an
 * IBAN has 34) is no account number.
 */
function keepable(statement: ParsedStatement): ParseOutcome & { kind: 'parsed' } {
  const refused = [...statement.refused];
  const lines = statement.lines.flatMap((l) => {
    if (l.label.length <= MAX_LABEL)
      return [
        l.accountNumber !== null && l.accountNumber.length > MAX_ACCOUNT_NUMBER
          ? { ...l, accountNumber: null }
          : l,
      ];
    refused.push({ line: l.line, reason: `a label of ${l.label.length} characters (at most ${MAX_LABEL})` });
    return [];
  });
  refused.sort((a, b) => a.line - b.line);
  return { kind: 'parsed', statement: { ...statement, lines, refused } };
}

function readFormat(bytes: Uint8Array, currency: string, options: ParseOptions): ParseOutcome {
  const text = decodeStatement(bytes);
  const head = text.slice(0, 4096);
  const format =
    options.format ?? (isOfx(head) ? 'ofx' : isCamt053(head) ? 'camt053' : isQif(head) ? 'qif' : 'csv');
  const count = entriesCounted(text, format);
  if (count > MAX_STATEMENT_LINES) return { kind: 'too_long', count };
  switch (format) {
    case 'camt053':
      return parseCamt053(text);
    case 'ofx':
      return parseOfx(text);
    case 'qif':
      return parseQif(text, currency);
    case 'csv':
      return parseCsv(text, currency, options);
  }
}

/**
 * Where each entry of a file starts, by format (a CSV counts its own rows as it reads them): the
 * readers' own patterns. An 18 MB OFX of 180,000 entries took 4.6 s of the server's one thread to
 * read whole before its refusal for its length; counted first, it is refused in a few
 * milliseconds. The count is an upper bound of the lines the reader would give (each entry is one
 * line, read or refused).
 */
const ENTRY_STARTS: Partial<Record<StatementFormat, RegExp>> = {
  ofx: OFX_ENTRY,
  camt053: CAMT_ENTRY,
  qif: /^\^/m,
};

const entriesCounted = (text: string, format: StatementFormat): number => {
  const starts = ENTRY_STARTS[format];
  return starts ? countOf(text, starts) : 0;
};
