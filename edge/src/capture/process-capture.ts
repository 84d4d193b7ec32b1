import {
  awaitingConfirmation,
  type CaptureResult,
  type LocalReading,
  localDate,
  settleLocally,
} from '@voicetrack/shared';
import { captureHouseholdOf, shareOutcome } from '../households/shared-bill.ts';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import type {
  CaptureOutcome,
  CaptureStore,
  Claim,
  ExpenseParser,
  HouseholdStore,
  LearningStore,
  Owner,
  Transcriber,
  UsageStore,
} from '../ports.ts';
import { isRefusal, type Refusal, refused } from '../refusal.ts';
import type { BankWatch } from '../statements/bank-watch.ts';
import { type ProviderUsage, priceUsage } from '../usage/prices.ts';
import { audioTooLong, dailyBudgetSpent, tooManyAmounts } from './note-limits.ts';
import { type NoteInput, providerRefusal, sources, transcribe, wordsGiven } from './note-words.ts';
import { parseTranscript, readNote, type TranscriptContext, withRecurringHint } from './parse-transcript.ts';

export interface CaptureDeps {
  captures: CaptureStore;
  usage: UsageStore;
  learning: LearningStore;
  transcriber: Transcriber | null;
  parser: ExpenseParser | null;
  leaseSeconds: number;
  waitMs: number;
  defaultCurrency: string;
  /** Told when saved expenses arrive: budget alerts are checked after the answer. */
  watch?: SpendingWatch;
  /** Told the days of saved expenses: they are matched with the bank's open lines after the answer. */
  bank?: BankWatch;
  sleep?: (ms: number) => Promise<void>;
  /** A voice note Whisper would hear for longer is refused before the call (MAX_AUDIO_SECONDS). */
  maxAudioSeconds?: number;
  /** A person's provider calls per UTC day, in billionths of a USD (DAILY_COST_LIMIT_USD); 0: none. */
  dailyCostLimitNano?: number;
  now?: () => Date;
  /** Households, for notes said in one (`householdId`); absent: such notes are refused. */
  households?: HouseholdStore;
}

export interface CaptureRequest {
  clientId: string;
  recordedAt: string;
  timezone: string;
  locale: string;
  currency?: string | undefined;
  /** "Confirmer avant d'enregistrer": the expenses are kept flagged until the user accepts them. */
  confirm?: boolean | undefined;
  /** "Enregistrer comme dépense": money the words say moved is read as an expense. */
  asExpense?: boolean | undefined;
  /** The note is a bill of this household (the caller must be a member). */
  householdId?: string | undefined;
  input: NoteInput;
}

/**
 * What became of a note: captured (`created` false when the clientId was known: the stored
 * answer), or refused, with nothing stored and the client keeping the note to send it again.
 */
export type Capture =
  | { kind: 'captured'; created: boolean; result: CaptureResult }
  | Refusal<
      | 'transcription_unavailable'
      | 'capture_in_progress'
      | 'provider_unavailable'
      | 'unsupported_audio'
      | 'payload_too_large'
      | 'too_many_amounts'
      | 'rate_limited'
      | 'not_found'
      | 'forbidden'
    >;

const MAX_TRANSCRIPT = 10_000;
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One note, exactly once: claim its clientId, turn it into words and expenses, store them with
 * the note in one transaction. A repeated clientId gets the stored answer (created: false); a
 * concurrent one waits for the first to finish. On a refusal or a failure the claim is given back,
 * so the client's retry (it keeps the audio) processes the note.
 */
