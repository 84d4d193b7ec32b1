/**
 * The blind receipt set's tickets (tools/receipts-blind/generate.ts draws them): 32 shops in
 * French and English, in €, £, $ and CHF, laid out as five kinds of ticket (a shop's till roll, a
 * restaurant bill with a tip, a pharmacy, a fuel pump, a card slip), with discount lines, VAT
 * tables, cash and change, loyalty lines and dates that are not the purchase's. Written by the
 * helper blindwriter without reading the receipt reader or tests/support/receipt-set.
 */
import { readFileSync } from 'node:fs';

export type Kind = 'supermarket' | 'restaurant' | 'pharmacy' | 'fuel' | 'terminal';
export type Lang = 'fr' | 'en';
export type Currency = 'EUR' | 'GBP' | 'USD' | 'CHF';
/** A printed line: text on the left (or centred), an amount or value flush right. */
export interface Row {
  left: string;
  right?: string;
  center?: boolean;
  big?: boolean;
}
export interface Shop {
  kind: Kind;
  lang: Lang;
  currency: Currency;
  merchant: string;
  /** How the merchant's name is printed (capitals, a greeting before it…). */
  printed: string[];
  address: string[];
  date: string;
  /** Days between the purchase and the photo. */
  photoAfter: number;
  dateStyle: 'dmy' | 'dmy-dash' | 'dmy-dot' | 'mdy' | 'iso' | 'd-mon-y' | 'mon-d-y';
}

/** A small seeded generator, so the set is the same at every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const money = (cents: number, s: Shop): string => {
  const abs = Math.abs(cents);
  const text = `${Math.floor(abs / 100)}${s.lang === 'fr' && s.currency !== 'CHF' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
  return cents < 0 ? `-${text}` : text;
};

const MON_FR = ['JANV', 'FEVR', 'MARS', 'AVR', 'MAI', 'JUIN', 'JUIL', 'AOUT', 'SEPT', 'OCT', 'NOV', 'DEC'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function printedDate(s: Shop, time: string): string {
  const [y, m, d] = s.date.split('-');
  const mi = Number(m) - 1;
  switch (s.dateStyle) {
    case 'dmy':
      return `${d}/${m}/${y} ${time}`;
    case 'dmy-dash':
      return `${d}-${m}-${y?.slice(2)}  ${time}`;
    case 'dmy-dot':
      return `${d}.${m}.${y} ${time}`;
    case 'mdy':
      return `${m}/${d}/${y} ${time}`;
    case 'iso':
      return `${y}-${m}-${d} ${time}`;
    case 'd-mon-y':
      return `${d} ${(s.lang === 'fr' ? MON_FR : MON_EN)[mi]} ${y} ${time}`;
    case 'mon-d-y':
      return `${MON_EN[mi]} ${Number(d)}, ${y} ${time}`;
  }
}

/** The words printed on the tickets: items, dishes, medicines and the 32 shops. */
export const WORDS = JSON.parse(readFileSync(new URL('words.json', import.meta.url), 'utf8')) as {
  items: Record<string, [name: string, cents: number, vat: number][]>;
  dishes: Record<Lang, [name: string, cents: number][]>;
  medicines: Record<Lang, [name: string, cents: number][]>;
  shops: [Kind, Lang, Currency, string, string[], string[], string, Shop['dateStyle'], number][];
};

export const SHOPS: Shop[] = WORDS.shops.map(
  ([kind, lang, currency, merchant, printed, address, date, dateStyle, photoAfter]) => ({
    kind,
    lang,
    currency,
    merchant,
    printed,
    address,
    date,
    dateStyle,
    photoAfter,
  }),
);
