/** The app's frame: the top bar, the tabs, the capture screen or the month, and what opens on top. */
import { type Expense, HealthSchema } from '@voicetrack/shared';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Auth } from '../auth/supabase-auth.ts';
import { useLazy, useLazyComponent, useLiveQuery } from '../base/hooks.ts';
import { useHousehold } from '../base/household-memory.ts';
import { ScreenNotLoaded } from '../base/screen-not-loaded.tsx';
import { isStorageFull } from '../base/storage-full.ts';
import { useOnline } from '../base/use-online.ts';
import { ReceiptButtons } from '../capture/receipt/receipt-button.tsx';
import { RecordButton, useCapture } from '../capture/record-button.tsx';
import { TypedEntry } from '../capture/typed-entry.tsx';
import { ExpenseList } from '../expenses/lists.tsx';
import type { NoteHandlers } from '../expenses/note-actions.tsx';
import { NoExpenseNotes, PendingList } from '../expenses/notes.tsx';
import { waitingNotes } from '../expenses/shown.ts';
import { scopeExpenses } from '../households/month-scope.ts';
import { STRINGS } from '../i18n/index.ts';
import { openedView, useShownMonth } from '../money/money-slots.tsx';
import { RecurringOfferSlot } from '../recurring/recurring-slots.tsx';
import { monthViewUrl } from '../sw-protocol.ts';
import type { Controller } from './controller-api.ts';
import { EditSlot } from './edit-slot.tsx';
import {
  HouseholdCaptureSlot,
  HouseholdMonthSlot,
  InvitationSlot,
  useDescribeShare,
  useHouseholdMonthPart,
  useMonthScope,
} from './household-slots.tsx';
import { InstallHint } from './install-hint.tsx';
import { revealData, SettingsSlot } from './settings-slot.tsx';
import { Tabs } from './tabs.tsx';
import { TopBar } from './top-bar.tsx';
import { useNotesAndExpenses } from './use-listed.ts';
import { usePairingNeed } from './use-pairing-need.ts';
import { useToasts } from './use-toasts.tsx';
import './app.css';

// Not needed to capture: loaded when first used, so the first screen stays small.
const loadMonthView = () => import('../money/month-view.tsx').then((m) => m.default);
const loadAccount = () => import('../auth/account.tsx').then((m) => m.default);

