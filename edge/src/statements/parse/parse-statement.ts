/**
 * One entry to read a statement file: its bytes decoded, its format taken from the content (or
 * the one the person named), its lines read and checked one by one.
 */
import { isCamt053, parseCamt053 } from './camt053.ts';
import { parseCsv } from './csv.ts';
import { decodeStatement } from './decode.ts';
import { isOfx, parseOfx } from './ofx.ts';
import { isQif, parseQif } from './qif.ts';
import type { ParseOptions, ParseOutcome } from './types.ts';

export function parseStatement(
  bytes: Uint8Array,
  currency: string,
  options: ParseOptions = {},
): ParseOutcome {
  const text = decodeStatement(bytes);
  const head = text.slice(0, 4096);
  const format =
    options.format ?? (isOfx(head) ? 'ofx' : isCamt053(head) ? 'camt053' : isQif(head) ? 'qif' : 'csv');
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
