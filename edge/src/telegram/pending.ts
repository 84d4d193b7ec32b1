/**
 * Telegram gives up redelivering an update after a number of attempts it does not publish: an
 * update that cannot be handled now (the transcription provider, the database or Telegram itself
 * down) is kept in the database instead, the chat told once, and tried again — after each
 * update the webhook handles (Supabase has no clock of its own) and every minute from the Node
 * server — backing off to an hour, for a week. Each try is the same note (the clientId comes from
 * the update), so a note is saved once however often it is tried.
 */
import { type TelegramUpdate, TelegramUpdateSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { ApiError } from '../errors.ts';
import type { TelegramPendingStore } from '../ports.ts';
import { BotApiError } from './bot-api.ts';
import { handleUpdate, type TelegramDeps } from './handle-update.ts';
import { chatLang, WORDS } from './reply.ts';

export type PendingDeps = TelegramDeps & { pending: TelegramPendingStore };

const LEASE_SECONDS = 120;
const GIVE_UP_MS = 7 * 24 * 3600 * 1000;
/** One minute, doubling, at most an hour. */
export const retryDelaySeconds = (attempts: number) => Math.min(60 * 2 ** attempts, 3600);

/** Whether trying again later can succeed: the provider, Telegram or the database was down or busy. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof BotApiError) return error.retryable;
  if (error instanceof ApiError) return error.status >= 500 || error.status === 409 || error.status === 429;
  return true;
}

/** Keeps the update to try again, and tells its chat the first time. Throws if it cannot keep it. */
export async function keepForLater(deps: PendingDeps, update: TelegramUpdate, error: unknown): Promise<void> {
  const fresh = await deps.pending.keep(deps.botId, update.update_id, update, String(error));
  const message = update.message;
  if (!fresh || !message || !(message.voice || message.text)) return;
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
    try {
      await handleUpdate(deps, parsed.output);
      await deps.pending.done(deps.botId, kept.updateId);
      handled++;
    } catch (error) {
      const now = deps.now?.() ?? new Date();
      if (isRetryable(error) && now.getTime() - Date.parse(kept.keptAt) < GIVE_UP_MS) {
        await deps.pending.failed(deps.botId, kept.updateId, String(error), retryDelaySeconds(kept.attempts));
        continue;
      }
      await deps.pending.done(deps.botId, kept.updateId);
      const message = parsed.output.message;
      if (message)
        await deps.bot
          .sendMessage(message.chat.id, WORDS[chatLang(message.from?.language_code)].gaveUp)
          .catch(() => {});
    }
  }
  return handled;
}
