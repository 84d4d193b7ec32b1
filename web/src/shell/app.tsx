/** The app's frame: the top bar, the tabs, the capture screen or the month, and what opens on top. */
import { type Expense, type FieldValues, HealthSchema } from '@voicetrack/shared';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Auth } from '../auth/supabase-auth.ts';
import { useLazyComponent, useLiveQuery } from '../base/hooks.ts';
import { useHousehold } from '../base/household-memory.ts';
import { isStorageFull } from '../base/storage-full.ts';
import { useOnline } from '../base/use-online.ts';
import { ReceiptButtons } from '../capture/receipt/receipt-button.tsx';
import { RecordButton, useCapture } from '../capture/record-button.tsx';
import { TypedEntry } from '../capture/typed-entry.tsx';
import type { Note } from '../data/db.ts';
import { readPairingNeed } from '../data/pairing-state.ts';
import { ExpenseList } from '../expenses/lists.tsx';
import type { NoteHandlers } from '../expenses/note-actions.tsx';
import { NoExpenseNotes, PendingList } from '../expenses/notes.tsx';
import type { Listed } from '../expenses/provisional.ts';
import { byNewest, waitingNotes } from '../expenses/shown.ts';
import { type MonthScope, scopeExpenses } from '../households/month-scope.ts';
import { localeOf, STRINGS } from '../i18n/index.ts';
import { openedView, RecurringDialogSlot, RecurringOfferSlot, useShownMonth } from '../money/money-slots.tsx';
import type { Controller } from './controller.ts';
import { InstallHint } from './install-hint.tsx';
import { SettingsSlot } from './settings-slot.tsx';
import { Tabs } from './tabs.tsx';
import { TopBar } from './top-bar.tsx';
import { useToasts } from './use-toasts.tsx';
import './app.css';

// Not needed to capture: loaded when first used, so the first screen stays small.
const loadMonthView = () => import('../money/month-view.tsx').then((m) => m.default);
const loadEditDialog = () => import('../expenses/edit-dialog.tsx').then((m) => m.EditDialog);
const loadAccount = () => import('../auth/account.tsx').then((m) => m.default);
const loadPairingBanner = () => import('../doors/pairing-banner.tsx').then((m) => m.default);
// The household's screens: only on a phone in one, or opened by an invite.
const loadSharedSwitch = () => import('../households/shared-switch.tsx').then((m) => m.default);
const loadSplitLine = () =>
  import('../households/household-words.ts').then(
    (m) => (args: Parameters<typeof m.splitLine>) => m.splitLine(...args),
  );
