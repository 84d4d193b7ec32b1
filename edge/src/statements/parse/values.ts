/**
 * The values every format shares, checked one by one: a line with a wrong currency code, an
 * impossible date or no readable amount is refused alone, with its line number.
 */
import { type DateOrder, dateParts, isIsoDate, MAX_CENTS } from '@voicetrack/shared';

let currencies: Set<string> | null = null;
/** ISO 4217 codes as the runtime's ICU knows them ("EURO" and "XYZ" are not). */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

/**
 * "-1 234,56", "1,234.56", "(12.50)", "12.50-", "+3,20 €", "1'234.50" → signed cents; null when it
 * is not an amount of money (more than two decimals, letters, nothing).
 */
export function parseAmount(text: string): number | null {
  let s = text
    .trim()
    .replace(/[€$£]|\b[A-Z]{3}\b/g, '')
    .replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  } else if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const last = Math.max(lastDot, lastComma);
  let units = s;
  let fraction = '';
  if (last >= 0) {
    const tail = s.slice(last + 1);
    const separator = s.charAt(last);
    const other = separator === '.' ? ',' : '.';
    // One kind of separator followed by three digits is a thousands separator ("1,234"); money
    // never has three decimals.
    const thousands = tail.length === 3 && !s.includes(other) && /^[1-9]\d{0,2}[.,]/.test(s);
    if (!thousands) {
      if (tail.length === 0 || tail.length > 2) return null;
      fraction = tail;
      units = s.slice(0, last);
    }
  }
  units = units.replace(/[.,]/g, '');
  if (!/^\d+$/.test(units) || units.length > 9) return null;
  const cents = Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return null;
  return negative ? -cents : cents;
}

/**
 * YYYY-MM-DD when the parts name a real day, else null. A year written with one or two digits is
 * 20xx; one written with four is read as it is (before, « 0001 » was taken for 2001).
 */
export function isoDate(year: number, month: number, day: number, yearDigits = 2): string | null {
  const y = year < 100 && yearDigits <= 2 ? 2000 + year : year;
  const date = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

/** The date in `order` (a first number over 31 is a year whatever the order), or null. */
export function readDate(text: string, order: DateOrder): string | null {
  const p = dateParts(text);
  if (!p) return null;
  const [a, b, c] = p;
  // How many digits each part was written with (dateParts' groups, split the same way).
  const [first = '', , last = ''] = text.trim().split(/\D+/);
  if (order === 'ymd' || a > 31) return isoDate(a, b, c, first.length);
  return order === 'dmy' ? isoDate(c, b, a, last.length) : isoDate(c, a, b, last.length);
}

/** "20261130", "20261130120000.000[-5:EST]" → "2026-11-30" (the bank's own day, as written). */
export function readCompactDate(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(text.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3]), 4) : null;
}

/** 1-based line numbers of each start of `pattern` in `text`, in order. */
const everywhere = (pattern: RegExp) =>
  new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);

/** How many times `pattern` occurs in `text` (a file's entries, counted before it is read). */
export function countOf(text: string, pattern: RegExp): number {
  const re = everywhere(pattern);
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}

export function lineNumbersOf(text: string, pattern: RegExp): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  const re = everywhere(pattern);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (let i = from; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    from = m.index;
    lines.push(line);
  }
  return lines;
}
