import { centsToDecimal, divideHalfUp } from '../money.ts';
import { describeSegment, FALLBACK_DESCRIPTION, MAX_DESCRIPTION, shareNote } from './describe.ts';
import { timesUnitPrice, unitPrice } from './expense-rules.ts';
import { noteMoney } from './place-currency.ts';
import { type AmountItem, type AmountRead, Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { percentHalfUp, shareOf } from './split-bill.ts';
import type { Lang, ParsedExpense, ParseOptions } from './types.ts';

/**
 * A number written with its cents ("47.90", « 3,50 ») is how a price is said, not a count, a time
 * or a day: beside other money it is kept, to look at when nothing else places it.
 */
export const writtenAsPrice = (a: AmountRead): boolean =>
  a.int === null && !a.impliedCents && a.rough !== true;

/**
 * A number said with nothing that makes it a plain expense ("35", "le truc de 18 là"): kept for
 * a person to look at (reviewReason `unclear_amount`) in the money said or of the place named, else
 * the default currency, never dropped.
 */
export function unclearExpense(
  text: string,
  scan: Scan,
  seg: Segment,
  lang: Lang,
  saidDate: string | null,
  today: string,
  opts: ParseOptions,
): ParsedExpense {
  // What was said on top of it (a tip, shipping, a discount) is kept with it, as for a sure amount.
  const said = seg.amount;
  const heard = said?.cents ?? 0;
  // "12 roses at 2.50 each": a price said each, times the things counted before it.
  const price = said && unitPrice(scan, seg, said);
  const base = price?.each ? timesUnitPrice(heard, price) : heard;
  const withAddOns = base + (said?.tipCents ?? 0) + percentHalfUp(base, said?.tipBasisPoints ?? 0);
  const bill = withAddOns > 0 ? withAddOns : base;
  // "a monitor 59.60 split with Tom": a share said of it too (« part de 59,60 € »).
  const sole = scan.amounts.filter((a) => !a.dropped && !a.quantity).length === 1;
  const share = said && !opts.wholeBill ? shareOf(scan, seg, said, sole) : null;
  const cents = share ? divideHalfUp(bill * (share.times ?? 1), share.divisor) : bill;
  // « au MoMA à New York, 30 l'entrée »: the money of the place named, else the default.
  const currency = said?.currency?.code ?? noteMoney(scan.tokens) ?? opts.currency;
  const described = describeSegment(text, scan, seg, null, lang);
  const note = share ? shareNote(bill, currency, lang) : '';
  const description = note
    ? `${described.slice(0, MAX_DESCRIPTION - note.length - 1)} ${note}`
    : described.slice(0, MAX_DESCRIPTION);
  return {
    amount: centsToDecimal(cents),
    currency,
    category: 'other',
    description,
    date: saidDate ?? today,
    categorySure: false,
    reviewReason: 'unclear_amount',
    provenance: {
      amount: { from: cents === heard ? 'heard' : 'parsed' },
      currency: { from: 'parsed' },
      date: { from: saidDate ? 'heard' : 'parsed' },
      category: { from: 'parsed' },
      description: { from: description === FALLBACK_DESCRIPTION[lang] ? 'parsed' : 'heard' },
    },
  };
}

/** A count of 5 or more of a word no lexicon knows, said with no other amount: maybe money. */
export function countOfUnknown(scan: Scan, a: AmountItem, isKeyword: (i: number) => boolean): boolean {
  const unit = scan.tokens[a.end];
  return (
    a.quantity &&
    !a.dropped &&
    (a.int ?? 0) >= 5 &&
    unit?.kind === 'word' &&
    !isKeyword(a.end) &&
    scan.roles[a.end] === Role.Free
  );
}

/**
 * No amount left to read: "dîner, 45 dinars", a number of something no lexicon knows, may be money
 * in an unknown currency; it is kept to look at, never dropped. "2 baguettes" or "3 cafés" are
 * things (their words are keywords).
 */
export function unknownCountExpense(
  text: string,
  scan: Scan,
  lang: Lang,
  today: string,
  opts: ParseOptions,
  isKeyword: (i: number) => boolean,
): ParsedExpense | null {
  const unknown = scan.amounts.find((a) => countOfUnknown(scan, a, isKeyword));
  if (!unknown) return null;
  const seg = { start: 0, end: scan.tokens.length, amount: unknown };
  return unclearExpense(text, scan, seg, lang, scan.dates.find((d) => !d.dropped)?.date ?? null, today, opts);
}
