import { addDays } from '../../dates.ts';
import { MONTHS as SAID_MONTHS } from '../date-words.ts';
import type { OcrLine } from './ocr-line.ts';

/**
 * The date printed on a ticket, whatever its format: 16/09/2025, 16/09/25, 16.09.2025,
 * 2025-09-16, 16 sept. 2025, 16SEP25, Sep 16, 2025, September 16 2025, 09/16/2025 (US). A day
 * and month that could be either way round are read as the country writes them (month first for
 * dollars and en-US), unless that day is in the future or impossible and the other is not. The
 * date beside a time is the sale's; a date on a line about a voucher or a return ("valable
 * jusqu'au", "return by") is not.
 */

/**
 * The months a ticket prints: the names and short forms a person says (date-words.ts), and the
 * tickets' own « fev », « aou », « sept » and OCR's « fevier ».
 */
const MONTHS: Record<string, number> = Object.fromEntries([
  ...SAID_MONTHS,
  ['fev', 2],
  ['fevier', 2],
  ['aou', 8],
  ['sept', 9],
]);
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// A digit as OCR may print it.
const N = '[0-9OoIl|]';
const NUMERIC = new RegExp(
  `(?<![\\d])(${N}{1,2})\\s?([/.-])\\s?(${N}{1,2})\\s?\\2\\s?(${N}{4}|${N}{2})(?![\\d])`,
  'g',
);
const ISO = new RegExp(`(?<![\\d])(${N}{4})\\s?([/.-])\\s?(${N}{1,2})\\s?\\2\\s?(${N}{1,2})(?![\\d])`, 'g');
const DAY_MONTH = new RegExp(
  `(?<![\\d])(${N}{1,2})(?:er)?[\\s.-]*(${MONTH})\\.?[\\s.,-]*(${N}{4}|${N}{2})(?![\\d])`,
  'g',
);
const MONTH_DAY = new RegExp(
  `(?<![a-z])(${MONTH})\\.?[\\s.-]*(${N}{1,2})(?:st|nd|rd|th)?[\\s,.-]+(${N}{4}|${N}{2})(?![\\d])`,
  'g',
);
const TIME = /(?<!\d)\d{1,2}\s?[:h]\s?\d{2}(?!\d)/;
const NOT_THE_SALE =
  /valable|jusqu|expire|\bexp\b|valid|until|avant le|retour|return|echeance|\bdlc\b|\bdluo\b|offre|prochain|next visit|use by|best before/;

const digits = (s: string): number => Number(s.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1'));
const iso = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
};
const fullYear = (y: number): number => (y < 100 ? 2000 + y : y);

export interface DateOptions {
  /** Today in the person's zone (YYYY-MM-DD): a ticket is never from the future. */
  today: string;
  /** Month first for 03/12/2026: dollars or an en-US locale. */
  monthFirst: boolean;
}

interface Found {
  date: string;
  score: number;
  line: number;
}

/** Readings of a date in one line, each with a score: higher is likelier the sale's date. */
function datesInLine(line: OcrLine, opts: DateOptions): Found[] {
  const text = line.text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const bonus =
    (TIME.test(text) ? 2 : 0) + (/\b(le|date|on)\b/.test(text) ? 0.5 : 0) - (NOT_THE_SALE.test(text) ? 5 : 0);
  const out: Found[] = [];
  const push = (date: string | null, score: number): void => {
    if (!date || date > addDays(opts.today, 1) || date < addDays(opts.today, -3 * 366)) return;
    out.push({ date, score: score + bonus, line: line.index });
  };
  for (const m of text.matchAll(NUMERIC)) {
    const a = digits(m[1] ?? '');
    const b = digits(m[3] ?? '');
    const y = fullYear(digits(m[4] ?? ''));
    const dayFirst = iso(y, b, a);
    const monthFirst = iso(y, a, b);
    const [likely, other] = opts.monthFirst ? [monthFirst, dayFirst] : [dayFirst, monthFirst];
    const ok = (d: string | null): d is string => d !== null && d <= addDays(opts.today, 1);
    push(ok(likely) ? likely : ok(other) ? other : null, 1);
  }
  for (const m of text.matchAll(ISO))
    push(iso(digits(m[1] ?? ''), digits(m[3] ?? ''), digits(m[4] ?? '')), 1);
  for (const m of text.matchAll(DAY_MONTH)) {
    push(iso(fullYear(digits(m[3] ?? '')), MONTHS[m[2] ?? ''] ?? 0, digits(m[1] ?? '')), 1.5);
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    push(iso(fullYear(digits(m[3] ?? '')), MONTHS[m[1] ?? ''] ?? 0, digits(m[2] ?? '')), 1.5);
  }
  return out;
}

/** The sale's date (YYYY-MM-DD), or null when the ticket prints none that can be it. */
export function findDate(lines: readonly OcrLine[], opts: DateOptions): string | null {
  let best: Found | null = null;
  for (const line of lines) {
    for (const found of datesInLine(line, opts)) {
      if (found.score > 0 && (!best || found.score > best.score)) best = found;
    }
  }
  return best?.date ?? null;
}
