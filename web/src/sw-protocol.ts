import type { Expense } from '@voicetrack/shared';
import type { ChangeRefusal } from './data/refused-change.ts';

/**
 * What the page and the service worker say to each other, imported by both sides (sw-bridge.ts
 * for the page, sw/sw.ts for the worker), so neither can drift from the other.
 */

/** The Background Sync tag of the outbox: the page registers it, the worker flushes on it. */
export const SYNC_TAG = 'voicetrack-outbox';

/**
 * Page → its active worker: claim the pages again. A page whose navigation was on its way as the
 * worker activated is no client the activation's claim saw (shell/claim-page.ts).
 */
export const CLAIM = 'CLAIM';

/** Worker → pages: a flush from the worker saved something; the pages refresh their list. */
export const FLUSHED = 'FLUSHED';

/**
 * Where a tap on a budget alert leads: the month view. The page reads `view` (and `month`) from its
 * URL at start; an open page is told with an OPEN_VIEW message instead of being reloaded.
 */
export const MONTH_VIEW_URL = '/?view=month';

/** The month view of a given month (YYYY-MM), or of the current one. */
export const monthViewUrl = (month?: string): string =>
  month && /^\d{4}-(?:0[1-9]|1[0-2])$/.test(month) ? `${MONTH_VIEW_URL}&month=${month}` : MONTH_VIEW_URL;

/** What the page opens on, read from its URL at start (`?view=month&month=YYYY-MM`); null: the capture screen. */
export function viewFromUrl(search: string): { view: 'month'; month?: string } | null {
  const params = new URLSearchParams(search);
  if (params.get('view') !== 'month') return null;
  const month = params.get('month') ?? '';
  return /^\d{4}-(?:0[1-9]|1[0-2])$/.test(month) ? { view: 'month', month } : { view: 'month' };
}

/** Worker → a page already open: show this view (a notification was tapped). */
export const OPEN_VIEW = 'OPEN_VIEW';

/**
 * Worker → pages: an edit the worker sent lost fields to a newer change, or (`refused`) the server
 * refused its payer or shares, or the change itself, or no longer has the expense; the pages say so.
 */
export const EDIT_LOST = 'EDIT_LOST';

export type WorkerMessage =
  | { type: typeof FLUSHED }
  | { type: typeof OPEN_VIEW; view: 'month'; month?: string }
  | { type: typeof EDIT_LOST; expense: Expense; fields: string[]; refused?: ChangeRefusal };

export const isOpenView = (data: unknown): data is Extract<WorkerMessage, { type: typeof OPEN_VIEW }> =>
  (data as WorkerMessage | null)?.type === OPEN_VIEW;

export const isFlushed = (data: unknown): boolean => (data as WorkerMessage | null)?.type === FLUSHED;

export const editLostIn = (
  data: unknown,
): { expense: Expense; fields: string[]; refused?: ChangeRefusal } | null => {
  const m = data as WorkerMessage | null;
  return m?.type === EDIT_LOST ? m : null;
};
