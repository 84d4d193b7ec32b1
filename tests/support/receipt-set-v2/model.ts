import type { Country, CurrencyStyle } from './money.ts';

/** One printed line: text on the left, an amount column on the right, or one centred text. */
export interface Line {
  left: string;
  right?: string;
  /** `logo`: the shop's name drawn big and letter-spaced; `hand`: written on the slip by hand. */
  style?: 'logo' | 'title' | 'bold' | 'small' | 'hand';
  align?: 'left' | 'center';
}

export type Layout = 'supermarket' | 'restaurant' | 'pharmacy' | 'fuel' | 'terminal' | 'invoice';

/** A merchant of the set and how its tickets print. */
export interface Merchant {
  /** What a person calls it (the label): the printed name without its legal form. */
  name: string;
  /** The name as the ticket prints it (legal form, capitals). */
  printed: string;
  layout: Layout;
  country: Country;
  lang: 'fr' | 'en';
  address: string[];
  /** The words before the total's amount ("TOTAL EUR", "BALANCE DUE", "À PAYER"). */
  totalWord: string;
  /** Where the total's amount is printed: the right column, the next line, or after a colon. */
  totalAt?: 'right' | 'next' | 'colon';
  currency?: CurrencyStyle;
  logo?: boolean;
  /** A card slip or bill where the tip and the total are written by hand. */
  tipByHand?: boolean;
}

export interface Ticket {
  merchant: Merchant;
  lines: Line[];
  total: number;
  date: string;
}
