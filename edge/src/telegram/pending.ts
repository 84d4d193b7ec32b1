/**
 * Telegram gives up redelivering an update after a number of attempts it does not publish: an
 * update that cannot be handled now (the transcription provider, the database or Telegram itself
 * down) is kept in the database instead, the chat told once, and tried again — after each
 * update the webhook handles, every minute from the Node server (jobs.ts) and on Supabase's clock
 * (POST /telegram/retry) — backing off to an hour, for a week. Each try is the same note (the clientId comes from
 * the update), so a note is saved once however often it is tried.
 */
import { type TelegramUpdate, TelegramUpdateSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import type { Logger } from '../observe/logger.ts';
import type { TelegramPendingStore } from '../ports.ts';
import { isRefusal, type Refusal, refused } from '../refusal.ts';
import { BotApiError } from './bot-api.ts';
import { handleUpdate, type TelegramDeps } from './handle-update.ts';
import { receiptFileOf } from './photo.ts';
import { chatLang, WORDS } from './reply.ts';

export type PendingDeps = TelegramDeps & { pending: TelegramPendingStore };
export type WebhookDeps = PendingDeps & { logger: Logger };

/** Refusals a later try can get past: the provider down, the note busy elsewhere, a rate limit. */
const FOR_NOW = new Set(['provider_unavailable', 'capture_in_progress', 'rate_limited']);

const LEASE_SECONDS = 120;
const GIVE_UP_MS = 7 * 24 * 3600 * 1000;
/** One minute, doubling, at most an hour. */
export const retryDelaySeconds = (attempts: number) => Math.min(60 * 2 ** attempts, 3600);

/**
 * Whether trying again later can succeed, for what stopped an update: a refusal for now, Telegram
 * down (not refusing for good), or anything else thrown (the database down).
 */
export function isRetryable(failure: unknown): boolean {
  if (failure instanceof BotApiError) return failure.retryable;
  if (isRefusal(failure)) return FOR_NOW.has(failure.code);
  return true;
}

const describe = (failure: unknown) =>
  isRefusal(failure) ? `${failure.code}: ${failure.message}` : String(failure);

/** What stopped the update (a refusal or what was thrown), or null once it is handled. */
async function attempt(deps: TelegramDeps, update: TelegramUpdate): Promise<unknown> {
  try {
    const outcome = await handleUpdate(deps, update);
    return outcome.kind === 'refused' ? outcome : null;
  } catch (error) {
    return error;
  }
}

/**
 * An update from the webhook: handled now, ignored (Telegram refusing for good), or kept to be
 * tried again — then those kept and due are tried too. Refused
 * only when it cannot even be kept (the database down): Telegram then delivers it again.
 */
export async function receiveUpdate(
  deps: WebhookDeps,
  update: TelegramUpdate,
): Promise<{ kind: 'answered' } | Refusal<'provider_unavailable'>> {
  const failure = await attempt(deps, update);
  if (failure === null) {
    await retryPending(deps, 3).catch((error: unknown) =>
      deps.logger.log('warn', 'telegram retries failed', { error: String(error) }),
    );
    return { kind: 'answered' };
  }
  if (!isRetryable(failure)) {
    if (failure instanceof BotApiError || isRefusal(failure)) return { kind: 'answered' };
    throw failure;
  }
  deps.logger.log('warn', 'telegram update kept to try again', {
    updateId: update.update_id,
    error: describe(failure),
  });
  try {
    await keepForLater(deps, update, failure);
  } catch {
    return refused('provider_unavailable', `This update cannot be handled now: ${describe(failure)}`, 30);
  }
  return { kind: 'answered' };
}

/** Keeps the update to try again, and tells its chat the first time. Throws if it cannot keep it. */
export async function keepForLater(
  deps: PendingDeps,
  update: TelegramUpdate,
  failure: unknown,
): Promise<void> {
  const fresh = await deps.pending.keep(deps.botId, update.update_id, update, describe(failure));
  const message = update.message;
  // What the bot reads (words said or typed, a receipt's photo) is answered once read: the chat
  // hears why it waits. A sticker or a PDF would get nothing on the retry, so nothing now either.
  if (!fresh || !message || !(message.voice || message.text || receiptFileOf(message))) return;
  // Telegram itself may be what is down: the note is kept either way.
  await deps.bot
    .sendMessage(message.chat.id, WORDS[chatLang(message.from?.language_code)].later)
    .catch(() => {});
}

/** Tries again up to `limit` kept updates that are due; returns how many went through. */
export async function retryPending(deps: PendingDeps, limit = 5): Promise<number> {
  const due = await deps.pending.take(deps.botId, limit, LEASE_SECONDS);
  let handled = 0;
  for (const kept of due) {
    const parsed = v.safeParse(TelegramUpdateSchema, kept.update);
    if (!parsed.success) {
      await deps.pending.done(deps.botId, kept.updateId);
      continue;
    }
    const failure = await attempt(deps, parsed.output);
    if (failure === null) {
      await deps.pending.done(deps.botId, kept.updateId);
      handled++;
      continue;
    }
    const now = deps.now?.() ?? new Date();
    if (isRetryable(failure) && now.getTime() - Date.parse(kept.keptAt) < GIVE_UP_MS) {
      await deps.pending.failed(
        deps.botId,
        kept.updateId,
        describe(failure),
        retryDelaySeconds(kept.attempts),
      );
      continue;
    }
    await deps.pending.done(deps.botId, kept.updateId);
    const message = parsed.output.message;
    if (message)
      await deps.bot
        .sendMessage(message.chat.id, WORDS[chatLang(message.from?.language_code)].gaveUp)
        .catch(() => {});
  }
  return handled;
}
