/**
 * The households as the server knows them, read at each refresh of the list and remembered on the
 * phone (base/household-memory.ts): one made or joined elsewhere, members who joined, a member
 * removed, this phone's person removed from one. The chosen one stays chosen while the person is
 * in it (in local mode the server has one household).
 */
import { fromServer } from '../base/household-list.ts';
import { changeKept, rememberedHouseholds } from '../base/household-memory.ts';
import type { ApiClient } from '../data/api/client.ts';
import { householdsApi } from '../data/api/households.ts';

/** The ids of the households the person is in, after asking the server (as they were, when it could not be read). */
export async function refreshHouseholds(api: ApiClient): Promise<string[]> {
  const got = await householdsApi(api.routes).list();
  if (got.kind === 'ok') changeKept((kept) => fromServer(kept, got.value.households));
  return rememberedHouseholds().map((h) => h.id);
}
