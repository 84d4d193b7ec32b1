/**
 * The households this phone's person is in, as last read from the server, and the one the screens
 * show (« Coloc ▾ »), kept in localStorage so the « Partagé avec [foyer] » switch, the split of a
 * bill read offline, the month's filter and the switcher work without the network; and whether new
 * notes are the chosen household's bills (`SHARED_KEY`, which the first screen reads at each
 * recording). Screens hear a change through `useHousehold`. A phone that kept one household (before
 * a phone could be in several) has it moved into the list the first time it is read.
 */
import type { Household } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';
import { type KeptHouseholds, keptFrom } from './household-list.ts';

const LIST_KEY = 'voicetrack.households';
/** Where a phone kept its one household before it could be in several: read once, then removed. */
const OLD_KEY = 'voicetrack.household';
/** The household id new notes are bills of; the first screen reads it by this key at each recording (capture-session.ts). */
const SHARED_KEY = 'voicetrack.sharedWith';
const CHANGED = 'voicetrack-household';

export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The kept households; a phone's one household of before is moved into the list (and its old key
 * removed). None where there is no storage to read (a worker, a test, storage refused).
 */
export function readKept(store?: KeyValue): KeptHouseholds {
  try {
    const from = store ?? localStorage;
    const kept = keptFrom(from.getItem(LIST_KEY), from.getItem(OLD_KEY));
    if (from.getItem(OLD_KEY) !== null) {
      from.setItem(LIST_KEY, JSON.stringify(kept));
      from.removeItem(OLD_KEY);
    }
    return kept;
  } catch {
    return { households: [], chosen: null };
  }
}

/** Keeps the households (the chosen one first among equals); sharing stops when its household is not the chosen one. */
export function writeKept(kept: KeptHouseholds, store: KeyValue = localStorage): void {
  const before = store.getItem(LIST_KEY);
  if (kept.households.length) store.setItem(LIST_KEY, JSON.stringify(kept));
  else store.removeItem(LIST_KEY);
  const shared = store.getItem(SHARED_KEY);
  if (shared && shared !== kept.chosen) store.removeItem(SHARED_KEY);
  if (before !== store.getItem(LIST_KEY) || (shared && !store.getItem(SHARED_KEY))) changed();
}

const changed = () => globalThis.dispatchEvent?.(new Event(CHANGED));

/** The chosen household (the one the screens show), or null. */
export function rememberedHousehold(): Household | null {
  const { households, chosen } = readKept();
  return households.find((h) => h.id === chosen) ?? null;
}

/** Every household the phone's person is in, as last read. */
export const rememberedHouseholds = (): Household[] => readKept().households;

/** How many times this page changed the kept households itself (made, joined, left, chosen). */
let revision = 0;
/** The kept households' revision: a list asked of the server before a change here is older than it. */
export const keptRevision = (): number => revision;

/** Changes the kept households with one of household-list.ts's pure steps. */
export function changeKept(step: (kept: KeptHouseholds) => KeptHouseholds): void {
  revision++;
  writeKept(step(readKept()));
}

/**
 * Keeps a list read from the server. Not a change made here: two reads on their way at once (the
 * app's start, the Foyer panel opening) do not make each other stale (household-sync.ts orders them).
 */
export function keepRead(step: (kept: KeptHouseholds) => KeptHouseholds): void {
  writeKept(step(readKept()));
}

/** The household id new notes are bills of, or null (personal). */
export const sharingWith = (): string | null => localStorage.getItem(SHARED_KEY) || null;

/** « Partagé avec [foyer] » on or off, remembered across reloads. */
export function setSharing(householdId: string | null): void {
  if (householdId) localStorage.setItem(SHARED_KEY, householdId);
  else localStorage.removeItem(SHARED_KEY);
  changed();
}

/** The chosen household, all of them, and whether sharing is on, re-read when any changes (this tab or another). */
export function useHousehold(): { household: Household | null; households: Household[]; sharing: boolean } {
  const read = () => {
    const { households, chosen } = readKept();
    const household = households.find((h) => h.id === chosen) ?? null;
    return { household, households, sharing: household !== null && sharingWith() === household.id };
  };
  const [state, setState] = useState(read);
  useEffect(() => {
    const again = () => setState(read());
    window.addEventListener(CHANGED, again);
    window.addEventListener('storage', again);
    // Read once more: a change between the first drawing and this effect (a list read from the
    // server as the panel opened) sent its event to nobody, and the screen would keep the old one.
    again();
    return () => {
      window.removeEventListener(CHANGED, again);
      window.removeEventListener('storage', again);
    };
  }, []);
  return state;
}
