/**
 * How the second receipt set prints money, dates and places: each country's decimal mark and
 * thousands separator, and five ways of showing the currency (none at all, a sign before or
 * after, a code before or after).
 */
import type { Rng } from '../receipt-set/random.ts';

/** `none`: a ticket in English that names no country (its currency is the person's own). */
export type Country = 'fr' | 'be' | 'ch' | 'uk' | 'us' | 'none';
export type CurrencyStyle = 'none' | 'sign' | 'sign-after' | 'code' | 'code-after';

export const CURRENCY: Record<Country, string> = {
  fr: 'EUR',
  be: 'EUR',
  ch: 'CHF',
  uk: 'GBP',
  us: 'USD',
  // The person scanning is French: a ticket that names no country is in their euros.
  none: 'EUR',
};
const SIGN: Record<string, string> = { EUR: '€', GBP: '£', USD: '$', CHF: 'CHF' };
const DECIMAL: Record<Country, ',' | '.'> = { fr: ',', be: ',', ch: '.', uk: '.', us: '.', none: '.' };
const THOUSANDS: Record<Country, string> = { fr: ' ', be: '.', ch: "'", uk: ',', us: ',', none: ',' };

/** 123456 → "1 234,56" (fr), "1.234,56" (be), "1'234.56" (ch), "1,234.56" (uk, us). */
export function num(cents: number, c: Country): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[c]);
  return `${sign}${units}${DECIMAL[c]}${String(abs % 100).padStart(2, '0')}`;
}

export function money(cents: number, c: Country, style: CurrencyStyle): string {
  const n = num(cents, c);
  const code = CURRENCY[c];
  const sign = SIGN[code] ?? code;
  switch (style) {
    case 'none':
      return n;
    case 'sign':
      return code === 'CHF' ? `CHF ${n}` : `${sign}${n}`;
    case 'sign-after':
      return `${n} ${sign}`;
    case 'code':
      return `${code} ${n}`;
    case 'code-after':
      return `${n} ${code}`;
  }
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const MOIS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The date as a till or an invoice of that country prints it. */
export function printedDate(iso: string, c: Country, rng: Rng): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const day = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  if (c === 'us')
    return rng.pick([
      `${p2(m)}/${p2(d)}/${y}`,
      `${MONTHS[m - 1]} ${d}, ${y}`,
      `${day} ${MONTHS[m - 1]} ${d} ${y}`,
    ]);
  if (c === 'uk' || c === 'none')
    return rng.pick([
      `${p2(d)}/${p2(m)}/${y}`,
      `${d} ${MONTHS[m - 1]} ${y}`,
      `${day} ${p2(d)}-${MONTHS[m - 1]}-${y}`,
    ]);
  if (c === 'ch') return rng.pick([`${p2(d)}.${p2(m)}.${y}`, `${p2(d)}.${p2(m)}.${p2(y % 100)}`]);
  return rng.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${MOIS[m - 1]} ${y}`, `${p2(d)}.${p2(m)}.${p2(y % 100)}`]);
}

export function printedTime(rng: Rng, c: Country): string {
  const h = rng.int(8, 21);
  const min = p2(rng.int(0, 59));
  if (c === 'us') return `${h > 12 ? h - 12 : h}:${min} ${h >= 12 ? 'PM' : 'AM'}`;
  return c === 'fr' && rng.chance(0.3) ? `${h}h${min}` : `${p2(h)}:${min}`;
}

/** A day of 2025–2026, some weeks before the set's latest photo. */
export function someDay(rng: Rng): string {
  const y = rng.pick([2025, 2026]);
  const m = y === 2026 ? rng.int(1, 9) : rng.int(1, 12);
  return `${y}-${p2(m)}-${p2(rng.int(1, 28))}`;
}

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The VAT inside an amount with VAT, at `bp` basis points, rounded to the cent. */
export const vatIn = (ttc: number, bp: number): number => Math.round((ttc * bp) / (10_000 + bp));
