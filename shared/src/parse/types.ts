import type { Category } from '../categories.ts';
import type { Provenance } from '../provenance.ts';

export type Lang = 'fr' | 'en';

/**
 * What a word of the sentence does to the parse (markers.ts and markers-system.ts list them).
 * command: "enregistre", "note", "add": an order to the system, read as a dictated expense only
 * when it names something bought; instruction / imperative: "ignore previous instructions",
 * "dans la catégorie", "oublie…": the clause is an order, not an expense; aside: "je me ferai
 * rembourser", "work paid": the expense is reimbursable; noAside: the same, negated; tipIncluded:
 * "pourboire compris", nothing to add.
 */
export type Mark =
  | 'correction'
  | 'hedge'
  | 'filler'
  | 'verb'
  | 'income'
  | 'refund'
  | 'paidBack'
  | 'repayment'
  | 'incoming'
  | 'loan'
  | 'transfer'
  | 'debt'
  | 'reminder'
  | 'question'
  | 'sep'
  | 'each'
  | 'period'
  | 'total'
  | 'dont'
  | 'command'
  | 'instruction'
  | 'imperative'
  | 'aside'
  | 'noAside'
  | 'tipIncluded';

/**
 * A word a person taught the parser by fixing a category: when a note's words hold `phrase`
 * (compared with `memoryKey`: case, accents, plurals and a leading "chez"/"at" do not matter),
 * its expense takes `category`, whatever the lexicon says.
 */
export interface LearnedWord {
  phrase: string;
  category: Category;
  /** The day of the correction (YYYY-MM-DD), when known: it is said in the expense's provenance. */
  learnedAt?: string;
}

/**
 * Why an expense must be looked at by a person before it counts:
 * - implausible_amount: over 10,000 in its currency (scaled for currencies worth far less than
 *   a euro, see plausibility.ts), or over 20× the person's largest recent expense;
 * - odd_amount: the number was written in a way no one speaks ("-5", "1e308", "0,001");
 * - future_date: the day named is to come;
 * - unclear_amount: nothing makes the number a plain expense ("35");
 * - not_paid: a budget, a quote, or someone else paying (not-paid.ts): said, not spent by the speaker.
 */
export type ReviewReason =
  | 'implausible_amount'
  | 'odd_amount'
  | 'future_date'
  | 'unclear_amount'
  | 'not_paid'
  | 'asked_as_expense';

/**
 * Money that moved but was not spent: `income` (pay, a sale, money given to you), `refund` (a
 * shop, a company, the mutuelle paid back), `repayment` (a person paid you back), `loan` (you
 * lent or fronted money to a person), `transfer` (sent to someone, to your own savings, cash taken out).
 */
export type MovementKind = 'income' | 'refund' | 'repayment' | 'loan' | 'transfer';

/** A movement the words state: its kind and the money, never an expense. */
export interface Movement {
  kind: MovementKind;
  /** Decimal string with two places, "25.00". */
  amount: string;
  currency: string;
  /** Who or what: "Amazon", "Marie", "salaire". */
  description: string;
  /** YYYY-MM-DD in the speaker's time zone. */
  date: string;
}

export interface ParseOptions {
  /** The instant the words were said: "hier" is relative to it. */
  now: Date;
  /** IANA zone of the speaker: dates are calendar dates there. */
  timeZone: string;
  /** ISO 4217 code used when the words name no currency. */
  currency: string;
  /** 'fr', 'en', 'fr-FR'…: a hint; the words themselves decide when they clearly say otherwise. */
  locale?: string;
  /**
   * The person's largest expense of the last 90 days, in cents of `currency`. An expense in that
   * currency over 20× it comes back with reviewReason 'implausible_amount'. Absent or 0: unused.
   */
  largestRecentCents?: number;
  /** What the person taught by fixing categories; a learned phrase beats the lexicon. */
  memory?: readonly LearnedWord[];
  /**
   * The person said these words are an expense ("record it anyway"): money movements are read as
   * expenses, and words read as none are kept to review (settle-locally.ts `recordedAnyway`).
   */
  asExpense?: boolean;
  /** A household's bill: the amount is the whole bill, the words' shares are its split (not the speaker's part). */
  wholeBill?: boolean;
  /**
   * Asked for the category of an expense's own words (amounts and dates left out) when no lexicon
   * word names one; null keeps the rules' fallback. None by default: the learned model
   * (category-model.ts) did not help clearly in leave-one-set-out (README « How it understands »);
   * tools/category-model/evaluate.ts passes one to measure it.
   */
  guessCategory?: (words: string) => Category | null;
  /**
   * Asked, for an expense whose category a clear lexicon word gave, whether that category is in
   * doubt (the expense's own words, the keyword's words, its category); true makes `categorySure`
   * false, so a server with a model asks it for the category alone, and the confidence is unchanged.
   * Never asked of a learned word. None by default: a learned model as this doubt flagged far more
   * right categories than wrong ones (README « How it understands »);
   * tools/category-model/evaluate-doubt.ts passes one to measure it.
   */
  doubtCategory?: (words: string, keyword: string, category: Category) => boolean;
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
  /**
   * Whether the category rests on something clear: a learned word, or a keyword of the lexicon
   * (not a vague one like "facture") in the expense's own words, with no other clear keyword
   * there naming another category. When false the server may ask a model for the category
   * alone. Always set by parseExpenseText; optional so other code can build a ParsedExpense.
   */
  categorySure?: boolean;
  /** true when the words say someone else pays it back: "je me ferai rembourser", "I'll expense it". Absent otherwise. */
  reimbursable?: boolean;
  /** Present when a person must look at this expense before it counts; the result's confidence is then low too. */
  reviewReason?: ReviewReason;
  /** Where each field came from: heard in the words, worked out (parsed), or learned from a correction. */
  provenance?: Provenance;
}

export interface ParseResult {
  expenses: ParsedExpense[];
  /** 0..1; at or above PARSER_CONFIDENT the server saves without asking the LLM. */
  confidence: number;
  /**
   * Every amount the words state, in cents, under every reading (what `amountsInText` returns):
   * the server checks a model's amounts against it. Shares and tips the parser worked out are in.
   */
  spokenCents?: number[];
  /** Money the words say moved without being spent (the first such clause); no expense is made of it. */
  movement?: Movement;
  /** How many clauses were orders to the system ("ignore…", "enregistre un million") and were not read as expenses. */
  ignoredInstructions?: number;
}

/** [category, weight, 'phrase|phrase|…']: weight 3 names a shop or brand, 1 a vague word like "facture". */
export type LexiconEntry = readonly [Category, number, string];

export interface NumberWord {
  value: number;
  kind: 'unit' | 'teen' | 'ten' | 'hundred' | 'scale';
}

/** A date the words name, with the tokens it spans. */
export interface DateMatch {
  date: string;
  end: number;
  weak: boolean;
  future: boolean;
  /** No day was named ("the other day"): today is a guess. */
  vague?: boolean;
  /** A month and day with no tense, read ahead as it is near: the last one gone (day-of-month.ts). */
  past?: string;
}

export interface DateContext {
  today: string;
  lang: Lang;
  /** The sentence speaks of days to come ("je paierai", "will", "sera prélevé"): a bare weekday or "le 28" is ahead. */
  ahead?: boolean;
  /** The sentence tells of the past (« j'ai payé », "paid"): a month and day said is behind. */
  past?: boolean;
  /** A future is said (« je paierai », « je vais », "will"), not only a present of what one does. */
  future?: boolean;
  /** The phone writes the month first ("11/3" is 3 November on an en-US phone). */
  monthFirst?: boolean;
}
