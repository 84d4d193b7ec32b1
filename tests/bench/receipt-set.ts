/**
 * The receipt test set (tests/fixtures/receipts: images made by tests/support/receipt-set/make.ts,
 * labels.jsonl beside them), the blind receipt set in the same format (tests/fixtures/receipts-blind,
 * drawn by tools/receipts-blind/generate.ts, written apart from the reader and never tuned on), and how a reading of one ticket is scored: the total to the cent,
 * the printed date, the merchant (case, accents and punctuation aside) and the currency.
 */
import { readFileSync } from 'node:fs';
import { type ReceiptReading, readReceiptText } from '@voicetrack/shared';

export const RECEIPTS_DIR = new URL('../fixtures/receipts/', import.meta.url);
/** Only its aggregate figures are printed, never which ticket was missed. */
/** The second tuning set (tests/support/receipt-set-v2): other fonts, layouts, currencies, damage. */
export const RECEIPTS_V2_DIR = new URL('../fixtures/receipts-v2/', import.meta.url);
export const BLIND_RECEIPTS_DIR = new URL('../fixtures/receipts-blind/', import.meta.url);

export interface ReceiptLabel {
  file: string;
  layout: 'supermarket' | 'restaurant' | 'pharmacy' | 'fuel' | 'terminal' | 'invoice';
  lang: 'fr' | 'en';
  damage: string;
  /** When the photo was taken: a ticket is never from after it. */
  recordedAt: string;
  total: string;
  date: string;
  merchant: string;
  currency: string;
  /** What the ticket prints, line by line. */
  text: string;
}

export function loadReceiptSet(dir: URL = RECEIPTS_DIR): ReceiptLabel[] {
  return readFileSync(new URL('labels.jsonl', dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ReceiptLabel);
}

export const receiptImage = (label: ReceiptLabel, dir: URL = RECEIPTS_DIR): Uint8Array =>
  readFileSync(new URL(label.file, dir));

/**
 * The person scanning is French, with euros by default (a harder case for the English tickets,
 * whose currency must be read): the phone's locale follows the ticket's language.
 */
export function readLabelled(text: string, label: ReceiptLabel): ReceiptReading {
  return readReceiptText(text, {
    now: new Date(label.recordedAt),
    timeZone: 'Europe/Paris',
    currency: 'EUR',
    locale: label.lang === 'fr' ? 'fr-FR' : 'en-GB',
  });
}

const loose = (s: string | null): string =>
  (s ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');

export interface ReceiptScore {
  total: boolean;
  date: boolean;
  merchant: boolean;
  currency: boolean;
}

export function scoreReceipt(reading: ReceiptReading, label: ReceiptLabel): ReceiptScore {
  return {
    total: reading.amount === label.total,
    date: reading.date === label.date,
    merchant: loose(reading.merchant) === loose(label.merchant),
    currency: reading.currency === label.currency,
  };
}

/** Percent right of each field over a set of scores, one decimal. */
export function percentRight(
  scores: readonly ReceiptScore[],
): ReceiptScore extends infer S ? { [K in keyof S]: number } : never {
  const pct = (k: keyof ReceiptScore) =>
    Math.round((1000 * scores.filter((s) => s[k]).length) / scores.length) / 10;
  return { total: pct('total'), date: pct('date'), merchant: pct('merchant'), currency: pct('currency') };
}
