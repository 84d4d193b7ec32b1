import { useEffect, useState } from 'preact/hooks';
import { lazyChunk } from '../base/chunk-again.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { localMonth } from '../data/time.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import { viewFromUrl } from '../sw-protocol.ts';

/** Budget alerts, a panel of the settings dialog: drawn by the shell's settings slot in its place. */
export const loadBudgetAlerts = lazyChunk(
  'push-settings',
  () => import('./push-settings.tsx'),
  (m) => m.PushSettings,
);

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

export interface SlotProps {
  t: Strings;
  lang: Lang;
  /** What the money screens read and write through (the app's controller). */
  controller: { db: VoiceTrackDb; api: ApiClient };
}
