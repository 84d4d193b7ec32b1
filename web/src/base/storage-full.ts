/**
 * The browser refused a write because the origin's storage is full: a QuotaExceededError from
 * raw IndexedDB (the first screen's writer), or wrapped by Dexie (its `inner`).
 */
export function isStorageFull(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
