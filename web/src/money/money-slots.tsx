/**
 * Where budgets and recurring expenses sit in the app's frame (app.tsx), each screen loaded on
 * first use so the first screen stays small: the month a tapped budget alert opens, the "every
 * month?" card, the dialog that makes an expense recurring, and the settings' money panels.
 */
import type { Expense } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';
import { useLazyComponent } from '../base/hooks.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { Note, VoiceTrackDb } from '../data/db.ts';
import { localMonth } from '../data/time.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import { viewFromUrl } from '../sw-protocol.ts';

const loadOffer = () => import('./recurring-offer.tsx').then((m) => m.RecurringOffer);
const loadRecurringDialog = () => import('./recurring-dialog.tsx').then((m) => m.default);
const loadMoneySettings = () => import('./money-settings.tsx').then((m) => m.default);

/** A note's "every month?" card is offered for a week after it was made. */
const OFFER_MS = 7 * 24 * 3600_000;

/** What the app was opened on: a tapped budget alert opens /?view=month&month=YYYY-MM (sw/push.ts). */
export const openedView = viewFromUrl(window.location.search);

/**
 * The month the month view shows first, and `n`, which changes each time a budget alert tapped
 * while the app is open asks for it again (`show` brings the month view forward).
 */
export function useShownMonth(
  controller: { onOpenView(listener: (month: string | undefined) => void): void },
  show: () => void,
) {
  const [shown, setShown] = useState({ month: openedView?.month ?? localMonth(new Date()), n: 0 });
  useEffect(
    () =>
      controller.onOpenView((month) => {
        show();
        setShown(({ n }) => ({ month: month ?? localMonth(new Date()), n: n + 1 }));
      }),
    [controller],
  );
  return shown;
}

interface SlotProps {
  t: Strings;
  lang: Lang;
  /** What the money screens read and write through (the app's controller). */
  controller: { db: VoiceTrackDb; api: ApiClient };
}

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

/** Budget alerts and recurring expenses, in the settings dialog. */
export function MoneySettingsSlot({ t, lang, controller }: SlotProps) {
  const Panels = useLazyComponent(loadMoneySettings, true) as
    | typeof import('./money-settings.tsx').default
    | null;
  return Panels && <Panels t={t} lang={lang} db={controller.db} api={controller.api} />;
}
