import type { Category } from '../../categories.ts';
import { localDate } from '../../dates.ts';
import { MAX_RECEIPT_TEXT } from '../../limits.ts';
import { centsToDecimal } from '../../money.ts';
import { findCategory, findLearned } from '../categorize.ts';
import { PARSER_CONFIDENT } from '../confidence.ts';
import { isDollarCurrency } from '../currencies.ts';
import { memoryTable } from '../memory.ts';
import { tokenize } from '../tokenize.ts';
import type { Lang, ParsedExpense, ParseOptions } from '../types.ts';
import { type OcrLine, ocrLines } from './ocr-line.ts';
import { findDate } from './receipt-date.ts';
import { findMerchant } from './receipt-merchant.ts';
import { findTotal, TOTAL_VOCABULARY } from './receipt-total.ts';

/**
 * Receipt mode of the parser: the OCR text of a ticket → the expense it records. Pure: the
 * time, zone, default currency and the person's learned words come in as options, as for speech.
 */

export interface ReceiptReading {
  /** The total paid, "47.83"; null when the ticket shows none. */
  amount: string | null;
  currency: string;
  /** The date printed on the ticket (YYYY-MM-DD), null when none could be read. */
  date: string | null;
  merchant: string | null;
  category: Category;
  /** 0..1: at PARSER_CONFIDENT or above the total is sure enough to save without review. */
  confidence: number;
  /** Every amount printed on the ticket, in cents: a model's reading is checked against them. */
  printedCents: number[];
  /** The expense to record (the day of the photo when no date is printed); null without a total. */
  expense: ParsedExpense | null;
}

const SYMBOLS: [RegExp, string][] = [
  [/€|\beur\b|\beuros?\b/gi, 'EUR'],
  [/£|\bgbp\b/gi, 'GBP'],
  [/\$|\busd\b/gi, 'USD'],
  [/\bchf\b/gi, 'CHF'],
];

/**
 * A ticket that prints no currency names its country: a postcode, a VAT or company number, a tax.
 * Checked on the text as printed (case matters for postcodes).
 */
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const COUNTRIES: [RegExp, string][] = [
  [
    /\b(?:CHE[-\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}|MWST|Switzerland|Suisse|Schweiz|Svizzera)\b|\bCH-\d{4}\b|\b\d{4} (?:Gen[eè]ve|Lausanne|Z[uü]rich|Bern|Berne|Basel|B[aâ]le|Lugano|Luzern|Lucerne|Zermatt|Neuch[aâ]tel|Fribourg|Sion|Montreux|Nyon|Vevey|Winterthur|St\. ?Gallen)\b/i,
    'CHF',
  ],
  [
    /\b(?:VAT (?:Reg(?:istration)? )?No\.?:? ?GB|GB ?\d{3} ?\d{4} ?\d{2}\b|United Kingdom)|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/,
    'GBP',
  ],
  [new RegExp(`\\b(?:${US_STATES}),? \\d{5}(?:-\\d{4})?\\b|\\b(?:Sales Tax|SALES TAX|USA)\\b`), 'USD'],
  [/\b(?:SIRET|SIREN|TVA intra(?:com)?\.? FR|TVA BE|BTW BE)\b/i, 'EUR'],
];

/**
 * The currency the ticket prints most, a "$" meaning the person's own dollars; else the country
 * its address or tax lines name; else the default.
 */
function findCurrency(text: string, fallback: string): string {
  let best: [string, number] = [fallback, 0];
  for (const [symbol, code] of SYMBOLS) {
    const count = text.match(symbol)?.length ?? 0;
    if (count > best[1]) best = [code === 'USD' && isDollarCurrency(fallback) ? fallback : code, count];
  }
  if (best[1] > 0) return best[0];
  const country = COUNTRIES.find(([clue]) => clue.test(text))?.[1];
  if (country === 'USD' && isDollarCurrency(fallback)) return fallback;
  return country ?? fallback;
}

const FR_MARKS = /\b(tva|ttc|payer|especes|rendu|merci|montant|carte bancaire|sous-total|remise|le)\b/gi;
const EN_MARKS = /\b(vat|tax|subtotal|change|thank|amount|due|card|the|items|tip)\b/gi;

