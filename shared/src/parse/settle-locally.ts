/**
 * What the local parser alone makes of a note's words: the rule the server stores a note by when
 * no model is asked, and the rule the PWA shows a note's expense by before the network comes back
 * (the same words, the same expense). Pure; the LLM's part stays on the server.
 */
import { addDays, localDate } from '../dates.ts';
import { centsToDecimal, decimalToCents } from '../money.ts';
import type { Provenance } from '../provenance.ts';
import { PARSER_CONFIDENT } from './confidence.ts';
import { wordsAsDescription } from './describe.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import type { Movement, ParseOptions, ParseResult, ReviewReason } from './types.ts';
import { type UnderstoodWithoutAmount, understandWithoutAmount } from './understand-without-amount.ts';

/** Below this, a local-only reading (no LLM to ask) is kept as needs_review. */
export const LOCAL_ONLY_MIN_CONFIDENCE = 0.5;
/**
 * review.ts's AWAITING_CONFIRMATION, written again here (a test holds them equal): the parser's
 * chunk, loaded lazily by the PWA, must not import a module of the first screen it did not import
 * before — the bundler then splits shared modules out of the first screen's file.
 */
export const CONFIRM_FIRST = 'awaiting_confirmation';
/** Words that name a purchase but no amount ("taxi hier"): kept for the person to complete. */
export const NO_AMOUNT = 'no_amount';
/** An expense dated after the day it was said ("dentiste demain 50 €"). */
export const FUTURE_DATE = 'future_date';
/** Words read as no expense that the person recorded as one (« Enregistrer comme dépense »). */
export const ASKED_AS_EXPENSE: ReviewReason = 'asked_as_expense';

/**
 * The local parser's reading: its expenses, its confidence, every amount said (in cents), and,
 * when it found no expense, what the words say of a purchase without an amount.
 */
export type LocalReading = ParseResult & {
  understood: (UnderstoodWithoutAmount & { currency: string }) | null;
};

/** An expense as the local parser settles it (the server adds its own parsers' rows beside). */
export interface SettledExpense {
  amount: string | null;
  currency: string;
  category: UnderstoodWithoutAmount['category'];
  description: string;
  date: string;
  status: 'saved' | 'needs_review';
  parsedBy: 'local';
  reviewReason: string | null;
  reimbursable?: boolean;
  provenance?: Provenance;
}

export type NoteOutcome = 'saved' | 'needs_review' | 'no_expense';

/** The words read once, in the note's own time and place. */
export function readLocally(text: string, options: ParseOptions): LocalReading {
  const parsed = parseExpenseText(text, options);
  const understood = parsed.expenses.length === 0 ? understandWithoutAmount(text, options) : null;
  const local = { ...parsed, understood: understood && { ...understood, currency: options.currency } };
  return options.asExpense ? recordedAnyway(text, local, options) : local;
}

/**
 * « Enregistrer comme dépense » on words read as no expense (a question, an order, a price the
 * parser took for one not paid): the person says they are one, so they never come back as « aucune
 * dépense ». The first amount the words hold waits for review; with none heard, the words wait
 * for their amount. Nothing is guessed: the category is `other` unless the words named one.
 */
function recordedAnyway(text: string, local: LocalReading, options: ParseOptions): LocalReading {
  const words = text.trim();
  if (local.expenses.length > 0 || words === '') return local;
  const what = local.understood ?? {
    category: 'other' as const,
    description: wordsAsDescription(words),
    date: localDate(options.now, options.timeZone),
    currency: options.currency,
  };
  const cents = local.spokenCents?.[0];
  if (cents === undefined) return { ...local, understood: what };
  const expense = {
    ...what,
    amount: centsToDecimal(cents),
    reviewReason: ASKED_AS_EXPENSE,
    categorySure: false,
  };
  return { ...local, understood: null, expenses: [expense] };
}

/**
 * The reading's expenses as rows. An expense the parser itself flagged (an implausible or oddly
 * written amount) waits for review whatever the rest says.
 */
