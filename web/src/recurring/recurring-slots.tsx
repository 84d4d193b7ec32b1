/**
 * Where recurring expenses sit in the app's frame (app.tsx, the edit dialog, the settings), each
 * loaded on first use so the first screen stays small: the "every month?" card, the dialog that
 * makes an expense recurring, and the settings' list of rules.
 */
import type { Expense } from '@voicetrack/shared';
import { lazyChunk } from '../base/chunk-again.ts';
import { useLazyComponent } from '../base/hooks.ts';
import type { Note } from '../data/db.ts';
import type { SlotProps } from '../money/money-slots.tsx';

const loadOffer = () => import('./recurring-offer.tsx').then((m) => m.RecurringOffer);
const loadRecurringDialog = () => import('./recurring-dialog.tsx').then((m) => m.default);

/** A note's "every month?" card is offered for a week after it was made. */
const OFFER_MS = 7 * 24 * 3600_000;

/** "Netflix 9,99 € tous les mois": the newest note whose answer suggests a rule gets the card. */
export function RecurringOfferSlot(props: SlotProps & { notes: Note[]; expenses: Expense[] }) {
  const { controller, notes } = props;
  const note = notes.find((n) => n.result?.recurring && n.createdAt > Date.now() - OFFER_MS);
  const Offer = useLazyComponent(loadOffer, note !== undefined) as
    | typeof import('./recurring-offer.tsx').RecurringOffer
    | null;
  if (!note || !Offer) return null;
  return <Offer {...props} db={controller.db} api={controller.api} note={note} />;
}

/** "Rendre récurrente…" from an expense's dialog. */
export function RecurringDialogSlot(props: SlotProps & { expense: Expense; onClose: () => void }) {
  const Dialog = useLazyComponent(loadRecurringDialog, true) as
    | typeof import('./recurring-dialog.tsx').default
    | null;
  return Dialog && <Dialog {...props} api={props.controller.api} />;
}

/** The recurring expenses, a panel of the settings dialog (after the budget alerts): drawn by the shell's settings slot. */
export const loadRecurringRules = lazyChunk(
  'recurring-settings',
  () => import('./recurring-settings.tsx'),
  (m) => m.RecurringSettings,
);
