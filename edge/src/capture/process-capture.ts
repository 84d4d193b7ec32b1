import {
  awaitingConfirmation,
  type CaptureResult,
  type LocalReading,
  localDate,
  settleLocally,
  type TranscriptSource,
} from '@voicetrack/shared';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import {
  type AudioInput,
  type CaptureStore,
  type Claim,
  type ExpenseParser,
  type LearningStore,
  type Owner,
  ProviderRejectedInputError,
  ProviderUnavailableError,
  type Transcriber,
  type UsageStore,
} from '../ports.ts';
import { isRefusal, type Refusal, refused } from '../refusal.ts';
import type { BankWatch } from '../statements/bank-watch.ts';
import { type ProviderUsage, priceUsage } from '../usage/prices.ts';
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
  input:
    | { kind: 'text'; text: string }
    /** `browserWords`: what the browser's own recognition heard (untrusted, already checked). */
    | { kind: 'voice'; audio: AudioInput; browserWords?: string | undefined };
}

/**
 * What became of a note: captured (`created` false when the clientId was known: the stored
 * answer), or refused, with nothing stored and the client keeping the note to send it again.
 */
export type Capture =
  | { kind: 'captured'; created: boolean; result: CaptureResult }
  | Refusal<
      'transcription_unavailable' | 'capture_in_progress' | 'provider_unavailable' | 'unsupported_audio'
    >;

/** Seconds a client waits before sending a note again when no provider key is configured. */
const NO_TRANSCRIBER_RETRY_SECONDS = 300;
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
  };

  // Words the server did not have to hear (typed, or the browser's with no Whisper to ask) that
  // the local parser settles need no provider: claim and store the note in one statement.
  const given = wordsGiven(deps, request);
  let typed: LocalReading | undefined;
  if (given) {
    const transcript = given.text.slice(0, MAX_TRANSCRIPT);
    typed = readNote(transcript, context);
    const settled = settleLocally(transcript, typed, deps.parser !== null);
    if (settled) {
      const result = await deps.captures.save(owner, startOf(request), {
        transcript,
        ...sources(request, given.source),
        ...awaitingConfirmation(settled, request.confirm),
      });
      if (result) return answer(true, result);
    }
  }

  const claim = await claimOrWait(deps, owner, request);
  if (claim.kind === 'refused') return claim;
  if (claim.kind === 'done') return answer(false, claim.result);

  // Every provider call is billed, whatever happens next: the ledger records them all.
  const usage: ProviderUsage[] = [];
  const onUsage = (u: ProviderUsage) => usage.push(u);
  // Give the note back so the client's retry can process it; the client still holds the audio.
  const giveBack = async () => {
    await deps.captures.release(owner, claim.captureId, claim.token).catch(() => {});
    if (usage.length) await deps.usage.record(owner, usage.map(priceUsage)).catch(() => {});
  };
  try {
    const words = given ?? (await transcribe(deps, request, onUsage));
    if (isRefusal(words)) {
      await giveBack();
      return words;
    }
    const transcript = words.text.slice(0, MAX_TRANSCRIPT);
    const parsed = awaitingConfirmation(
      await parseTranscript(transcript, { ...context, onUsage }, deps.parser, typed),
      request.confirm,
    );
    // The ledger goes in with the note: one statement, no round trip of its own.
    const result = await deps.captures.complete(
      owner,
      claim.captureId,
      claim.token,
      { transcript, ...sources(request, words.source), ...parsed },
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

function startOf(request: CaptureRequest) {
  return {
    clientId: request.clientId,
    source: request.input.kind,
    recordedAt: request.recordedAt,
    timezone: request.timezone,
    locale: request.locale,
  };
}

type Words = { text: string; source: TranscriptSource | null };

/**
 * The note's words when the server need not hear the audio: typed ones, or, on a server with no
 * Whisper key, the browser's own (parsed exactly as typed words). null: Whisper must hear it.
 */
function wordsGiven(deps: CaptureDeps, request: CaptureRequest): Words | null {
  const { input } = request;
  if (input.kind === 'text') return { text: input.text, source: null };
  if (!deps.transcriber && input.browserWords) return { text: input.browserWords, source: 'browser' };
  return null;
}

/** Whose words the note's are, and the browser's kept beside Whisper's. */
function sources(request: CaptureRequest, source: TranscriptSource | null) {
  const browser = request.input.kind === 'voice' ? (request.input.browserWords ?? null) : null;
  return { transcriptSource: source, browserTranscript: browser };
}

/** Whisper hears the audio; the browser's words, when it had any, steer its spelling (its prompt). */
async function transcribe(
  deps: CaptureDeps,
  request: CaptureRequest,
  onUsage: (u: ProviderUsage) => void,
): Promise<Words | Refusal<'transcription_unavailable'>> {
  const { input } = request;
  if (input.kind !== 'voice' || !deps.transcriber) {
    return refused(
      'transcription_unavailable',
      "No transcription provider is configured (set GROQ_API_KEY or OPENAI_API_KEY), and the note came without the browser's words. Keep the note and send it later.",
      NO_TRANSCRIBER_RETRY_SECONDS,
    );
  }
  const language = request.locale.split('-')[0]?.toLowerCase();
  const { text } = await deps.transcriber.transcribeAudio(input.audio, {
    ...(language ? { language } : {}),
    ...(input.browserWords ? { hint: input.browserWords } : {}),
    onUsage,
  });
  return { text, source: 'whisper' };
}

/**
 * Claims the note; while another request holds it, waits (backing off) for its answer, and takes
 * the note over if that request gave it back (its provider call failed).
 */
async function claimOrWait(
  deps: CaptureDeps,
  owner: Owner,
  request: CaptureRequest,
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

/** A provider's failure as the note's answer: down (retry later), or unable to read this audio. */
function providerRefusal(error: unknown): Refusal<'provider_unavailable' | 'unsupported_audio'> | null {
  if (error instanceof ProviderUnavailableError)
    return refused(
      'provider_unavailable',
      `The ${error.provider} provider is unavailable: keep the note and retry.`,
      error.retryAfterSeconds,
    );
  if (error instanceof ProviderRejectedInputError)
    return refused(
      'unsupported_audio',
      `The transcription provider could not read this audio: ${error.message}`,
    );
  return null;
}
