/**
 * CSV of expenses that opens right in Excel: with French settings (excel-fr: UTF-8 BOM, `;`,
 * French headers and words, dates as JJ/MM/AAAA, decimal comma) or the standard way (`,` and
 * `.`, keys and ISO dates, for programs). Pure, so the PWA can export offline too.
 */
import type { Expense } from './api.ts';
import { CATEGORY_LABELS } from './category-labels.ts';

export type CsvFormat = 'excel-fr' | 'standard';

/** The standard export's header: the API's own names. */
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
  'reimbursable',
  // Appended (households): the order of the columns above never changes.
  'household',
  'paid_by',
  'your_share',
] as const;

/**
 * The French export's header: CSV_COLUMNS for a person reading a spreadsheet, without the note's
 * internal id (client_id), a UUID that meant nothing under « Note »; « Identifiant » stays, the
 * one reference to the expense (as in the JSON export).
 */
export const CSV_COLUMNS_FR = [
  'Date',
  'Montant',
  'Devise',
  'Catégorie',
  'Description',
  'Statut',
  'Source',
  'Transcription',
  'Identifiant',
  'Créé le',
  'Remboursable',
  // Appended (households): the order of the columns above never changes.
  'Foyer',
  'Payé par',
  'Votre part',
] as const;

/** Where "Créé le" is read when the request names no time zone. */
export const CSV_DEFAULT_TIME_ZONE = 'Europe/Paris';

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
  // Stryker disable next-line ConditionalExpression: when nothing invisible leads, `visible` is `value`, tested just before
  const formula = FORMULA_START.test(value) || (visible !== value && FORMULA_START.test(visible));
  const safe = formula ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvHeader(format: CsvFormat): string {
  return format === 'excel-fr' ? `\uFEFF${CSV_COLUMNS_FR.join(';')}\r\n` : `${CSV_COLUMNS.join(',')}\r\n`;
}

export interface CsvOptions {
  /** IANA zone in which "Créé le" is written (excel-fr); default Europe/Paris. */
  timeZone?: string;
  /**
   * A household's bill: its household's name, who paid (a name), and the asker's part of it as a
   * decimal string (null when the asker is no member of it). A personal expense leaves them empty.
   */
  shared?: CsvSharedCells;
}

export interface CsvSharedCells {
  household: string;
  paidBy: string;
  share: string | null;
}

function statusFr(e: Expense): string {
  if (e.status === 'saved') return 'Enregistrée';
  // As the app says it: waiting for the person's OK (confirm first), or unsure.
  return e.reviewReason === 'awaiting_confirmation' ? 'À confirmer' : 'À vérifier';
}

const SOURCE_FR: Record<Expense['source'], string> = {
  voice: 'Voix',
  text: 'Saisie',
  recurring: 'Récurrente',
  bank: 'Banque',
  receipt: 'Ticket',
};

/** 2026-11-24 → 24/11/2026: French Excel reads it as a date. */
export function frenchDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO instant as JJ/MM/AAAA HH:MM in a time zone (French Excel reads it as a date and time). */
export function frenchDateTime(instant: string, timeZone: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  let format = dateTimeFormats.get(timeZone);
  // Stryker disable next-line ConditionalExpression: the formats are kept for speed only; a new one writes the same
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  // Stryker disable next-line OptionalChaining,StringLiteral: formatToParts always gives these five parts
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** The appended household cells: empty for a personal expense. */
function sharedCells(shared: CsvSharedCells | undefined, fr: boolean): string[] {
  if (!shared) return ['', '', ''];
  const share = shared.share === null ? '' : fr ? shared.share.replace('.', ',') : shared.share;
  return [shared.household, shared.paidBy, share];
}

function cellsFr(e: Expense, timeZone: string): string[] {
  return [
    frenchDate(e.date),
    e.amount === null ? '' : e.amount.replace('.', ','),
    e.currency,
    CATEGORY_LABELS.fr[e.category],
    e.description,
    statusFr(e),
    SOURCE_FR[e.source],
    e.transcript ?? '',
    e.id,
    frenchDateTime(e.createdAt, timeZone),
    e.reimbursable ? 'Oui' : '',
  ];
}

function cellsStandard(e: Expense): string[] {
  return [
    e.date,
    e.amount ?? '',
    e.currency,
    e.category,
    e.description,
    e.status,
    e.source,
    e.transcript ?? '',
    e.id,
    e.clientId,
    e.createdAt,
    e.reimbursable ? 'true' : 'false',
  ];
}

export function csvRow(e: Expense, format: CsvFormat, options: CsvOptions = {}): string {
  const fr = format === 'excel-fr';
  const sep = fr ? ';' : ',';
  const cells = [
    ...(fr ? cellsFr(e, options.timeZone ?? CSV_DEFAULT_TIME_ZONE) : cellsStandard(e)),
    ...sharedCells(options.shared, fr),
  ];
  // The amount is written as it is (a number cell); every text cell is escaped.
  // Stryker disable next-line ConditionalExpression: an amount (digits and one separator) is never changed by csvCell
  return `${cells.map((c, i) => (i === 1 ? c : csvCell(c, sep))).join(sep)}\r\n`;
}

/**
 * The file's name, different for the two exports: "dépenses-2026-11-01-2026-11-30.csv" for
 * Excel in French, "expenses-2026-11-01-2026-11-30.csv" for the standard one.
 */
export function csvFileName(
  format: CsvFormat,
  range: { from?: string | undefined; to?: string | undefined },
): string {
  return format === 'excel-fr'
    ? `dépenses-${range.from ?? 'début'}-${range.to ?? 'fin'}.csv`
    : `expenses-${range.from ?? 'start'}-${range.to ?? 'end'}.csv`;
}
