/**
 * The settings dialog in the frame, with the panels other rooms put in it (devices and shortcuts,
 * budget alerts and recurring expenses, what the parser learned), each loaded the first time the
 * gear is tapped and kept for the next. Its code failing again with the signal back: a dialog says
 * so, with « Recharger » (a reload only on that tap).
 */
import { useLazy, useLazyComponent } from '../base/hooks.ts';
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

export function SettingsSlot({ open, t, lang, controller, onReload, ...props }: SettingsSlotProps) {
  const settings = useLazy(loadSettings, open);
  const Settings = settings.component as typeof import('../settings/settings-dialog.tsx').default | null;
  const Devices = useLazyComponent(loadDevices, open) as typeof import('../doors/devices.tsx').Devices | null;
  const Learned = useLazyComponent(loadLearned, open) as
    | typeof import('../settings/learned-words.tsx').LearnedWords
    | null;
  const Household = useLazyComponent(loadHousehold, open) as
    | typeof import('../households/household-panel.tsx').default
    | null;
  if (!open) return null;
  if (!Settings) {
    return settings.stuck ? (
      <DialogNotLoaded t={t} title={t.settings} onReload={onReload} onClose={props.onClose} />
    ) : null;
  }
  return (
    <Settings lang={lang} speech={controller.speech} api={controller.api} {...props}>
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
