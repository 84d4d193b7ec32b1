/**
 * Signing out (Supabase mode): this device stops getting the person's budget alerts (the browser's
 * subscription and the server's copy, while the token still works), and forgets the copies of
 * their budgets and rules so the next person does not see them offline. Kept apart from
 * money-cache.ts, which brings the shared schemas: loaded on sign-out, it stays tiny.
 */
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { disablePush } from './push-subscription.ts';

/** Dexie `meta` keys of the money copies (money-cache.ts). */
export const MONEY_KEYS = {
  budgets: 'money.budgets',
  /** The phone's household's budgets, with its id. */
  householdBudgets: 'money.householdBudgets',
  rules: 'money.rules',
  /** The notes whose "every month?" card was answered (made recurring, or not). */
  offers: 'money.offersAnswered',
} as const;

export async function forgetMoneyOnThisDevice(db: VoiceTrackDb, api: ApiClient): Promise<void> {
  await disablePush(api).catch(() => false);
  await db.meta.bulkDelete(Object.values(MONEY_KEYS));
}
