import type { CurrencyWord } from './currencies.ts';
import type { ShareItem } from './shares.ts';
import type { TipRate } from './tip-rate.ts';
import type { Token } from './tokenize.ts';
import type { Lang, Mark } from './types.ts';

/** What each token turned out to be; FREE tokens are the words a description is made of. */
export enum Role {
  Free = 0,
  Amount = 1,
  Date = 2,
  Skip = 3,
  Mark = 4,
  Sep = 5,
  Quantity = 6,
  /** "ligne 14", "bus 38": a name that belongs in the description. */
  Reference = 7,
}

/** A number the words state (read-amount.ts), with the currency attached to it when there is one. */
export interface AmountRead {
  start: number;
  end: number;
  /** Hundredths: cents once a currency is known. */
  cents: number;
  currency: CurrencyWord | null;
  /** "twelve fifty", "douze cinquante": read as 12.50, but the speaker never said "euros". */
  impliedCents: boolean;
  /** The integer said, when no decimals were (quantities, times and days are integers). */
  int: number | null;
  /** Other ways to hear the same words ("douze cinquante" is also 12 and 50): for amountsInText. */
  alt: number[];
  /** Where the currency word after the number starts (-1 when none): "trois livres" may be books. */
  currencyAt: number;
  /** Said roughly (« une vingtaine », "a couple hundred"): the parse is a hedge, to look at. */
  rough?: boolean;
}

export interface AmountItem extends AmountRead {
  /** A count of things ("2 baguettes", "trois bières"), not money. */
  quantity: boolean;
  /** Replaced by a later correction, a part of another amount ("dont 5 € de pourboire"), a tip added to another, or said in an order to the system. */
  dropped: boolean;
  /** Tips said after it ("plus 2 de pourboire"), added to it. */
  tipCents: number;
  /** A tip rate said after it ("plus 10 % de pourboire"): 10 % is 1000. */
  tipBasisPoints: number;
  /** Said as the sum of the amounts before it (« ça fait 7,50 »): never multiplied again. */
  total?: boolean;
  /** Notes or coins listed (notes-listed.ts): money handed, the change said after comes off it. */
  handed?: boolean;
  /** Where the amount this one corrects began (« trois cafés à 2, non 2,50 »), -1 when none. */
  replaces: number;
}

export interface DateItem {
  start: number;
  end: number;
  date: string;
  weak: boolean;
  future: boolean;
  dropped: boolean;
  /** No day was named ("the other day", « récemment »). */
  vague?: boolean;
  /** Read ahead as it is near, with no tense: the last such day gone (DateMatch.past). */
  past?: string;
}

export interface MarkItem {
  start: number;
  end: number;
  mark: Mark;
}

export interface Scan {
  tokens: readonly Token[];
  lang: Lang;
  roles: Uint8Array;
  amounts: AmountItem[];
  dates: DateItem[];
  marks: MarkItem[];
  shares: ShareItem[];
  tipRates: TipRate[];
  /** The sentence tells of the past (« j'ai payé », "I've paid"): tense.ts. */
  past: boolean;
}
