import type { Expense } from '@voicetrack/shared';

/**
 * What the page and the service worker say to each other, imported by both sides (sw-bridge.ts
 * for the page, sw/sw.ts for the worker), so neither can drift from the other.
 */

/** The Background Sync tag of the outbox: the page registers it, the worker flushes on it. */
export const SYNC_TAG = 'voicetrack-outbox';

/** Worker → pages: a flush from the worker saved something; the pages refresh their list. */
export const FLUSHED = 'FLUSHED';

/** Worker → pages: an edit the worker sent lost fields to a newer change; the pages say so. */
export const EDIT_LOST = 'EDIT_LOST';

export type WorkerMessage =
  | { type: typeof FLUSHED }
  | { type: typeof EDIT_LOST; expense: Expense; fields: string[] };

export const isFlushed = (data: unknown): boolean => (data as WorkerMessage | null)?.type === FLUSHED;

export const editLostIn = (data: unknown): { expense: Expense; fields: string[] } | null => {
  const m = data as WorkerMessage | null;
  return m?.type === EDIT_LOST ? m : null;
};
