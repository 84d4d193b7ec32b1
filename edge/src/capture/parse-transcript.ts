import {
  type CaptureResult,
  decimalToCents,
  PARSER_CONFIDENT,
  parseExpenseText,
  recurringHint,
  type UnderstoodWithoutAmount,
  understandWithoutAmount,
} from '@voicetrack/shared';
import { LlmInvalidOutputError, ProviderUnavailableError } from '../errors.ts';
import type { CaptureOutcome, ExpenseParser, NewExpense, ParseContext } from '../ports.ts';

/** Below this, a local-only parse (no LLM configured) is saved as needs_review. */
export const LOCAL_ONLY_MIN_CONFIDENCE = 0.5;

export interface TranscriptContext extends ParseContext {
  /** The instant the note was recorded: "hier" is relative to it. */
  recordedAt: Date;
  /** The person's largest expense of the last 90 days in this currency (plausibility), cents. */
  largestRecentCents?: number;
}

type Parsed = Omit<CaptureOutcome, 'transcript'>;
/** Words that name a purchase but no amount ("taxi hier"): kept for the person to complete. */
export const NO_AMOUNT = 'no_amount';

/**
 * The local parser's reading: its expenses, its confidence, every amount said (in cents), and,
 * when it found no expense, what the words say of a purchase without an amount.
 */
export type LocalResult = ReturnType<typeof parseExpenseText> & {
  understood: (UnderstoodWithoutAmount & { currency: string }) | null;
};

/**
 * The local parser's expenses as rows. An expense the parser itself flagged (an implausible or
 * oddly written amount) waits for review whatever the rest says.
 */
const fromLocal = (
  local: LocalResult,
  status: NewExpense['status'],
  reviewReason: string | null,
): NewExpense[] =>
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
  }));

/** The local parser's reading of the words, in the note's own time and place: one pass. */
export function readLocally(transcript: string, context: TranscriptContext): LocalResult {
  const options = {
    now: context.recordedAt,
    timeZone: context.timeZone,
    currency: context.currency,
    locale: context.locale,
    ...(context.memory ? { memory: context.memory } : {}),
    ...(context.largestRecentCents ? { largestRecentCents: context.largestRecentCents } : {}),
  };
  const parsed = parseExpenseText(transcript, options);
  const understood = parsed.expenses.length === 0 ? understandWithoutAmount(transcript, options) : null;
  return { ...parsed, understood: understood && { ...understood, currency: context.currency } };
}

/** "taxi hier": a needs_review row with what was understood and no amount, for the person to complete. */
const toComplete = (understood: NonNullable<LocalResult['understood']>): NewExpense => ({
  amount: null,
  ...understood,
  status: 'needs_review',
  parsedBy: 'local',
  reviewReason: NO_AMOUNT,
});

/**
 * The outcome when the local parser settles it alone: it is sure (a plain expense, or words
 * with no number at all), or there is no LLM to ask. null means: ask the LLM. Words that name
 * a purchase but no amount ("taxi hier") are kept to complete; words that name none are no expense.
 */
export function settleLocally(
  transcript: string,
  local: LocalResult,
  llm: ExpenseParser | null,
): Parsed | null {
  if (transcript.trim() === '') return outcomeOf([]);
  if (local.expenses.length === 0 && local.understood) return outcomeOf([toComplete(local.understood)]);
  if (local.confidence >= PARSER_CONFIDENT) {
    // Sure of the amounts, not of a category: the LLM is asked for the category alone.
    if (llm && local.expenses.some((e) => e.categorySure === false)) return null;
    return outcomeOf(fromLocal(local, 'saved', null));
  }
  if (llm) return null;
  if (local.expenses.length === 0) return outcomeOf([]);
  return outcomeOf(
    local.confidence >= LOCAL_ONLY_MIN_CONFIDENCE
      ? fromLocal(local, 'saved', null)
      : fromLocal(local, 'needs_review', 'low_confidence'),
  );
}

/**
 * Words → expenses. The local parser first: when it is sure, no LLM call (free, offline,
 * deterministic). Otherwise the LLM, whose amounts must appear in the words and agree with what
 * the local parser heard, or the expense waits for the user's review. Nothing said is dropped:
 * when neither can read an amount, a needs_review row keeps the transcript.
 */
