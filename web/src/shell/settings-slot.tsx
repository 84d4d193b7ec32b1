/**
 * The settings dialog in the frame, with the panels other rooms put in it (devices and shortcuts,
 * the household, budget alerts, recurring expenses, what the parser learned), each loaded the first
 * time the gear is tapped and kept for the next. Its code failing again with the signal back: a
 * dialog says so, with « Recharger » (a reload only on that tap).
 *
 * Nothing in it moves once drawn (settings-parts.ts decides when): drawn once its parts and the
 * server's health are in, or after DRAW_WAIT_MS without them; a panel still on its way, or whose
 * code failed, is drawn in its place at its closed size (settings/panel-row.tsx: its title, then
 * « Réessayer »), and the server's line holds the size of its answers. Drawn before them, each
 * arrival pushed what was below it down (the health's line 50 px) as a finger came down on it: a
 * tap aimed at « Foyer » opened « Appareils et raccourcis » (engine-firefox in CI).
 */
import { type Health, HealthSchema } from '@voicetrack/shared';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lazyChunk } from '../base/chunk-again.ts';
import { type Lazy, useLazy } from '../base/hooks.ts';
import { DialogNotLoaded } from '../base/screen-not-loaded.tsx';
import type { OnDevice } from '../capture/speech.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import { PANEL_TITLES } from '../i18n/settings-panels.ts';
import { loadBudgetAlerts } from '../money/money-slots.tsx';
import { loadRecurringRules } from '../recurring/recurring-slots.tsx';
import { PanelRow } from '../settings/panel-row.tsx';
import type { Controller } from './controller-api.ts';
import { drawDialog, type PartLoad, partShown } from './settings-parts.ts';

const loadSettings = () => import('../settings/settings-dialog.tsx').then((m) => m.default);
const loadDevices = lazyChunk(
  'devices',
  () => import('../doors/devices.tsx'),
  (m) => m.Devices,
);
const loadLearned = lazyChunk(
  'learned-words',
  () => import('../settings/learned-words.tsx'),
  (m) => m.LearnedWords,
);
const loadHousehold = lazyChunk(
  'household-panel',
  () => import('../households/household-panel.tsx'),
  (m) => m.default,
);

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

/**
 * How long the dialog waits for what it shows before it is drawn without it (a slow network): the
 * server's line then says it is asking, a panel's place its title, each at the size of what comes.
 */
const DRAW_WAIT_MS = 1_500;

/**
 * GET /api/health, asked each time the settings open: its answer (null: none), 'asking' until the
 * first; the last one is shown at once the next time, while it is asked again.
 */
function useHealthOnOpen(controller: Controller, open: boolean) {
  const [health, setHealth] = useState<Health | null | 'asking'>('asking');
  useEffect(() => {
    if (!open) return;
    let live = true;
    void controller.api.read((c) => c.health.$get(), HealthSchema).then((h) => live && setHealth(h));
    return () => {
      live = false;
    };
  }, [open, controller]);
  return health;
}

/** Whether the browser recognises on the device ('asking' until it says; null: no recognizer). */
function useOnDevice(controller: Controller, open: boolean) {
  const [answer, setAnswer] = useState<OnDevice | null | 'asking'>('asking');
  useEffect(() => {
    if (!open) return;
    if (!controller.speech.present) return setAnswer(null);
    let live = true;
    void controller.speech.onDevice().then((a) => live && setAnswer(a));
    return () => {
      live = false;
    };
  }, [open, controller]);
  return answer;
}

/** Whether the dialog is drawn: settings-parts.ts's drawDialog, kept until the dialog closes. */
function useDrawn(open: boolean, ready: (drawn: boolean, waitOver: boolean) => boolean) {
  const [drawn, setDrawn] = useState(false);
  const [waitOver, setWaitOver] = useState(false);
  useEffect(() => {
    if (!open) {
      setDrawn(false);
      setWaitOver(false);
      return;
    }
    const timer = setTimeout(() => setWaitOver(true), DRAW_WAIT_MS);
    return () => clearTimeout(timer);
  }, [open]);
  const now = open && ready(drawn, waitOver);
  useEffect(() => {
    if (now && !drawn) setDrawn(true);
  }, [now, drawn]);
  return now;
}

