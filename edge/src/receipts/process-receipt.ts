/**
 * A receipt, exactly once: its photo becomes one expense, kept with the photo. Who reads it:
 * - a vision model when RECEIPT_PROVIDER is set: its total must be one of the amounts OCR found
 *   on the ticket, or the expense waits for the person; if the model is down or confused, OCR's
 *   reading is used instead;
 * - else OCR: the phone's text, or Tesseract on this server when the phone sent none (Node);
 * - with neither (the Supabase function, no text from the phone): the expense waits, amount to
 *   type, the photo beside it.
 * The answer is data (`ReceiptCapture`); only the route turns it into HTTP.
 */
import {
  awaitingConfirmation,
  type CaptureResult,
  decimalToCents,
  localDate,
  outcomeOf,
  type ReceiptReading,
  readReceiptText,
  type SettledExpense,
  settleReceipt,
} from '@voicetrack/shared';
import { dailyBudgetSpent } from '../capture/note-limits.ts';
import { claimOrWait } from '../capture/process-capture.ts';
import { captureHouseholdOf, shareReceiptOutcome } from '../households/shared-bill.ts';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import {
  type CaptureOutcome,
  type CaptureStore,
  type HouseholdStore,
  type LearningStore,
  LlmInvalidOutputError,
  type NewExpense,
  type Owner,
  ProviderUnavailableError,
  type ReceiptOcr,
  type ReceiptPhotoBytes,
  type ReceiptReader,
  type UsageStore,
} from '../ports.ts';
import { isRefusal, type Refusal } from '../refusal.ts';
import type { BankWatch } from '../statements/bank-watch.ts';
import { type ProviderUsage, priceUsage } from '../usage/prices.ts';

export interface ReceiptDeps {
  captures: CaptureStore;
  learning: LearningStore;
  usage: UsageStore;
  /** The vision model (RECEIPT_PROVIDER=openai), or null. */
  reader: ReceiptReader | null;
  /** Tesseract on this server (Node), started on first use; null where there is none (Deno). */
  ocr: (() => Promise<ReceiptOcr>) | null;
  leaseSeconds: number;
  waitMs: number;
  defaultCurrency: string;
  watch?: SpendingWatch;
  /** Told the days of saved expenses: they are matched with the bank's open lines after the answer. */
  bank?: BankWatch;
  sleep?: (ms: number) => Promise<void>;
  /** A person's provider calls per UTC day, in billionths of a USD (DAILY_COST_LIMIT_USD); 0: none. */
  dailyCostLimitNano?: number;
  now?: () => Date;
  /** Households, for tickets taken in one (`householdId`); absent: such tickets are refused. */
  households?: HouseholdStore;
}

export interface ReceiptRequest {
  clientId: string;
  recordedAt: string;
  timezone: string;
  locale: string;
  currency?: string | undefined;
  confirm?: boolean | undefined;
  /** The photo, its metadata already stripped. */
  photo: ReceiptPhotoBytes;
  /** What Tesseract read on the phone. */
  text?: string | undefined;
  /** The ticket is a bill of this household (the caller must be a member). */
  householdId?: string | undefined;
}

/**
 * What became of a receipt: captured (`created` false when the clientId was known: the stored
 * answer), or refused while another request holds it (the client keeps the photo and retries).
 */
export type ReceiptCapture =
  | { kind: 'captured'; created: boolean; result: CaptureResult }
  | Refusal<'capture_in_progress' | 'rate_limited' | 'not_found' | 'forbidden'>;

/** The model read a total OCR never saw on the ticket: a person looks before it counts. */
export const AMOUNT_UNCONFIRMED = 'amount_unconfirmed';
const MAX_TRANSCRIPT = 10_000;

interface Context {
  now: Date;
  today: string;
  timeZone: string;
  currency: string;
  locale: string;
  lang: 'fr' | 'en';
  memory: Awaited<ReturnType<LearningStore['noteContext']>>['memory'];
  largestRecentCents: number;
}

/** OCR's reading, settled by the rule the phone shows it by (shared/'s settleReceipt). */
function fromOcr(reading: ReceiptReading, ctx: Context): SettledExpense {
  const largest = reading.currency === ctx.currency ? ctx.largestRecentCents : 0;
  return settleReceipt(reading, { today: ctx.today, lang: ctx.lang, largestRecentCents: largest });
}

function readOcr(text: string, ctx: Context): ReceiptReading {
  return readReceiptText(text, {
    now: ctx.now,
    timeZone: ctx.timeZone,
    currency: ctx.currency,
    locale: ctx.locale,
    ...(ctx.memory.length ? { memory: ctx.memory } : {}),
  });
}

