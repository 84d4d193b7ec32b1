import type { Category } from '../categories.ts';

export type Lang = 'fr' | 'en';

export interface ParseOptions {
  /** The instant the words were said: "hier" is relative to it. */
  now: Date;
  /** IANA zone of the speaker: dates are calendar dates there. */
  timeZone: string;
  /** ISO 4217 code used when the words name no currency. */
  currency: string;
  /** 'fr', 'en', 'fr-FR'…: a hint; the words themselves decide when they clearly say otherwise. */
  locale?: string;
}

export interface ParsedExpense {
  /** Decimal string with two places, "12.50". */
  amount: string;
  /** ISO 4217. */
  currency: string;
  category: Category;
  description: string;
  /** YYYY-MM-DD in the speaker's time zone. */
  date: string;
}

export interface ParseResult {
  expenses: ParsedExpense[];
  /** 0..1; at or above PARSER_CONFIDENT the server saves without asking the LLM. */
  confidence: number;
}