export const localRows = (
  local: LocalReading,
  status: SettledExpense['status'],
  reviewReason: string | null,
): SettledExpense[] =>
  local.expenses.map((e) => ({
    amount: e.amount,
    currency: e.currency,
    category: e.category,
    description: e.description,
    date: e.date,
    status: e.reviewReason ? 'needs_review' : status,
    parsedBy: 'local',
    reviewReason: e.reviewReason ?? reviewReason,
    ...(e.reimbursable ? { reimbursable: true } : {}),
    ...(e.provenance ? { provenance: e.provenance } : {}),
  }));

/** "taxi hier": a needs_review row with what was understood and no amount, for the person to complete. */
export const toComplete = (understood: NonNullable<LocalReading['understood']>): SettledExpense => ({
  amount: null,
  ...understood,
  status: 'needs_review',
  parsedBy: 'local',
  reviewReason: NO_AMOUNT,
});

/** What a note's rows make it: no expense, one to look at, or saved. */
export function outcomeOf<E extends { status: SettledExpense['status'] }>(
  expenses: E[],
): { outcome: NoteOutcome; expenses: E[] } {
  const outcome: NoteOutcome =
    expenses.length === 0
      ? 'no_expense'
      : expenses.some((e) => e.status === 'needs_review')
        ? 'needs_review'
        : 'saved';
  return { outcome, expenses };
}

/**
 * The outcome when the local parser settles it alone: it is sure (a plain expense, or words with
 * no number at all), or there is no LLM to ask (`withLlm` false: a server with no parser key, and
 * the PWA offline). null means: ask the LLM. Words that name a purchase but no amount are kept to
 * complete; words that name none are no expense.
 */
export function settleLocally(
  text: string,
  local: LocalReading,
  withLlm: boolean,
): { outcome: NoteOutcome; expenses: SettledExpense[]; movement?: Movement } | null {
  if (text.trim() === '') return outcomeOf([]);
  // "Amazon m'a remboursé 25 €": no expense, and the answer says which money moved.
  if (local.expenses.length === 0 && local.movement) return { ...outcomeOf([]), movement: local.movement };
  if (local.expenses.length === 0 && local.understood) return outcomeOf([toComplete(local.understood)]);
  if (local.confidence >= PARSER_CONFIDENT) {
    // Sure of the amounts, not of a category: the LLM is asked for the category alone.
    if (withLlm && local.expenses.some((e) => e.categorySure === false)) return null;
    return outcomeOf(localRows(local, 'saved', null));
  }
  if (withLlm) return null;
  if (local.expenses.length === 0) return outcomeOf([]);
  return outcomeOf(
    local.confidence >= LOCAL_ONLY_MIN_CONFIDENCE
      ? localRows(local, 'saved', null)
      : localRows(local, 'needs_review', 'low_confidence'),
  );
}

/**
 * With "confirm first", every expense with an amount waits, flagged, for the person's tap; one
 * dated ahead (`future_date`) waits the same way, as an upcoming expense (its day is in the future).
 * One the parser doubted too (an implausible amount, parsers that disagree) waits the same way:
 * any other reason would count it in totals before the tap (a share of unknown origin relies on it).
 */
export function awaitingConfirmation<
  E extends { amount: string | null; status: SettledExpense['status']; reviewReason: string | null },
  P extends { expenses: E[] },
>(parsed: P, confirm: boolean | undefined): P {
  if (!confirm) return parsed;
  return {
    ...parsed,
    expenses: parsed.expenses.map((e) =>
      e.amount === null ? e : { ...e, status: 'needs_review', reviewReason: CONFIRM_FIRST },
    ),
  };
}

/**
 * The person's largest saved expense of the 90 days before `today` in `currency`, in cents (the
 * parser's plausibility check): what the server reads in SQL, from the rows the phone holds.
 */
export function largestRecentCents(
  expenses: readonly { amount: string | null; currency: string; status: string; date: string }[],
  currency: string,
  today: string,
): number {
  const since = addDays(today, -90);
  let largest = 0;
  for (const e of expenses) {
    if (e.currency !== currency || e.status !== 'saved' || e.amount === null || e.date <= since) continue;
    largest = Math.max(largest, decimalToCents(e.amount) ?? 0);
  }
  return largest;
}
