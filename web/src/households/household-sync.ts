/**
 * The households as the server knows them, read at each refresh of the list and remembered on the
 * phone (base/household-memory.ts): one made or joined elsewhere, members who joined, a member
 * removed, this phone's person removed from one. The chosen one stays chosen while the person is
 * in it (in local mode the server has one household).
 */
import { fromServer } from '../base/household-list.ts';
import { keepRead, keptRevision, rememberedHouseholds } from '../base/household-memory.ts';
import type { ApiClient } from '../data/api/client.ts';
import { type HouseholdsApi, householdsApi } from '../data/api/households.ts';

/** The ids of the households the person is in, after asking the server (as they were, when it could not be read). */
export const refreshHouseholds = (api: ApiClient): Promise<string[]> =>
  refreshedBy(householdsApi(api.routes));

/** Lists asked of the server on this page, and the latest asked of those kept. */
let asked = 0;
let newestKept = 0;

/**
 * The list as the server answered it, unless something newer is known. A household joined or left
 * here while it was on its way (an invite opened as the app starts) is newer than a list asked
 * before it, which would have dropped it (a CI run of supabase-mode: « Partagé avec Famille »
 * never shown after joining Famille): the server is asked once more, and that answer holds it. A
 * list asked before another one already kept is older than it and is not kept; two lists on their
 * way at once (the app's start, the Foyer panel opening) are both kept in the order asked.
 */
export async function refreshedBy(calls: Pick<HouseholdsApi, 'list'>, tries = 2): Promise<string[]> {
  const mine = ++asked;
  const revision = keptRevision();
  const got = await calls.list();
  if (got.kind === 'ok') {
    if (keptRevision() !== revision) {
      if (tries > 1) return refreshedBy(calls, tries - 1);
    } else if (mine > newestKept) {
      newestKept = mine;
      keepRead((kept) => fromServer(kept, got.value.households));
    }
  }
  return rememberedHouseholds().map((h) => h.id);
}