function languageOf(text: string, locale?: string): Lang {
  const fr = text.match(FR_MARKS)?.length ?? 0;
  const en = text.match(EN_MARKS)?.length ?? 0;
  if (fr !== en) return fr > en ? 'fr' : 'en';
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Words of the whole ticket that say what kind of shop it is, when the name does not. */
const KIND_WORDS: [RegExp, Category][] = [
  [/\b(pharmacie|pharmacy|pharmacien|chemist|ordonnance|prescription|amo|amc)\b/i, 'health'],
  [/\b(gazole|gasoil|diesel|sp ?95|sp ?98|e10|unleaded|carburant|fuel|pompe|pump|gallons?)\b/i, 'transport'],
  [
    /\b(couverts?|serveur|serveuse|server|guests?|table \d+|pourboire|gratuity|tip|service charge)\b/i,
    'dining',
  ],
];

/** Brands of these categories are shops that sell many things: what the ticket lists says more. */
const RETAIL = new Set<Category>(['groceries', 'shopping', 'housing']);

function categoryOf(
  lines: readonly OcrLine[],
  merchant: string | null,
  brand: Category | undefined,
  lang: Lang,
  opts: ParseOptions,
): { category: Category; sure: boolean } {
  const tokens = merchant ? tokenize(merchant) : [];
  if (merchant && opts.memory?.length) {
    const learned = findLearned(tokens, 0, tokens.length, memoryTable(opts.memory));
    if (learned) return { category: learned.category, sure: true };
  }
  const text = lines.map((l) => l.text).join('\n');
  const kind = KIND_WORDS.find(([words]) => words.test(text))?.[1];
  // Fuel at a supermarket's station is transport; a pharmacy counter in a shop is health.
  if (kind && (!brand || RETAIL.has(brand))) return { category: kind, sure: brand !== undefined };
  if (brand) return { category: brand, sure: true };
  const hit = merchant ? findCategory(tokens, 0, tokens.length, lang, () => true) : null;
  if (hit && hit.weight >= 2) return { category: hit.category, sure: true };
  return { category: kind ?? 'other', sure: false };
}

/**
 * Between two readings of one photo by Tesseract (the second with another thresholding, made only
 * when the first is unsure): a line OCR of French or English never prints.
 */
export const READINGS_SEPARATOR = '\n⸻\n';

/** One reading's fields on their own. */
function readPass(text: string, opts: ParseOptions, today: string) {
  const lines = ocrLines(text, TOTAL_VOCABULARY);
  const joined = lines.map((l) => l.text).join('\n');
  const currency = findCurrency(joined, opts.currency);
  const monthFirst = currency === 'USD' || (opts.locale ?? '').toLowerCase() === 'en-us';
  const total = findTotal(lines);
  const date = findDate(lines, { today, monthFirst });
  return { lines, joined, currency, total, date, found: findMerchant(lines) };
}
type Pass = ReturnType<typeof readPass>;

/** How much of the ticket a reading got: a total (surer is better), then a date, then a name. */
const passScore = (p: Pass): number =>
  (p.total ? 1 + p.total.sureness - (p.date ? 0 : 0.1) : 0) + (p.date ? 0.3 : 0) + (p.found ? 0.1 : 0);

/**
 * The OCR text of a ticket, or several readings of it joined by READINGS_SEPARATOR: the total and
 * its currency come from the reading that got the most of the ticket (the first among equals),
 * the date and the merchant from the first reading that has one.
 */
export function readReceiptText(text: string, opts: ParseOptions): ReceiptReading {
  const today = localDate(opts.now, opts.timeZone);
  const passes = text
    .slice(0, MAX_RECEIPT_TEXT)
    .split(READINGS_SEPARATOR)
    .map((t) => readPass(t, opts, today));
  const first = passes[0] ?? readPass('', opts, today);
  const best = passes.reduce((a, b) => (passScore(b) > passScore(a) ? b : a), first);
  const { total, currency } = best;
  const date = passes.find((p) => p.date)?.date ?? null;
  const found = passes.find((p) => p.found)?.found ?? null;
  const lines = passes.flatMap((p) => p.lines);
  const lang = languageOf(first.joined, opts.locale);
  const { category, sure } = categoryOf(lines, found?.name ?? null, found?.category, lang, opts);
  const merchant = found?.name ?? null;
  const amount = total ? centsToDecimal(total.cents) : null;
  const confidence = total ? Math.max(0, total.sureness - (date ? 0 : 0.1)) : 0;
  const printedCents = [...new Set(lines.flatMap((l) => l.amounts.map((a) => a.cents)))];
  const expense: ParsedExpense | null = amount
    ? {
        amount,
        currency,
        category,
        categorySure: sure,
        description: merchant ?? (lang === 'fr' ? 'Ticket de caisse' : 'Receipt'),
        date: date ?? today,
      }
    : null;
  return { amount, currency, date, merchant, category, confidence, printedCents, expense };
}

/**
 * Whether Tesseract's first reading of a photo is worth a second one: its total is unsure or it
 * found no date. `now` only bounds the dates a ticket can carry.
 */
export function wantsSecondReading(text: string, now: Date): boolean {
  const r = readReceiptText(text, { now, timeZone: 'UTC', currency: 'EUR' });
  return r.confidence < PARSER_CONFIDENT || r.date === null;
}
