/** How plain the sentence was: the server saves at or above this without asking the LLM. */
export const PARSER_CONFIDENT = 0.8;

export interface SentenceSignals {
  /** "je crois", "environ", "maybe". */
  hedge: boolean;
  /** "euh", "bon", "so": speech noise, barely a doubt. */
  filler: boolean;
  /** A self-correction was applied. */
  corrected: boolean;
  /** Numbers no reading explained. */
  leftovers: number;
  /** Clauses dropped as refunds, reminders or plans beside kept expenses. */
  droppedClauses: number;
  expenses: number;
  /** A bare number right after money read as a count (doubts.ts): « 3 euros 20 rue … ». */
  countAfterMoney?: boolean;
  /** The amount is worked out of another by a percentage or a fraction (doubts.ts workedOut). */
  workedOut?: boolean;
}

export interface ExpenseSignals {
  /** No currency word or symbol: "resto 25". */
  bare: boolean;
  impliedCents: boolean;
  ambiguousCurrency: boolean;
  /** 0: no keyword ("other"); 1: a vague one ("facture"); 2–3: a clear one. */
  categoryWeight: number;
  /** A unit price times a count: "2 baguettes à 1,10". */
  multiplied: boolean;
  /** The words said so ("chacun", "each"). */
  each: boolean;
  weakDate: boolean;
  /** The day said names none ("the other day", « récemment »): today is a guess. */
  vagueDate?: boolean;
  /** Many words the parser did not understand. */
  wordy: boolean;
  /** A shared bill with no count said: "on a partagé" is read as two. */
  guessedShare: boolean;
  /** The category came from a clear keyword that nothing contests (ParsedExpense.categorySure). */
  categorySure?: boolean;
  /** Words that could name the purchase and that no lexicon knows (doubts.ts). */
  unknownWords?: number;
  /** The first of those words is unknown: what was bought is a word the parser does not know. */
  unknownFirst?: boolean;
  /** « 97 dollars » said in French with no place to say whose (doubts.ts). */
  unplacedDollar?: boolean;
  /** The day read is not the one said: a past day the thing is for, « fin du mois » unread (doubts-said.ts). */
  dayGuessed?: boolean;
  /** Reimbursable read from "for work" alone, on a thing an employer does not repay as a rule (doubts-said.ts). */
  paybackGuessed?: boolean;
}

/**
 * The most a reading with a doubt of doubts.ts may claim: below PARSER_CONFIDENT, so the model
 * reads it, and above LOCAL_ONLY_MIN_CONFIDENCE (0.5), so with no model it is saved as before.
 */
export const DOUBTED_CONFIDENCE = 0.7;

/**
 * A doubt that a plain-sentence score does not see: a count right after money, an amount worked
 * out by a percentage or a fraction, several expenses in one sentence, a category the
 * parser is unsure of while what was bought is in words no lexicon knows (two of them, or the
 * first), dollars said in French with no place to say whose, or a past day that names none
 * ("the other day", « récemment »: dated today, which is only a guess).
 */
export function doubted(sentence: SentenceSignals, expenses: readonly ExpenseSignals[]): boolean {
  // Several expenses read from one sentence: read unseen, 8 of 12 such sure readings were wrong
  // (a total and its parts, a tip, a fee or a difference read as an expense of its own).
  if (sentence.countAfterMoney === true || sentence.workedOut === true || sentence.expenses > 1) return true;
  return expenses.some(
    (e) =>
      e.unplacedDollar === true ||
      e.vagueDate === true ||
      (e.categorySure === false && ((e.unknownWords ?? 0) >= 2 || e.unknownFirst === true)),
  );
}

/** The most a result with an expense flagged for review may claim: below LOCAL_ONLY_MIN_CONFIDENCE (0.5) on the server. */
export const FLAGGED_CONFIDENCE = 0.4;

/**
 * The most a reading may claim when a doubt of doubts-said.ts puts a value in question (the date,
 * whose money it is): below PARSER_CONFIDENT, so the model reads it again, and below
 * LOCAL_ONLY_MIN_CONFIDENCE (0.5), so with no model it waits for a look (`needs_review`) instead of
 * counting in the totals unseen.
 */
export const DOUBTED_VALUE_CONFIDENCE = 0.45;

/** A doubt of doubts-said.ts: a value of the reading, not only its plainness, is in question. */
const valueDoubted = (expenses: readonly ExpenseSignals[]): boolean =>
  expenses.some((e) => e.dayGuessed === true || e.paybackGuessed === true);

/**
 * High only for a plain sentence: one clear amount with a currency, a known kind of expense, no
 * leftover numbers, no hedge, no correction. Each doubt lowers it; the worst expense counts. A
 * doubt of `doubted` caps it at DOUBTED_CONFIDENCE, one of `valueDoubted` at DOUBTED_VALUE_CONFIDENCE.
 */
export function scoreConfidence(sentence: SentenceSignals, expenses: readonly ExpenseSignals[]): number {
  let score = 0.95;
  if (sentence.hedge) score -= 0.3;
  if (sentence.filler) score -= 0.05;
  if (sentence.corrected) score -= 0.25;
  if (sentence.leftovers > 0) score -= 0.3;
  if (sentence.droppedClauses > 0) score -= 0.2;
  if (sentence.expenses > 1) score -= 0.05;
  let worst = 0;
  for (const e of expenses) {
    let doubt = 0;
    if (e.bare) doubt += e.categoryWeight === 0 ? 0.4 : 0.2;
    if (e.impliedCents) doubt += 0.15;
    if (e.ambiguousCurrency) doubt += 0.2;
    if (e.categoryWeight === 0) doubt += 0.2;
    // A vague word (weight 1).
    else if (e.categoryWeight <= 1) doubt += 0.1;
    if (e.multiplied) doubt += e.each ? 0.05 : 0.2;
    if (e.weakDate) doubt += 0.1;
    if (e.wordy) doubt += 0.1;
    if (e.guessedShare) doubt += 0.2;
    worst = Math.max(worst, doubt);
  }
  const plain = Math.round(Math.min(1, Math.max(0, score - worst)) * 100) / 100;
  if (valueDoubted(expenses)) return Math.min(plain, DOUBTED_VALUE_CONFIDENCE);
  return doubted(sentence, expenses) ? Math.min(plain, DOUBTED_CONFIDENCE) : plain;
}
