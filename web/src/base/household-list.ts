/**
 * The households a phone keeps and the one it shows, as pure steps (household-memory.ts stores
 * them): read what was stored (the list, or a phone's one household from before), the server's
 * list, a household made or joined, one left, another chosen. Tested in household-list.test.ts.
 */
import type { Household } from '@voicetrack/shared';

export interface KeptHouseholds {
  households: Household[];
  /** The household the screens show: one of `households`, or null when there is none. */
  chosen: string | null;
}

const NONE: KeptHouseholds = { households: [], chosen: null };

const isHousehold = (h: unknown): h is Household =>
  typeof h === 'object' &&
  h !== null &&
  typeof (h as Household).id === 'string' &&
  Array.isArray((h as Household).members);

const parsed = (raw: string | null): unknown => {
  try {
    return JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
};

/** What was stored: the list (`list`), else the one household a phone kept before (`old`), else none. */
export function keptFrom(list: string | null, old: string | null): KeptHouseholds {
  const got = parsed(list) as Partial<KeptHouseholds> | null;
  if (got && Array.isArray(got.households)) {
    const households = got.households.filter(isHousehold);
    return withChosen(households, typeof got.chosen === 'string' ? got.chosen : null);
  }
  const one = parsed(old);
  return isHousehold(one) ? { households: [one], chosen: one.id } : NONE;
}

/** `chosen` while it is one of them, else the first (or null). */
const withChosen = (households: Household[], chosen: string | null): KeptHouseholds => ({
  households,
  chosen: households.find((h) => h.id === chosen)?.id ?? households[0]?.id ?? null,
});

/**
 * The server's list: those the person is a member of (`me`: in local mode the server lists its
 * household to every device, also to one that speaks for nobody in it), the chosen one kept while
 * the person is still in it, else the first.
 */
export const fromServer = (kept: KeptHouseholds, listed: readonly Household[]): KeptHouseholds =>
  withChosen(
    listed.filter((h) => h.me),
    kept.chosen,
  );

/** A household made or joined here: kept (replacing its older copy) and shown. */
export const added = (kept: KeptHouseholds, household: Household): KeptHouseholds => ({
  households: [...kept.households.filter((h) => h.id !== household.id), household],
  chosen: household.id,
});

/** A household left (or the person removed from it): gone, and another shown if there is one. */
export const left = (kept: KeptHouseholds, householdId: string): KeptHouseholds =>
  withChosen(
    kept.households.filter((h) => h.id !== householdId),
    kept.chosen,
  );

/** Another household shown (an unknown id changes nothing). */
export const chose = (kept: KeptHouseholds, householdId: string): KeptHouseholds =>
  withChosen(kept.households, kept.households.some((h) => h.id === householdId) ? householdId : kept.chosen);