/** The model's reading, its total checked against the amounts OCR found on the ticket. */
async function fromModel(
  deps: ReceiptDeps,
  request: ReceiptRequest,
  ocr: ReceiptReading | null,
  text: string,
  ctx: Context,
  onUsage: (u: ProviderUsage) => void,
): Promise<NewExpense | null> {
  if (!deps.reader) return null;
  let reply: Awaited<ReturnType<ReceiptReader['readReceiptPhoto']>>;
  try {
    reply = await deps.reader.readReceiptPhoto(request.photo, {
      today: ctx.today,
      timeZone: ctx.timeZone,
      currency: ctx.currency,
      locale: ctx.locale,
      ...(text ? { ocrText: text } : {}),
      onUsage,
    });
  } catch (error) {
    // A model that is down or confused is no reason to keep the photo waiting: OCR reads it.
    if (error instanceof ProviderUnavailableError || error instanceof LlmInvalidOutputError) return null;
    throw error;
  }
  if (reply.total === null) return null;
  const cents = decimalToCents(reply.total);
  const confirmed = cents !== null && (ocr?.printedCents.includes(cents) ?? false);
  const fallback = ocr ? fromOcr(ocr, ctx) : null;
  return {
    amount: reply.total,
    currency: reply.currency ?? ocr?.currency ?? ctx.currency,
    category: reply.category ?? ocr?.category ?? 'other',
    description: (reply.merchant ?? fallback?.description ?? '').slice(0, 200),
    date: reply.date && reply.date <= ctx.today ? reply.date : (ocr?.date ?? ctx.today),
    status: confirmed ? 'saved' : 'needs_review',
    parsedBy: 'llm',
    reviewReason: confirmed ? null : AMOUNT_UNCONFIRMED,
  };
}

export async function processReceipt(
  deps: ReceiptDeps,
  owner: Owner,
  request: ReceiptRequest,
): Promise<ReceiptCapture> {
  const household = await captureHouseholdOf(deps, owner, request.householdId);
  if (isRefusal(household)) return household;
  const now = new Date(request.recordedAt);
  const today = localDate(now, request.timezone);
  const currency = request.currency ?? deps.defaultCurrency;
  const { memory, largestRecentCents } = await deps.learning.noteContext(owner, currency, today);
  const lang = request.locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
  const ctx: Context = {
    now,
    today,
    timeZone: request.timezone,
    currency,
    locale: request.locale,
    lang,
    memory,
    largestRecentCents,
  };
  const start = { ...request, input: { kind: 'receipt' as const } };
  const startRow = {
    clientId: request.clientId,
    source: 'receipt' as const,
    recordedAt: request.recordedAt,
    timezone: request.timezone,
    locale: request.locale,
  };
  const outcomeFor = (text: string, expense: NewExpense): CaptureOutcome => {
    const outcome: CaptureOutcome = {
      transcript: text,
      transcriptSource: text ? 'ocr' : null,
      ...awaitingConfirmation(outcomeOf([expense]), request.confirm),
      photo: request.photo,
    };
    // In a household the ticket is its bill, whole, split among the members.
    return household ? shareReceiptOutcome(outcome, household) : outcome;
  };
  const answer = (created: boolean, result: CaptureResult) => {
    // Only a new receipt can change spending; the checks run after the answer.
    const saved = created ? result.expenses.filter((e) => e.status === 'saved' && e.amount !== null) : [];
    if (saved.length > 0) {
      deps.watch?.changed(owner, request.timezone);
      deps.bank?.saved(
        owner,
        saved.map((e) => e.date),
      );
    }
    return { kind: 'captured' as const, created, result };
  };

  // The phone read it and no model is asked: one statement, no claim to hold.
  const phoneText = request.text?.slice(0, MAX_TRANSCRIPT);
  if (!deps.reader && phoneText) {
    const saved = await deps.captures.save(
      owner,
      startRow,
      outcomeFor(phoneText, fromOcr(readOcr(phoneText, ctx), ctx)),
    );
    if (saved) return answer(true, saved);
  }

  const claim = await claimOrWait(deps, owner, start);
  if (claim.kind === 'refused') return claim;
  if (claim.kind === 'done') return answer(false, claim.result);
  // The vision model is a paid call, counted in the day's budget as Whisper's are (OCR is free).
  const overBudget = await dailyBudgetSpent(
    {
      usage: deps.usage,
      transcriber: null,
      parser: deps.reader,
      dailyCostLimitNano: deps.dailyCostLimitNano,
      now: deps.now,
    },
    owner,
  );
  if (overBudget) {
    await deps.captures.release(owner, claim.captureId, claim.token).catch(() => {});
    return overBudget;
  }
  const usage: ProviderUsage[] = [];
  try {
    const text = (phoneText ?? (deps.ocr ? await (await deps.ocr()).read(request.photo.bytes) : '')).slice(
      0,
      MAX_TRANSCRIPT,
    );
    const ocr = text.trim() ? readOcr(text, ctx) : null;
    const expense =
      (await fromModel(deps, request, ocr, text, ctx, (u) => usage.push(u))) ??
      (ocr
        ? fromOcr(ocr, ctx)
        : fromOcr(readReceiptText('', { now, timeZone: ctx.timeZone, currency, locale: ctx.locale }), ctx));
    const result = await deps.captures.complete(
      owner,
      claim.captureId,
      claim.token,
      outcomeFor(text, expense),
      usage.map(priceUsage),
    );
    return answer(true, result);
  } catch (error) {
    await deps.captures.release(owner, claim.captureId, claim.token).catch(() => {});
    if (usage.length) await deps.usage.record(owner, usage.map(priceUsage)).catch(() => {});
    throw error;
  }
}
