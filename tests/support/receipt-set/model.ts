import type { Rng } from './random.ts';

/** One printed line: text on the left, an amount column on the right, or one centred text. */
export interface Line {
  left: string;
  right?: string;
  style?: 'title' | 'big' | 'bold' | 'small';
  align?: 'left' | 'center';
}

export type Layout = 'supermarket' | 'restaurant' | 'pharmacy' | 'fuel' | 'terminal';
export type Country = 'fr' | 'uk' | 'us';

/** What a person would read off the ticket: the labels the parser is measured against. */
export interface ReceiptLabel {
  total: string;
  date: string;
  merchant: string;
  currency: 'EUR' | 'GBP' | 'USD';
}

export interface Receipt extends ReceiptLabel {
  layout: Layout;
  country: Country;
  lang: 'fr' | 'en';
  lines: Line[];
}

export const CURRENCY: Record<Country, ReceiptLabel['currency']> = { fr: 'EUR', uk: 'GBP', us: 'USD' };

/** 4783 → "47,83" (fr) or "47.83" (uk, us); thousands as printers write them. */
export function figure(cents: number, country: Country): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, country === 'fr' ? ' ' : ',');
  return `${sign}${grouped}${country === 'fr' ? ',' : '.'}${frac}`;
}

/** The amount with its currency as the ticket prints it (one of a few styles per country). */
export function money(cents: number, country: Country, style: 0 | 1 | 2 = 0): string {
  const n = figure(cents, country);
  if (style === 2) return n;
  const symbol = { fr: '€', uk: '£', us: '$' }[country];
  if (country === 'fr') return style === 0 ? `${n} ${symbol}` : `${n} EUR`;
  return style === 0 ? `${symbol}${n}` : `${symbol} ${n}`;
}

const MOIS = ['janv', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'];
const MOIS_LONG = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];

const p2 = (n: number): string => String(n).padStart(2, '0');

/** The date (YYYY-MM-DD) printed the way a till of that country prints it, format chosen by `rng`. */
export function printedDate(iso: string, country: Country, rng: Rng): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const yy = p2(y % 100);
  if (country === 'us') {
    return rng.pick([
      `${p2(m)}/${p2(d)}/${y}`,
      `${m}/${d}/${yy}`,
      `${MONTHS[m - 1]} ${d}, ${y}`,
      `${MONTHS_LONG[m - 1] ?? MONTHS[m - 1]} ${d}, ${y}`,
      `${p2(m)}-${p2(d)}-${y}`,
      `${y}-${p2(m)}-${p2(d)}`,
    ]);
  }
  if (country === 'uk') {
    return rng.pick([
      `${p2(d)}/${p2(m)}/${y}`,
      `${p2(d)}/${p2(m)}/${yy}`,
      `${d} ${MONTHS[m - 1]} ${y}`,
      `${p2(d)}-${MONTHS[m - 1]?.toUpperCase()}-${y}`,
      `${p2(d)}${MONTHS[m - 1]?.toUpperCase()}${yy}`,
    ]);
  }
  return rng.pick([
    `${p2(d)}/${p2(m)}/${y}`,
    `${p2(d)}/${p2(m)}/${yy}`,
    `${p2(d)}.${p2(m)}.${y}`,
    `${p2(d)}-${p2(m)}-${y}`,
    `${y}-${p2(m)}-${p2(d)}`,
    `${d} ${MOIS_LONG[m - 1] ?? MOIS[m - 1]} ${y}`,
    `${p2(d)} ${MOIS[m - 1]?.toUpperCase()} ${yy}`,
  ]);
}

export function printedTime(rng: Rng, country: Country): string {
  const h = rng.int(8, 21);
  const min = p2(rng.int(0, 59));
  if (country === 'us') return `${h > 12 ? h - 12 : h}:${min} ${h >= 12 ? 'PM' : 'AM'}`;
  return rng.chance(0.5) ? `${p2(h)}:${min}` : `${p2(h)}:${min}:${p2(rng.int(0, 59))}`;
}

/** A day of 2025–2026, not in the future of the run (the label's `recordedAt` is a day or two later). */
export function someDay(rng: Rng): string {
  const y = rng.pick([2025, 2026]);
  const m = y === 2026 ? rng.int(1, 8) : rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${p2(m)}-${p2(d)}`;
}

export const rule = (rng: Rng): Line => ({
  left: rng.pick(['-'.repeat(32), '='.repeat(32), '* '.repeat(16)]),
});
export const blank: Line = { left: ' ' };
export const centre = (text: string, style?: Line['style']): Line => ({ left: text, align: 'center', style });
