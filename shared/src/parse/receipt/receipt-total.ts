import type { Amount, OcrLine } from './ocr-line.ts';

/**
 * Which amount of a ticket is what was paid. Each line's words say what its amount is:
 * - what is due ("NET À PAYER", "RESTE À PAYER", "AMOUNT DUE", "GRAND TOTAL") is surest (3);
 * - a total ("TOTAL", "TOTAL TTC", "MONTANT", "AMOUNT", "FUEL SALE") next (2);
 * - a payment ("CB", "CARTE BANCAIRE", "VISA", "CONTACTLESS") backs one up (1);
 * - a subtotal, the VAT, a discount, a tip, the change, cash handed over, a unit price, what
 *   the health insurance pays are never the total.
 * The amount with the surest word wins, plus half a point per other line printing it; between
 * equals the largest (a total with the tip over the one before it).
 */

type Phrase = readonly string[];
const phrases = (list: string): Phrase[] => list.split('|').map((p) => p.split(' '));

const DUE = phrases(
  'a payer|net a payer|reste a payer|total a payer|montant a payer|a regler|net a regler|somme a payer|' +
    'amount due|balance due|total due|grand total|to pay|total to pay|amount payable|balance to pay|' +
    'total with tip|total incl tip',
);
const TOTAL = phrases(
  'total|total ttc|ttc|total eur|total euros|montant|montant ttc|montant total|montant reel|somme|' +
    'amount|total amount|sale|total sale|fuel sale|total gbp|total usd',
);
const PAYMENT = phrases(
  'cb|carte|carte bancaire|carte bleue|paiement|paiement cb|paye|regle|visa|mastercard|master card|' +
    'maestro|amex|american express|contactless|sans contact|card|debit card|credit card|visa debit|' +
    'paid|payment|apple pay|google pay|cb sans contact|cb emv|debit|credit',
);
/** A line that starts with these is never the total, even with "total" in it. */
const NEVER_FIRST = phrases(
  'sous total|soustotal|subtotal|sub total|total ht|total tva|total tax|total taxes|total vat|total remise|' +
    'total remises|total economie|total economies|total economise|total savings|total discount|' +
    'total discounts|total points|total articles|total items|total qte|total qty|total hors taxes|' +
    'montant ht|montant tva|amount tendered|total tendered|total pourboire|total tip',
);
/** Words that make a line something else than the total, unless a total word starts it. */
const NEVER = new Set(
  (
    'ht|tva|vat|tax|taxe|taxes|dont|rendu|rendue|monnaie|change|especes|espece|cash|remise|remises|' +
    'reduction|economie|economies|economise|saved|savings|saving|discount|points|fidelite|' +
    'pourboire|tip|tips|gratuity|service|articles|article|items|nb|qte|qty|prix|price|volume|litre|' +
    'litres|amo|amc|secu|mutuelle|tiers|rembourse|taux|rate|acompte|deposit|avoir|tendered|subtotal|' +
    'clubcard|nectar|bon|coupon|voucher|valable|unit|unitaire'
  ).split('|'),
);

/** The words the reader knows: a misread one ("totai", "payeer") is fixed to the nearest. */
export const TOTAL_VOCABULARY: ReadonlySet<string> = new Set(
  [...DUE, ...TOTAL, ...PAYMENT, ...NEVER_FIRST].flat().concat([...NEVER]),
);

const startsWith = (words: readonly string[], p: Phrase, at = 0): boolean =>
  p.every((w, i) => words[at + i] === w);
const contains = (words: readonly string[], p: Phrase): boolean =>
  words.some((_, i) => startsWith(words, p, i));

/** How sure the words of a line make its amount the total: 0 (not a total) to 3. */
export function totalWeight(words: readonly string[]): number {
  if (NEVER_FIRST.some((p) => contains(words, p))) return 0;
  const head = words.slice(0, 3);
  const leads = (list: Phrase[]): boolean => list.some((p) => head.some((_, i) => startsWith(head, p, i)));
  if (leads(DUE)) return 3;
  if (leads(TOTAL)) return 2;
  if (words.some((w) => NEVER.has(w))) return 0;
  if (DUE.some((p) => contains(words, p))) return 3;
  if (TOTAL.some((p) => contains(words, p))) return 2;
  if (PAYMENT.some((p) => contains(words, p))) return 1;
  return 0;
}

export interface TotalReading {
  cents: number;
  /** 0..1: 1 when a due or total line and another line agree. */
  sureness: number;
}

/**
 * The line's last figure when OCR lost its decimal mark ("TOTAL CHF 2333", "SALE 991", "3475€"):
 * three to seven digits at the end of the line, read as cents. Never a masked card number.
 */
const BARE = /(?<![\d.,'’*#:/xX-])(\d{3,7})\s?(?:€|\$|£|eur|chf|gbp|usd)?[^\p{L}\d]*$/iu;
function bareAmount(line: OcrLine): Amount | undefined {
  const m = BARE.exec(line.text);
  if (!m?.[1]) return undefined;
  return { cents: Number(m[1]), negative: false, start: m.index, end: m.index + m[1].length };
}

/** A rate line ("15% = 13.77 total 105.56", a suggested tip): never the total. */
const RATE_FIRST = /^[^\p{L}\d]*\d+(?:[.,]\d+)?\s?%/u;

/** The total of the ticket, or null when no line says one and no amount stands out. */
export function findTotal(lines: readonly OcrLine[]): TotalReading | null {
  const scores = new Map<number, { weight: number; lines: number }>();
  lines.forEach((line, i) => {
    let weight = totalWeight(line.words);
    if (weight === 0 || RATE_FIRST.test(line.text)) return;
    // The amount column; printed on the next line when OCR split the row ("NET A PAYER" / "65,87 €").
    const last = (l: OcrLine) => l.amounts.filter((a) => !a.negative).at(-1);
    const next = lines[i + 1];
    const below = next && next.letters <= 4 && totalWeight(next.words) === 0 ? next : undefined;
    let amount = last(line) ?? (below && last(below));
    if (!amount && below?.amounts.length === 0) amount = bareAmount(line) ?? bareAmount(below);
    else if (!amount && line.amounts.length === 0) amount = bareAmount(line);
    // A figure whose decimal mark was lost counts a little less than one printed whole.
    if (amount && !line.amounts.includes(amount) && !below?.amounts.includes(amount)) weight -= 0.5;
    if (!amount || amount.cents === 0) return;
    const seen = scores.get(amount.cents) ?? { weight: 0, lines: 0 };
    scores.set(amount.cents, { weight: Math.max(seen.weight, weight), lines: seen.lines + 1 });
  });
  let best: { cents: number; score: number; weight: number; lines: number } | null = null;
  for (const [cents, s] of scores) {
    const score = s.weight + 0.5 * Math.min(s.lines - 1, 2);
    if (!best || score > best.score || (score === best.score && cents > best.cents)) {
      best = { cents, score, ...s };
    }
  }
  if (best && best.weight >= 2) return { cents: best.cents, sureness: best.lines > 1 ? 1 : 0.8 };
  if (best) return { cents: best.cents, sureness: 0.5 };
  return largestLoneAmount(lines);
}

/** No line names a total: the largest amount on a line that is not a subtotal, a tax or the change. */
function largestLoneAmount(lines: readonly OcrLine[]): TotalReading | null {
  let cents = 0;
  for (const line of lines) {
    if (line.words.some((w) => NEVER.has(w))) continue;
    for (const a of line.amounts) if (!a.negative && a.cents > cents) cents = a.cents;
  }
  return cents > 0 ? { cents, sureness: 0.3 } : null;
}