const loadOf = (part: Lazy<never>): PartLoad => ({ come: part.component !== null, failed: part.failed });

export function SettingsSlot({ open, t, lang, controller, onReload, ...props }: SettingsSlotProps) {
  const settings = useLazy(loadSettings, open);
  const Settings = settings.component as typeof import('../settings/settings-dialog.tsx').default | null;
  const devices = useLazy(loadDevices, open);
  const household = useLazy(loadHousehold, open);
  const alerts = useLazy(loadBudgetAlerts, open);
  const recurring = useLazy(loadRecurringRules, open);
  const learned = useLazy(loadLearned, open);
  const health = useHealthOnOpen(controller, open);
  const onDevice = useOnDevice(controller, open);
  const parts = [devices, household, alerts, recurring, learned] as Lazy<never>[];
  const drawn = useDrawn(open, (already, waitOver) =>
    drawDialog({
      drawn: already,
      code: Settings !== null,
      parts: parts.map(loadOf),
      answered: health !== 'asking' && onDevice !== 'asking',
      waitOver,
    }),
  );
  if (!open) return null;
  if (!Settings) {
    return settings.stuck ? (
      <DialogNotLoaded t={t} title={t.settings} onReload={onReload} onClose={props.onClose} />
    ) : null;
  }
  if (!drawn) return null;
  const titles = PANEL_TITLES[lang];
  /** A part in its place: the panel, or its row at the panel's size. */
  const inPlace = <P,>(
    id: string,
    part: Lazy<P>,
    title: string,
    draw: (Panel: (p: P) => unknown) => ComponentChildren,
  ) => {
    const shown = partShown(loadOf(part as Lazy<never>));
    if (shown === 'panel' && part.component) return draw(part.component);
    return (
      <PanelRow t={t} id={`panel-${id}`} title={title} failed={shown === 'failed'} onRetry={part.retry} />
    );
  };
  const api = controller.api;
  return (
    <Settings
      lang={lang}
      speech={controller.speech}
      server={health}
      onDevice={onDevice === 'asking' ? null : onDevice}
      {...props}
    >
      {inPlace('devices', devices, titles.devices, (Panel) => {
        const Devices = Panel as typeof import('../doors/devices.tsx').Devices;
        return (
          <Devices
            lang={lang}
            db={controller.db}
            api={api}
            supabase={controller.auth !== null}
            onPaired={() => controller.paired()}
          />
        );
      })}
      {inPlace('household', household, titles.household, (Panel) => {
        const Household = Panel as typeof import('../households/household-panel.tsx').default;
        return (
          <Household
            lang={lang}
            api={api}
            onChanged={() => controller.refresh()}
            accountName={controller.accountName}
            several={controller.auth !== null}
          />
        );
      })}
      {inPlace('alerts', alerts, titles.alerts, (Panel) => {
        const Alerts = Panel as typeof import('../money/push-settings.tsx').PushSettings;
        return <Alerts lang={lang} api={api} />;
      })}
      {inPlace('recurring', recurring, titles.recurring, (Panel) => {
        const Rules = Panel as typeof import('../recurring/recurring-settings.tsx').RecurringSettings;
        return <Rules t={t} lang={lang} db={controller.db} api={api} />;
      })}
      {inPlace('learned', learned, titles.learned, (Panel) => {
        const Learned = Panel as typeof import('../settings/learned-words.tsx').LearnedWords;
        return <Learned lang={lang} api={api} />;
      })}
    </Settings>
  );
}

/** The month view arrives lazily: its data section (« Vos données ») is brought into view once it is there. */
export function revealData(tries = 30): void {
  const data = document.getElementById('data-title');
  if (data) data.scrollIntoView({ block: 'start' });
  else if (tries > 0) setTimeout(() => revealData(tries - 1), 100);
}