export function App({ controller }: { controller: Controller }) {
  const { capture } = controller;
  // What was asked for on the first screen, before the app was there.
  const asked = capture.state.asked;
  const [lang, setLang] = useState(controller.lang);
  const [confirmFirst, setConfirmFirst] = useState(controller.confirmFirst);
  const [currency, setCurrency] = useState(controller.currency);
  // What the app says under the record button; `ok`: good news, never in error red.
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [updateReady, setUpdateReady] = useState(false);
  const [tab, setTab] = useState<'capture' | 'month'>(openedView || asked === 'month' ? 'month' : 'capture');
  const shownMonth = useShownMonth(controller, () => setTab('month'));
  // A screen or dialog whose code would not load with the signal back: reloaded on a tap, same tab and month.
  const reloadHere = () =>
    location.replace(tab === 'month' ? monthViewUrl(shownMonth.month) : location.pathname);
  const [editing, setEditing] = useState<Expense | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(asked === 'settings');
  const month = useLazy(loadMonthView, tab === 'month');
  const MonthView = month.component as typeof import('../money/month-view.tsx').default | null;
  // Supabase mode: the sign-in arrives after the first screen.
  const [auth, setAuth] = useState<Auth | null>(null);
  useEffect(() => void controller.auth?.then(setAuth), [controller]);
  const Account = useLazyComponent(loadAccount, auth !== null) as
    | typeof import('../auth/account.tsx').default
    | null;
  useEffect(
    () =>
      void controller.arrival.then(
        (notice) => notice && setMessage({ text: notice.say(lang), ok: notice.ok }),
      ),
    [controller],
  );
  const opsWaiting = useLiveQuery<number>(() => controller.db.ops.count(), [], 0);
  const { household, households, sharing } = useHousehold();
  const [scope, setScope] = useMonthScope(household);
  const householdPart = useHouseholdMonthPart(tab === 'month' && household !== null);
  const typedRef = useRef<HTMLInputElement | null>(null);
  const t = STRINGS[lang];
  // The offline pill's second opinion: does the server answer now?
  const reachable = useMemo(
    () => async () => (await controller.api.read((c) => c.health.$get(), HealthSchema)) !== null,
    [controller],
  );
  const online = useOnline(reachable);
  const { notes, expenses } = useNotesAndExpenses(controller.db);
  const { pending, cards } = waitingNotes(notes, expenses);
  const describeShare = useDescribeShare(
    households,
    lang,
    expenses.some((e) => e.householdId),
  );
  const toasts = useToasts({ t, lang, controller, notes, expenses, tab, onEdit: setEditing });
  // Local mode: a phone the server refused (not paired, revoked) is told at once, on every screen.
  const { need: pairingNeed, Banner: PairingBanner } = usePairingNeed(
    controller.db,
    notes,
    controller.auth !== null,
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appName;
  }, [lang, t]);
  useEffect(() => controller.onUpdateReady(() => setUpdateReady(true)), [controller]);

  // A recording's own words (it would not start, it stopped by itself) come from the session.
  const recording = useCapture(capture, (c) => c.recording !== null);
  const captureMessage = useCapture(capture, (c) => c.message);
  const typeInstead = useCapture(capture, (c) => c.typeInstead);
  useEffect(() => {
    // A recording, or the recording's own newer words (no microphone), replace an older notice
    // (« appairé » after the pairing link): the newest word is the one shown.
    if (recording || captureMessage) setMessage(null);
  }, [recording, captureMessage]);
  useEffect(() => {
    // No microphone: the typed entry takes the focus (the first screen had none to give it).
    if (!typeInstead || !typedRef.current) return;
    typedRef.current.focus();
    capture.typedFocused();
  }, [typeInstead]);
  useEffect(() => capture.onSaved((id) => toasts.watch(id)), [capture]);
  const shownMessage = message ?? (captureMessage ? { text: t[captureMessage], ok: false } : null);
  const saveTyped = async (text: string) => {
    setMessage(null);
    capture.clearMessage();
    try {
      toasts.watch(await controller.saveTyped(text));
    } catch (error) {
      setMessage({ text: isStorageFull(error) ? t.storageFull : String(error), ok: false });
      throw error;
    }
  };
  const saveReceipt = async (photo: File) => {
    setMessage(null);
    capture.clearMessage();
    try {
      toasts.watch(await controller.saveReceipt(photo));
    } catch (error) {
      setMessage({ text: isStorageFull(error) ? t.storageFull : t.receiptUnreadable, ok: false });
    }
  };
  const handlers: NoteHandlers = {
    retry: (id) => void controller.retry(id),
    discard: (id, said) => void controller.discard(id).then((undo) => toasts.undoable(said, undo)),
    typeInstead: async (id, text) => {
      toasts.watch(id);
      return controller.typeInstead(id, text);
    },
    retype: async (id, text, asExpense) => toasts.watch(await controller.retype(id, text, asExpense)),
    audio: (id) => controller.noteAudio(id),
  };

  return (
    <>
      <TopBar
        t={t}
        online={online}
        pending={pending.length}
        settingsOpen={settingsOpen}
        onSettings={() => setSettingsOpen(true)}
      />
      {updateReady && (
        <button type="button" class="update" onClick={() => controller.applyUpdate()}>
          {t.updateReady}
        </button>
      )}
      <Tabs t={t} tab={tab} onTab={setTab} />
      {pairingNeed && PairingBanner && (
        <PairingBanner
          lang={lang}
          db={controller.db}
          api={controller.api}
          need={pairingNeed}
          waiting={pending.length + opsWaiting}
          onPaired={() => controller.paired()}
        />
      )}
      {auth && Account && (
        <Account
          lang={lang}
          auth={auth}
          unsent={pending.length + opsWaiting}
          signOut={() => controller.signOut()}
        />
      )}
      <InvitationSlot
        lang={lang}
        controller={controller}
        onJoined={(said) => setMessage({ text: said, ok: true })}
      />
      {tab === 'month' ? (
        <main>
          {toasts.view}
          {household && (
            <HouseholdMonthSlot
              part={householdPart}
              lang={lang}
              controller={controller}
              household={household}
              households={households}
              scope={scope}
              onScope={setScope}
              expenses={expenses}
            />
          )}
          {/* Its code would not load though the signal is back: said here, reloaded on a tap only. */}
          {!MonthView && month.stuck && <ScreenNotLoaded t={t} onReload={reloadHere} />}
          {MonthView && (!household || householdPart.settled) && (
            <MonthView
              key={shownMonth.n}
              t={t}
              lang={lang}
              // Whose expenses, and how much of each bill (« Moi »: my share, never the whole bill).
              expenses={scopeExpenses(expenses, scope, household, households)}
              household={household}
              householdBills={scopeExpenses(expenses, { kind: 'household' }, household)}
              budgetsOf={scope.kind === 'member' ? 'none' : scope.kind}
              onHouseholdBudgets={() => setScope({ kind: 'household' })}
              initialMonth={shownMonth.month}
              api={controller.api}
              db={controller.db}
            />
          )}
        </main>
      ) : (
        <main>
          <RecordButton t={t} session={capture} />
          <ReceiptButtons t={t} onPhoto={saveReceipt} onAboutToTake={() => controller.receiptComing()} />
          {shownMessage && (
            <p class={shownMessage.ok ? 'notice' : 'message'} role={shownMessage.ok ? 'status' : 'alert'}>
              {shownMessage.text}
            </p>
          )}
          <RecurringOfferSlot t={t} lang={lang} controller={controller} notes={notes} expenses={expenses} />
          {household && (
            <HouseholdCaptureSlot
              lang={lang}
              controller={controller}
              household={household}
              households={households}
              sharing={sharing}
              notes={notes}
            />
          )}
          <TypedEntry
            t={t}
            lang={lang}
            readPreview={(text) => controller.previewTyped(text)}
            inputRef={typedRef}
            onSubmit={saveTyped}
          />
          {toasts.view}
          <PendingList t={t} lang={lang} notes={cards} handlers={handlers} />
          <NoExpenseNotes t={t} lang={lang} notes={notes} handlers={handlers} retyping={toasts.retyping} />
          <ExpenseList
            t={t}
            lang={lang}
            expenses={expenses}
            describeShare={describeShare}
            onOpen={setEditing}
            onAccept={(e) => void controller.accept(e)}
          />
          <InstallHint t={t} />
        </main>
      )}
      <EditSlot
        t={t}
        lang={lang}
        controller={controller}
        editing={editing}
        onClose={() => setEditing(null)}
        onDelete={(e) => toasts.remove([e])}
        households={households}
        onReload={reloadHere}
      />
      <SettingsSlot
        open={settingsOpen}
        t={t}
        lang={lang}
        controller={controller}
        onLang={(next) => setLang(controller.setLang(next))}
        currency={currency}
        onCurrency={(next) => setCurrency(controller.setCurrency(next))}
        confirmFirst={confirmFirst}
        onConfirmFirst={(on) => setConfirmFirst(controller.setConfirmFirst(on))}
        onData={() => {
          setSettingsOpen(false);
          setTab('month');
          revealData();
        }}
        onClose={() => setSettingsOpen(false)}
        onReload={reloadHere}
      />
    </>
  );
}