export async function parseTranscript(
  transcript: string,
  context: TranscriptContext,
  llm: ExpenseParser | null,
  /** The local reading when the caller already has it (a typed note): the words are read once. */
  local: LocalResult = readLocally(transcript, context),
): Promise<Parsed> {
  const settled = settleLocally(transcript, local, llm);
  if (settled || !llm) return settled ?? outcomeOf([]);
  if (local.confidence >= PARSER_CONFIDENT)
    return outcomeOf(await askCategories(local, transcript, context, llm));

  const fallback = (reason: string): NewExpense[] =>
    local.expenses.length > 0
      ? fromLocal(local, 'needs_review', reason)
      : [
          local.understood
            ? { ...toComplete(local.understood), reviewReason: reason }
            : placeholder(transcript, context, reason),
        ];

  let words: Awaited<ReturnType<ExpenseParser['parseExpenseWords']>>;
  try {
    words = await llm.parseExpenseWords(transcript, context);
  } catch (error) {
    if (error instanceof LlmInvalidOutputError) return outcomeOf(fallback('llm_invalid'));
    if (error instanceof ProviderUnavailableError) return outcomeOf(fallback('parser_unavailable'));
    throw error;
  }
  if (words.length === 0) {
    return outcomeOf(local.expenses.length > 0 ? fromLocal(local, 'needs_review', 'parsers_disagree') : []);
  }

  const spoken = new Set(local.spokenCents ?? []);
  const heardLocally = new Set(local.expenses.map((e) => decimalToCents(e.amount)));
  // An amount the local parser found odd or implausible stays a question, whatever the LLM says.
  const flagged = local.expenses.find((e) => e.reviewReason)?.reviewReason ?? null;
  return outcomeOf(
    words.map((e): NewExpense => {
      const cents = decimalToCents(e.amount);
      const inWords = cents !== null && spoken.has(cents);
      // The LLM can invent or obey a spoken "mets un million": its amount must be in the words,
      // and match the local parser's when that one heard any amount at all.
      const agrees = heardLocally.size === 0 || (cents !== null && heardLocally.has(cents));
      const reviewReason = !inWords ? 'amount_not_in_transcript' : !agrees ? 'parsers_disagree' : flagged;
      return {
        amount: e.amount,
        currency: e.currency,
        category: e.category,
        description: e.description,
        date: e.date,
        status: reviewReason ? 'needs_review' : 'saved',
        parsedBy: 'llm',
        reviewReason,
      };
    }),
  );
}

/**
 * The local parser's amounts and dates, with the model's category where the parser was unsure of
 * it (matched by amount). The model cannot change an amount here; when it fails, the local reading
 * stands as it is.
 */
async function askCategories(
  local: LocalResult,
  transcript: string,
  context: TranscriptContext,
  llm: ExpenseParser,
): Promise<NewExpense[]> {
  const rows = fromLocal(local, 'saved', null);
  let words: Awaited<ReturnType<ExpenseParser['parseExpenseWords']>>;
  try {
    words = await llm.parseExpenseWords(transcript, context);
  } catch (error) {
    if (error instanceof LlmInvalidOutputError || error instanceof ProviderUnavailableError) return rows;
    throw error;
  }
  const unused = [...words];
  return rows.map((row, i) => {
    if (local.expenses[i]?.categorySure !== false) return row;
    const at = unused.findIndex((w) => decimalToCents(w.amount) === decimalToCents(row.amount ?? ''));
    const match = at >= 0 ? unused.splice(at, 1)[0] : undefined;
    return match ? { ...row, category: match.category, parsedBy: 'local+llm' } : row;
  });
}

function placeholder(transcript: string, context: TranscriptContext, reason: string): NewExpense {
  return {
    amount: null,
    currency: context.currency,
    category: 'other',
    description: transcript.length > 80 ? `${transcript.slice(0, 79)}…` : transcript,
    date: context.today,
    status: 'needs_review',
    parsedBy: 'none',
    reviewReason: reason,
  };
}

function outcomeOf(expenses: NewExpense[]): Parsed {
  const outcome =
    expenses.length === 0
      ? 'no_expense'
      : expenses.some((e) => e.status === 'needs_review')
        ? 'needs_review'
        : 'saved';
  return { outcome, expenses };
}

/**
 * "… tous les mois": the answer suggests a recurring rule on the day the words name, else on the
 * first expense's day. Read from the transcript, so a repeated clientId gets the same suggestion.
 */
export function withRecurringHint(result: CaptureResult): CaptureResult {
  const first = result.expenses[0];
  const hint = first ? recurringHint(result.transcript) : null;
  if (!first || !hint) return result;
  return { ...result, recurring: { dayOfMonth: hint.dayOfMonth ?? Number(first.date.slice(8, 10)) } };
}
