/**
 * Which column of a bank CSV says each line's currency: read by the server's CSV reader from the
 * header, and guessed by the page's CSV mapping form from the header and the first rows. A file
 * with no such column keeps the account's currency.
 */
import { isIso4217 } from '../currencies.ts';
import { normWord } from '../parse/tokenize.ts';

/** "Devise", « Monnaie », "Currency", "CCY", "Währung", "Moneda", "Divisa" (not « Devise d'origine »). */
export const CURRENCY_HEADER =
  /^(?:devise|monnaie|currency|currency code|ccy|cur|curr|waehrung|wahrung|moneda|divisa)$/;

/** "Montant(EUROS)" → "montant euros", "Date de l'opération" → "date de l operation". */
export function headerKey(cell: string): string {
  return normWord(cell)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every filled cell an ISO 4217 code ("USD", " eur "), and at least one filled. */
function allCodes(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim().toUpperCase()).filter(Boolean);
  return filled.length > 0 && filled.every(isIso4217);
}

/**
 * The index of the currency column among `columns`, or null: the first whose header names a
 * currency (and whose cells, if any, are codes), else the only one whose every filled cell is an
 * ISO 4217 code. `rows` are the first rows under the header.
 */
export function guessCurrencyColumn(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): number | null {
  const cellsOf = (i: number) => rows.map((r) => r[i] ?? '');
  const named = columns.findIndex((c, i) => {
    if (!CURRENCY_HEADER.test(headerKey(c))) return false;
    const cells = cellsOf(i).filter((s) => s.trim() !== '');
    return cells.length === 0 || allCodes(cells);
  });
  if (named >= 0) return named;
  const coded = columns.map((_, i) => i).filter((i) => allCodes(cellsOf(i)));
  return coded.length === 1 ? (coded[0] ?? null) : null;
}