export async function processCapture(
  deps: CaptureDeps,
  owner: Owner,
  request: CaptureRequest,
): Promise<Capture> {
  const household = await captureHouseholdOf(deps, owner, request.householdId);
  if (isRefusal(household)) return household;
  // In a household the words' expenses are its bills: the whole amount, split among its members.
  const shared = (outcome: CaptureOutcome): CaptureOutcome =>
    household ? shareOutcome(outcome, household) : outcome;
  const recordedAt = new Date(request.recordedAt);
  const today = localDate(recordedAt, request.timezone);
  const currency = request.currency ?? deps.defaultCurrency;
  // What this person taught the parser, and their usual amounts (plausibility): one round trip.
  const { memory, largestRecentCents } = await deps.learning.noteContext(owner, currency, today);
  const answer = (created: boolean, result: CaptureResult): Capture => {
    // Only a new note can change spending; the alert check never delays (or fails) the answer.
    const saved = created ? result.expenses.filter((e) => e.status === 'saved' && e.amount !== null) : [];
    if (saved.length > 0) {
      deps.watch?.changed(owner, request.timezone);
      deps.bank?.saved(
        owner,
        saved.map((e) => e.date),
      );
    }
    return { kind: 'captured', created, result: withRecurringHint(result) };
  };
  const context: TranscriptContext = {
    recordedAt,
    today,
    timeZone: request.timezone,
    currency,
    locale: request.locale,
    memory,
    largestRecentCents,
    ...(request.asExpense ? { asExpense: true } : {}),
    ...(household ? { wholeBill: true } : {}),
  };

  // Words the server did not have to hear (typed, or the browser's with no Whisper to ask) that
  // the local parser settles need no provider: claim and store the note in one statement.
  const given = wordsGiven(request.input, deps.transcriber);
  let typed: LocalReading | undefined;
  if (given) {
    const transcript = given.text.slice(0, MAX_TRANSCRIPT);
    typed = readNote(transcript, context);
    const tooMany = tooManyAmounts(typed);
    if (tooMany) return tooMany;
    const settled = settleLocally(transcript, typed, deps.parser !== null);
    if (settled) {
      const result = await deps.captures.save(
        owner,
        startOf(request),
        shared({
          transcript,
          ...sources(request.input, given.source),
          ...awaitingConfirmation(settled, request.confirm),
        }),
      );
      if (result) return answer(true, result);
    }
  }

  const tooLong = given ? null : audioTooLong(deps, request.input);
  if (tooLong) return tooLong;

  const claim = await claimOrWait(deps, owner, request);
  if (claim.kind === 'refused') return claim;
  if (claim.kind === 'done') return answer(false, claim.result);
  const overBudget = await dailyBudgetSpent(deps, owner);
  if (overBudget) {
    await deps.captures.release(owner, claim.captureId, claim.token).catch(() => {});
    return overBudget;
  }

  // Every provider call is billed, whatever happens next: the ledger records them all.
  const usage: ProviderUsage[] = [];
  const onUsage = (u: ProviderUsage) => usage.push(u);
  // What Whisper heard, paid for: kept with the note when it is given back, never heard twice.
  let heard: string | undefined;
  // Give the note back so the client's retry can process it; the client still holds the audio.
  const giveBack = async () => {
    await deps.captures.release(owner, claim.captureId, claim.token, heard).catch(() => {});
    if (usage.length) await deps.usage.record(owner, usage.map(priceUsage)).catch(() => {});
  };
  try {
    const words =
      given ??
      (claim.heard !== undefined && request.input.kind === 'voice'
        ? { text: claim.heard, source: 'whisper' as const }
        : await transcribe(request.input, deps.transcriber, request.locale, onUsage));
    if (isRefusal(words)) {
      await giveBack();
      return words;
    }
    const transcript = words.text.slice(0, MAX_TRANSCRIPT);
    if (!given) heard = transcript;
    const local = typed ?? readNote(transcript, context);
    const tooMany = tooManyAmounts(local);
    if (tooMany) {
      await giveBack();
      return tooMany;
    }
    const parsed = awaitingConfirmation(
      await parseTranscript(transcript, { ...context, onUsage }, deps.parser, local),
      request.confirm,
    );
    // The ledger goes in with the note: one statement, no round trip of its own.
    const result = await deps.captures.complete(
      owner,
      claim.captureId,
      claim.token,
      shared({ transcript, ...sources(request.input, words.source), ...parsed }),
      usage.map(priceUsage),
    );
    return answer(true, result);
  } catch (error) {
    await giveBack();
    const refusal = providerRefusal(error);
    if (refusal) return refusal;
    throw error;
  }
}

function startOf(
  request: Pick<CaptureRequest, 'clientId' | 'recordedAt' | 'timezone' | 'locale'> & {
    input: { kind: 'voice' | 'text' | 'receipt' };
  },
) {
  return {
    clientId: request.clientId,
    source: request.input.kind,
    recordedAt: request.recordedAt,
    timezone: request.timezone,
    locale: request.locale,
  };
}

/**
 * Claims the note; while another request holds it, waits (backing off) for its answer, and takes
 * the note over if that request gave it back (its provider call failed).
 */
export async function claimOrWait(
  deps: Pick<CaptureDeps, 'captures' | 'leaseSeconds' | 'waitMs' | 'sleep'>,
  owner: Owner,
  request: Parameters<typeof startOf>[0],
): Promise<Exclude<Claim, { kind: 'busy' }> | Refusal<'capture_in_progress'>> {
  const sleep = deps.sleep ?? defaultSleep;
  let waited = 0;
  let step = 50;
  for (;;) {
    const claim = await deps.captures.claim(owner, {
      ...startOf(request),
      leaseSeconds: deps.leaseSeconds,
    });
    if (claim.kind !== 'busy') return claim;
    if (waited >= deps.waitMs) {
      return refused(
        'capture_in_progress',
        'This note is being processed by another request; try again shortly.',
        5,
      );
    }
    await sleep(step);
    waited += step;
    step = Math.min(step * 2, 500);
  }
}