const loadHouseholdMonth = () => import('../households/household-month.tsx').then((m) => m.default);
const loadJoinInvite = () => import('../households/join-invite.tsx').then((m) => m.default);
const loadSettlementOffer = () => import('../households/settlement-offer.tsx').then((m) => m.default);
const invitationInUrl = () => {
  const params = new URLSearchParams(location.hash.slice(1));
  const code = params.get('household');
  return code ? { code, name: params.get('name') } : null;
};

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
  const [editing, setEditing] = useState<Expense | null>(null);
  const [recurringFrom, setRecurringFrom] = useState<Expense | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(asked === 'settings');
  const MonthView = useLazyComponent(loadMonthView, tab === 'month') as
    | typeof import('../money/month-view.tsx').default
    | null;
  const EditDialog = useLazyComponent(loadEditDialog, editing !== null) as
    | typeof import('../expenses/edit-dialog.tsx').EditDialog
    | null;
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
  const { household, sharing } = useHousehold();
  const [chosenScope, setScope] = useState<MonthScope>({ kind: 'me' });
  // A member removed since (or no household any more): the month is yours again.
  const scope: MonthScope =
    household &&
    (chosenScope.kind !== 'member' || household.members.some((m) => m.id === chosenScope.memberId))
      ? chosenScope
      : { kind: 'me' };
  const [invitation, setInvitation] = useState(invitationInUrl);
  const SharedSwitch = useLazyComponent(loadSharedSwitch, household !== null) as
    | typeof import('../households/shared-switch.tsx').default
    | null;
  const splitLine = useLazyComponent(loadSplitLine, household !== null) as
    | ((args: Parameters<typeof import('../households/household-words.ts').splitLine>) => string | null)
    | null;
  const HouseholdMonth = useLazyComponent(loadHouseholdMonth, household !== null && tab === 'month') as
    | typeof import('../households/household-month.tsx').default
    | null;
  const JoinInvite = useLazyComponent(loadJoinInvite, invitation !== null) as
    | typeof import('../households/join-invite.tsx').default
    | null;
  const typedRef = useRef<HTMLInputElement | null>(null);
  const t = STRINGS[lang];
  // The offline pill's second opinion: does the server answer now?
  const reachable = useMemo(
    () => async () => (await controller.api.read((c) => c.health.$get(), HealthSchema)) !== null,
    [controller],
  );
  const online = useOnline(reachable);
  // Notes and expenses read in one transaction: a note answered between two reads could show its
  // unsent rows and the server's (or neither); from one snapshot, exactly one of them.
  const { notes, expenses } = useLiveQuery<{ notes: Note[]; expenses: Listed[] }>(
    async () => {
      const { db } = controller;
      const [notes, expenses] = await db.transaction('r', db.notes, db.expenses, () =>
        Promise.all([db.notes.orderBy('recordedAt').reverse().toArray(), db.expenses.toArray()]),
      );
      // Notes read on the phone join the list as their rows (the merge loads with the first one).
      const listed: Listed[] = notes.some((n) => n.provisional)
        ? (await import('../expenses/provisional.ts')).withProvisional(expenses, notes)
        : expenses;
      return { notes, expenses: listed.sort(byNewest) };
    },
    [],
    { notes: [], expenses: [] },
  );
  const { pending, cards } = waitingNotes(notes, expenses);
  // « j'ai remboursé 24 € à Marie »: a repayment the server proposes, to confirm.
  const SettlementOffer = useLazyComponent(
    loadSettlementOffer,
    household !== null && notes.some((n) => n.result?.settlement),
  ) as typeof import('../households/settlement-offer.tsx').default | null;
  const toasts = useToasts({ t, lang, controller, notes, expenses, onEdit: setEditing });
  // Local mode: a phone the server refused (not paired, revoked) is told at once, on every screen.
  const refusedAs = useLiveQuery(() => readPairingNeed(controller.db), [], null);
  const pairingNeed =
    controller.auth || (!refusedAs && !notes.some((n) => n.state === 'waiting_for_sign_in'))
      ? null
      : (refusedAs ?? 'needed');
  const PairingBanner = useLazyComponent(loadPairingBanner, pairingNeed !== null) as
    | typeof import('../doors/pairing-banner.tsx').default
    | null;

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
  // The typed words read as the note they would become (the parser loads on the field's first use).
  const readPreview = (text: string) =>
    import('../expenses/provisional-reading.ts').then((m) =>
      m.previewTyped(controller.db, {
        text,
        locale: localeOf(lang),
        currency,
        confirm: confirmFirst,
        ...(sharing && household ? { householdId: household.id } : {}),
      }),
    );
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
      {invitation && JoinInvite && (
        <JoinInvite
          lang={lang}
          api={controller.api}
          invitation={invitation}
          onDone={(said) => {
            setInvitation(null);
            if (said) setMessage({ text: said, ok: true });
            controller.refresh();
          }}
        />
      )}
      {tab === 'month' ? (
        <main>
          {toasts.view}
          {household && HouseholdMonth && (
            <HouseholdMonth
              lang={lang}
              api={controller.api}
              household={household}
              scope={scope}
              onScope={setScope}
              version={billsVersion(expenses, household.id)}
            />
          )}
          {MonthView && (
            <MonthView
              key={shownMonth.n}
              t={t}
              lang={lang}
              // Whose expenses, and how much of each bill (« Moi »: my share, never the whole bill).
              expenses={scopeExpenses(expenses, scope, household)}
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
          {household && SettlementOffer && (
            <SettlementOffer lang={lang} api={controller.api} household={household} notes={notes} />
          )}
          {household && SharedSwitch && <SharedSwitch lang={lang} household={household} sharing={sharing} />}
          <TypedEntry t={t} lang={lang} readPreview={readPreview} inputRef={typedRef} onSubmit={saveTyped} />
          {toasts.view}
          <PendingList t={t} lang={lang} notes={cards} handlers={handlers} />
          <NoExpenseNotes t={t} lang={lang} notes={notes} handlers={handlers} retyping={toasts.retyping} />
          <ExpenseList
            t={t}
            lang={lang}
            expenses={expenses}
            describeShare={household && splitLine ? (e) => splitLine([e, household, lang]) : null}
            onOpen={setEditing}
            onAccept={(e) => void controller.accept(e)}
          />
          <InstallHint t={t} />
        </main>
      )}
      {editing && EditDialog && (
        <EditDialog
          t={t}
          lang={lang}
          expense={editing}
          photo={controller.receiptPhoto(editing)}
          onClose={() => setEditing(null)}
          onSave={(patch: FieldValues) => {
            void controller.edit(editing, patch);
            setEditing(null);
          }}
          onDelete={() => {
            setEditing(null);
            toasts.remove([editing]);
          }}
          onRecurring={() => {
            setEditing(null);
            setRecurringFrom(editing);
          }}
          onAccept={() => {
            void controller.accept(editing);
            setEditing(null);
          }}
        />
      )}
      {recurringFrom && (
        <RecurringDialogSlot
          t={t}
          lang={lang}
          controller={controller}
          expense={recurringFrom}
          onClose={() => setRecurringFrom(null)}
        />
      )}
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
          // The month view arrives lazily: its data section is brought into view once it is there.
          const reveal = (tries: number) => {
            const data = document.getElementById('data-title');
            if (data) data.scrollIntoView({ block: 'start' });
            else if (tries > 0) setTimeout(() => reveal(tries - 1), 100);
          };
          reveal(30);
        }}
        onClose={() => setSettingsOpen(false)}
      />
    </>
  );
}

/** Changes when the household's bills change (saved, edited, deleted): its balances are read again. */
const billsVersion = (expenses: readonly Listed[], householdId: string) =>
  expenses
    .filter((e) => e.householdId === householdId && !e.provisional)
    .map((e) => `${e.id}:${e.updatedAt}`)
    .join(',');
