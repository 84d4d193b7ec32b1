/**
 * The household this phone's person is in, as last read from the server, kept in localStorage so
 * the « Partagé avec [foyer] » switch, the split of a bill read offline and the month's filter
 * work without the network; and whether new notes are its bills (`SHARED_KEY`, which
 * the first screen reads at each recording). Screens hear a change through `useHousehold`.
 */
import type { Household } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';

const HOUSEHOLD_KEY = 'voicetrack.household';
/** The household id new notes are bills of; the first screen reads it by this key at each recording (capture-session.ts). */
const SHARED_KEY = 'voicetrack.sharedWith';
const CHANGED = 'voicetrack-household';

/** The remembered household (one per phone: local mode has one per server), or null. */
export function rememberedHousehold(): Household | null {
  try {
    const kept = JSON.parse(localStorage.getItem(HOUSEHOLD_KEY) ?? 'null') as Household | null;
    return kept && typeof kept.id === 'string' && Array.isArray(kept.members) ? kept : null;
  } catch {
    return null;
  }
}

/** Keeps the household as the server gave it (null: none, or left); sharing stops with it. */
export function rememberHousehold(household: Household | null): void {
  const before = localStorage.getItem(HOUSEHOLD_KEY);
  if (household) localStorage.setItem(HOUSEHOLD_KEY, JSON.stringify(household));
  else localStorage.removeItem(HOUSEHOLD_KEY);
  if (localStorage.getItem(SHARED_KEY) && household?.id !== sharingWith())
    localStorage.removeItem(SHARED_KEY);
  if (before !== localStorage.getItem(HOUSEHOLD_KEY)) window.dispatchEvent(new Event(CHANGED));
}

/** The household id new notes are bills of, or null (personal). */
export const sharingWith = (): string | null => localStorage.getItem(SHARED_KEY) || null;

/** « Partagé avec [foyer] » on or off, remembered across reloads. */
export function setSharing(householdId: string | null): void {
  if (householdId) localStorage.setItem(SHARED_KEY, householdId);
  else localStorage.removeItem(SHARED_KEY);
  window.dispatchEvent(new Event(CHANGED));
}

/** The remembered household and whether sharing is on, re-read when either changes (this tab or another). */
export function useHousehold(): { household: Household | null; sharing: boolean } {
  const read = () => {
    const household = rememberedHousehold();
    return { household, sharing: household !== null && sharingWith() === household.id };
  };
  const [state, setState] = useState(read);
  useEffect(() => {
    const again = () => setState(read());
    window.addEventListener(CHANGED, again);
    window.addEventListener('storage', again);
    return () => {
      window.removeEventListener(CHANGED, again);
      window.removeEventListener('storage', again);
    };
  }, []);
  return state;
}
