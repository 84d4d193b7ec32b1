/**
 * The settings dialog in the frame, with the panels other rooms put in it (devices and shortcuts,
 * budget alerts and recurring expenses, what the parser learned), each loaded the first time the
 * gear is tapped and kept for the next. Its code failing again with the signal back: a dialog says
 * so, with « Recharger » (a reload only on that tap).
 *
 * The dialog is drawn once what it shows is there: its code, the panels' above the budget alerts
 * (each come or failed), and the server's health (its speech line, two lines high), or after
 * HEALTH_WAIT_MS without it. Drawn before, each arrival pushed the panels under it down (the
 * health's line 50 px), as a finger came down on one: a tap aimed at « Foyer » opened « Appareils
 * et raccourcis » (engine-firefox in CI: « Ton prénom » never shown).
 */
import { type Health, HealthSchema } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';
import { useLazy } from '../base/hooks.ts';
import { DialogNotLoaded } from '../base/screen-not-loaded.tsx';
import type { Lang, Strings } from '../i18n/index.ts';
import { MoneySettingsSlot } from '../money/money-slots.tsx';
import { RecurringSettingsSlot } from '../recurring/recurring-slots.tsx';
import type { Controller } from './controller-api.ts';

const loadSettings = () => import('../settings/settings-dialog.tsx').then((m) => m.default);
const loadDevices = () => import('../doors/devices.tsx').then((m) => m.Devices);
const loadLearned = () => import('../settings/learned-words.tsx').then((m) => m.LearnedWords);
const loadHousehold = () => import('../households/household-panel.tsx').then((m) => m.default);

export interface SettingsSlotProps {
  open: boolean;
  t: Strings;
  lang: Lang;
  controller: Controller;
  onLang: (lang: Lang) => void;
  currency: string | null;
  onCurrency: (currency: string | null) => void;
  confirmFirst: boolean;
  onConfirmFirst: (on: boolean) => void;
  /** Opens the month's "Vos données" (exports and import). */
  onData: () => void;
  onClose: () => void;
  /** Reloads the app onto the tab shown: the settings' code would not load though the signal is back. */
  onReload: () => void;
}

/** How long the dialog waits for the server's health before it is drawn without it (a slow network). */
const HEALTH_WAIT_MS = 1_500;

/**
 * GET /api/health, asked each time the settings open: its answer (null: none), 'asking' until the
 * first; the last one is shown at once the next time, while it is asked again.
 */
function useHealthOnOpen(controller: Controller, open: boolean) {
  const [health, setHealth] = useState<Health | null | 'asking'>('asking');
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void controller.api.read((c) => c.health.$get(), HealthSchema).then((h) => live && setHealth(h));
    const timer = setTimeout(() => live && setWaited(true), HEALTH_WAIT_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, controller]);
  return { health, settled: health !== 'asking' || waited };
}

export function SettingsSlot({ open, t, lang, controller, onReload, ...props }: SettingsSlotProps) {
  const settings = useLazy(loadSettings, open);
  const Settings = settings.component as typeof import('../settings/settings-dialog.tsx').default | null;
  const devices = useLazy(loadDevices, open);
  const Devices = devices.component as typeof import('../doors/devices.tsx').Devices | null;
  const Learned = useLazy(loadLearned, open).component as
    | typeof import('../settings/learned-words.tsx').LearnedWords
    | null;
  const household = useLazy(loadHousehold, open);
  const Household = household.component as typeof import('../households/household-panel.tsx').default | null;
  const health = useHealthOnOpen(controller, open);
  if (!open) return null;
  if (!Settings) {
    return settings.stuck ? (
      <DialogNotLoaded t={t} title={t.settings} onReload={onReload} onClose={props.onClose} />
    ) : null;
  }
  if (!(devices.settled && household.settled && health.settled)) return null;
  return (
    <Settings lang={lang} speech={controller.speech} server={health.health} {...props}>
      {Devices && (
        <Devices
          lang={lang}
          db={controller.db}
          api={controller.api}
          supabase={controller.auth !== null}
          onPaired={() => controller.paired()}
        />
      )}
      {Household && (
        <Household
          lang={lang}
          api={controller.api}
          onChanged={() => controller.refresh()}
          accountName={controller.accountName}
          several={controller.auth !== null}
        />
      )}
      <MoneySettingsSlot t={t} lang={lang} controller={controller} />
      <RecurringSettingsSlot t={t} lang={lang} controller={controller} />
      {Learned && <Learned lang={lang} api={controller.api} />}
    </Settings>
  );
}

/** The month view arrives lazily: its data section (« Vos données ») is brought into view once it is there. */
export function revealData(tries = 30): void {
  const data = document.getElementById('data-title');
  if (data) data.scrollIntoView({ block: 'start' });
  else if (tries > 0) setTimeout(() => revealData(tries - 1), 100);
}
