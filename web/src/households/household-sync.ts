/**
 * The household as the server knows it, read at each refresh of the list and remembered on the
 * phone (base/household-memory.ts): members who joined, a member removed, this phone's person
 * removed from it. A phone keeps one household (local mode has one per server; in Supabase mode
 * the one it remembers while it lasts, else the first).
 */
import type { Household } from '@voicetrack/shared';
import { rememberedHousehold, rememberHousehold } from '../base/household-memory.ts';
import type { ApiClient } from '../data/api/client.ts';
import { householdsApi } from '../data/api/households.ts';

/** The remembered household's id after asking the server (as it was, when the server could not be read). */
export async function refreshHousehold(api: ApiClient): Promise<string | null> {
  const got = await householdsApi(api.routes).list();
  if (got.kind === 'ok') rememberHousehold(chosen(got.value.households, rememberedHousehold()));
  return rememberedHousehold()?.id ?? null;
}

/**
 * The one this phone keeps: the remembered one while the person is still in it, else the first
 * they are a member of (`me`: in local mode the server lists its household to every device, also
 * to one that speaks for nobody in it).
 */
export function chosen(households: readonly Household[], kept: Household | null): Household | null {
  const mine = households.filter((h) => h.me);
  return mine.find((h) => h.id === kept?.id) ?? mine[0] ?? null;
}
