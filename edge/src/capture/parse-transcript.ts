import { decimalToCents } from '@voicetrack/shared';
import { amountsInText, PARSER_CONFIDENT, parseExpenseText } from '@voicetrack/shared/parser';
import { LlmInvalidOutputError, ProviderUnavailableError } from '../errors.ts';
import type { CaptureOutcome, ExpenseParser, NewExpense, ParseContext } from '../ports.ts';

/** Below this, a local-only parse (no LLM configured) is saved as needs_review. */
export const LOCAL_ONLY_MIN_CONFIDENCE = 0.5;

export interface TranscriptContext extends ParseContext {
  /** The instant the note was recorded: "hier" is relative to it. */
  recordedAt: Date;
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
): Promise<Omit<CaptureOutcome, 'transcript'>> {
  const local = parseExpenseText(transcript, {
    now: context.recordedAt,
    timeZone: context.timeZone,
    currency: context.currency,
    locale: context.locale,
  });
  const fromLocal = (status: NewExpense['status'], reviewReason: string | null): NewExpense[] =>
    local.expenses.map((e) => ({ ...e, status, parsedBy: 'local', reviewReason }));

  if (transcript.trim() === '') return outcomeOf([]);
  // Sure either way (a plain expense, or words with no number at all): no LLM call.
  if (local.confidence >= PARSER_CONFIDENT) return outcomeOf(fromLocal('saved', null));
  if (!llm) {
    if (local.expenses.length === 0) return outcomeOf([]);
    return outcomeOf(
      local.confidence >= LOCAL_ONLY_MIN_CONFIDENCE
        ? fromLocal('saved', null)
        : fromLocal('needs_review', 'low_confidence'),
    );
  }

  const fallback = (reason: string): NewExpense[] =>
    local.expenses.length > 0
      ? fromLocal('needs_review', reason)
      : [placeholder(transcript, context, reason)];

  let words: Awaited<ReturnType<ExpenseParser['parseExpenseWords']>>;
  try {
    words = await llm.parseExpenseWords(transcript, context);
  } catch (error) {
    if (error instanceof LlmInvalidOutputError) return outcomeOf(fallback('llm_invalid'));
    if (error instanceof ProviderUnavailableError) return outcomeOf(fallback('parser_unavailable'));
    throw error;
  }
  if (words.length === 0) {
    return outcomeOf(local.expenses.length > 0 ? fromLocal('needs_review', 'parsers_disagree') : []);
  }

  const spoken = new Set(amountsInText(transcript));
  const heardLocally = new Set(local.expenses.map((e) => decimalToCents(e.amount)));
  return outcomeOf(
    words.map((e): NewExpense => {
      const cents = decimalToCents(e.amount);
      const inWords = cents !== null && spoken.has(cents);
      // The LLM can invent or obey a spoken "mets un million": its amount must be in the words,
      // and match the local parser's when that one heard any amount at all.
      const agrees = heardLocally.size === 0 || (cents !== null && heardLocally.has(cents));
      const reviewReason = !inWords ? 'amount_not_in_transcript' : !agrees ? 'parsers_disagree' : null;
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

function outcomeOf(expenses: NewExpense[]): Omit<CaptureOutcome, 'transcript'> {
  const outcome =
    expenses.length === 0
      ? 'no_expense'
      : expenses.some((e) => e.status === 'needs_review')
        ? 'needs_review'
        : 'saved';
  return { outcome, expenses };
}
