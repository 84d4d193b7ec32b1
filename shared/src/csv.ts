/**
 * CSV of expenses that opens right in Excel: with French settings (excel-fr: UTF-8 BOM, `;`,
 * decimal comma) or the standard way (`,` and `.`). Pure, so the PWA can export offline too.
 */
import type { Expense } from './api.ts';

export type CsvFormat = 'excel-fr' | 'standard';

export const CSV_COLUMNS = [
  'date',
  'amount',
  'currency',
  'category',
  'description',
  'status',
  'source',
  'transcript',
  'id',
  'client_id',
  'created_at',
] as const;

/**
 * Excel and LibreOffice run cells starting with these as formulas (CSV injection), fullwidth
 * forms included (＝＋－＠, which some importers fold to ASCII).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * What a spreadsheet may skip before it sees the `=`: spaces (NBSP too), zero-width and bidi
 * format characters, the BOM and other control characters.
 */
const INVISIBLE_LEAD =
  /^[\s\u00A0\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/;

export function csvCell(value: string, separator: string): string {
  // A leading apostrophe makes the spreadsheet show the text instead of evaluating it.
  const visible = value.replace(INVISIBLE_LEAD, '');
  const formula = FORMULA_START.test(value) || (visible !== value && FORMULA_START.test(visible));
  const safe = formula ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvHeader(format: CsvFormat): string {
  const sep = format === 'excel-fr' ? ';' : ',';
  return `${format === 'excel-fr' ? '\uFEFF' : ''}${CSV_COLUMNS.join(sep)}\r\n`;
}

export function csvRow(e: Expense, format: CsvFormat): string {
  const sep = format === 'excel-fr' ? ';' : ',';
  const amount = e.amount === null ? '' : format === 'excel-fr' ? e.amount.replace('.', ',') : e.amount;
  const cells = [
    e.date,
    amount,
    e.currency,
    e.category,
    e.description,
    e.status,
    e.source,
    e.transcript ?? '',
    e.id,
    e.clientId,
    e.createdAt,
  ];
  // The amount is written as it is (a number cell); every text cell is escaped.
  return `${cells.map((c, i) => (i === 1 ? c : csvCell(c, sep))).join(sep)}\r\n`;
}
