import {
  allFrom,
  type CaptureResult,
  decimalToCents,
  type LocalReading,
  localRows,
  outcomeOf,
  PARSER_CONFIDENT,
  readLocally,
  recurringHint,
  settleLocally,
  toComplete,
  wordsAsDescription,
} from '@voicetrack/shared';
import type { CaptureOutcome, ExpenseParser, NewExpense, ParseContext } from '../ports.ts';
import { LlmInvalidOutputError, ProviderUnavailableError } from '../ports.ts';
import { wholeBillReader } from './whole-bill.ts';

export interface TranscriptContext extends ParseContext {
  /** The instant the note was recorded: "hier" is relative to it. */
  recordedAt: Date;
  /** The person's largest expense of the last 90 days in this currency (plausibility), cents. */
  largestRecentCents?: number;
  /** The person said the words are an expense: a money movement is read as one. */
  asExpense?: boolean;
}

type Parsed = Omit<CaptureOutcome, 'transcript'>;

/**
 * The local parser's reading of the words, in the note's own time and place: one pass
 * (shared/src/parse/settle-locally.ts: the local-only rule lives there, as the PWA shows a note's
 * expense before sending it by the same one).
 */
export function readNote(transcript: string, context: TranscriptContext): LocalReading {
  return readLocally(transcript, {
    now: context.recordedAt,
    timeZone: context.timeZone,
    currency: context.currency,
    locale: context.locale,
    ...(context.memory ? { memory: context.memory } : {}),
    ...(context.largestRecentCents ? { largestRecentCents: context.largestRecentCents } : {}),
    ...(context.asExpense ? { asExpense: true } : {}),
    ...(context.wholeBill ? { wholeBill: true } : {}),
  });
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
  local: LocalReading = readNote(transcript, context),
): Promise<Parsed> {
  const parsed = await readExpenses(transcript, context, llm, local);
  // No expense, and the words say money moved without being spent: the answer says which.
  return parsed.outcome === 'no_expense' && local.movement ? { ...parsed, movement: local.movement } : parsed;
}

async function readExpenses(
  transcript: string,
  context: TranscriptContext,
  llm: ExpenseParser | null,
  local: LocalReading,
): Promise<Parsed> {
  // Settled alone when the local parser is sure, or there is no LLM to ask.
  const settled = settleLocally(transcript, local, llm !== null);
  if (settled || !llm) return settled ?? outcomeOf([]);
  if (local.confidence >= PARSER_CONFIDENT)
    return outcomeOf(await askCategories(local, transcript, context, llm));

  const fallback = (reason: string): NewExpense[] =>
    local.expenses.length > 0
      ? localRows(local, 'needs_review', reason)
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
    return outcomeOf(local.expenses.length > 0 ? localRows(local, 'needs_review', 'parsers_disagree') : []);
  }

  const spoken = new Set(local.spokenCents ?? []);
  const heardLocally = new Set(local.expenses.map((e) => decimalToCents(e.amount)));
  // An amount the local parser found odd or implausible stays a question, whatever the LLM says.
  const flagged = local.expenses.find((e) => e.reviewReason)?.reviewReason ?? null;
  // A household's bill: a share the model took (« on partage ») is read back as the whole bill.
  const asWholeBill = wholeBillsOf(transcript, context, local);
  return outcomeOf(
    words.map((said): NewExpense => {
      const { expense: e, corrected } = asWholeBill ? asWholeBill(said) : { expense: said, corrected: false };
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
        // The whole bill's amount and description are the words' own, as the local parser read them.
        provenance: corrected
          ? { ...allFrom('model'), amount: { from: 'heard' }, description: { from: 'parsed' } }
          : allFrom('model'),
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
  local: LocalReading,
  transcript: string,
  context: TranscriptContext,
  llm: ExpenseParser,
): Promise<NewExpense[]> {
  const rows = localRows(local, 'saved', null);
  let words: Awaited<ReturnType<ExpenseParser['parseExpenseWords']>>;
  try {
    words = await llm.parseExpenseWords(transcript, context);
  } catch (error) {
    if (error instanceof LlmInvalidOutputError || error instanceof ProviderUnavailableError) return rows;
    throw error;
  }
  // A household's bill: the model's share (« on partage ») still names the bill's category.
  const asWholeBill = wholeBillsOf(transcript, context, local);
  const unused = asWholeBill ? words.map((w) => asWholeBill(w).expense) : [...words];
  return rows.map((row, i) => {
    if (local.expenses[i]?.categorySure !== false) return row;
    const at = unused.findIndex((w) => decimalToCents(w.amount) === decimalToCents(row.amount ?? ''));
    const match = at >= 0 ? unused.splice(at, 1)[0] : undefined;
    return match
      ? {
          ...row,
          category: match.category,
          parsedBy: 'local+llm',
          provenance: { ...row.provenance, category: { from: 'model' } },
        }
      : row;
  });
}

/** For a household's bill (wholeBill), the reader of the model's shares as whole bills (whole-bill.ts). */
function wholeBillsOf(transcript: string, context: TranscriptContext, local: LocalReading) {
  if (!context.wholeBill) return null;
  const personal = readNote(transcript, { ...context, wholeBill: false });
  return wholeBillReader(personal, local, new Set(local.spokenCents ?? []));
}

function placeholder(transcript: string, context: TranscriptContext, reason: string): NewExpense {
  return {
    amount: null,
    currency: context.currency,
    category: 'other',
    description: wordsAsDescription(transcript),
    date: context.today,
    status: 'needs_review',
    parsedBy: 'none',
    reviewReason: reason,
  };
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
