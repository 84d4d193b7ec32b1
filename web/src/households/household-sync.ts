/**
 * The households as the server knows them, read at each refresh of the list and remembered on the
 * phone (base/household-memory.ts): one made or joined elsewhere, members who joined, a member
 * removed, this phone's person removed from one. The chosen one stays chosen while the person is
 * in it (in local mode the server has one household).
 */
import { fromServer } from '../base/household-list.ts';
import { changeKept, keptRevision, rememberedHouseholds } from '../base/household-memory.ts';
import type { ApiClient } from '../data/api/client.ts';
import { type HouseholdsApi, householdsApi } from '../data/api/households.ts';

/** The ids of the households the person is in, after asking the server (as they were, when it could not be read). */
export const refreshHouseholds = (api: ApiClient): Promise<string[]> =>
  refreshedBy(householdsApi(api.routes));

/**
 * The list as the server answered it, unless the phone's households changed while it was on its
 * way: a household joined then (an invite opened as the app starts) is newer than a list asked
 * before it, which would have dropped it and shown the first one instead (a CI run of
 * supabase-mode: « Partagé avec Famille » never shown after joining Famille). The next refresh
 * brings what the server knows.
 */
export async function refreshedBy(calls: Pick<HouseholdsApi, 'list'>): Promise<string[]> {
  const asked = keptRevision();
  const got = await calls.list();
  if (got.kind === 'ok' && keptRevision() === asked)
    changeKept((kept) => fromServer(kept, got.value.households));
  return rememberedHouseholds().map((h) => h.id);
}
