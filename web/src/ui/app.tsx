/** The capture screen: the big button, the typed entry, what is pending, what is saved. */
import type { Expense, FieldValues } from '@voicetrack/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Auth } from '../auth/supabase-auth.ts';
import { isStorageFull, type Note } from '../data/db.ts';
import { UNDO_MS } from '../data/outbox.ts';
import { isPending } from '../data/outbox-machine.ts';
import { localMonth } from '../data/time.ts';
import { STRINGS } from '../i18n/index.ts';
import type { Controller } from './controller.ts';
import { useLazyComponent, useLiveQuery, useOnline } from './hooks.ts';
import { InstallHint } from './install-hint.tsx';
import { ExpenseList, NoExpenseNotes, PendingList } from './lists.tsx';
import { RecordButton } from './record-button.tsx';
import { Settings } from './settings.tsx';
import { TypedEntry } from './typed-entry.tsx';
import { UndoToast } from './undo-toast.tsx';
import './app.css';

// Not needed to capture: loaded when first used, so the first screen stays small.
const loadMonthView = () => import('./month-view.tsx').then((m) => m.default);
const loadEditDialog = () => import('./edit-dialog.tsx').then((m) => m.EditDialog);
const loadAccount = () => import('./account.tsx').then((m) => m.default);
const loadDevices = () => import('./devices.tsx').then((m) => m.Devices);

const byNewest = (a: Expense, b: Expense) =>
  a.date === b.date ? (a.createdAt < b.createdAt ? 1 : -1) : a.date < b.date ? 1 : -1;

export function App({ controller, autoStart }: { controller: Controller; autoStart: boolean }) {
  const [lang, setLang] = useState(controller.lang);
  const [confirmFirst, setConfirmFirst] = useState(controller.confirmFirst);
  const [message, setMessage] = useState<string | null>(null);
  const [updateReady, setUpdateReady] = useState(false);
  const [tab, setTab] = useState<'capture' | 'month'>('capture');
  const [editing, setEditing] = useState<Expense | null>(null);
  const [undo, setUndo] = useState<(() => void) | null>(null);
  const MonthView = useLazyComponent(loadMonthView, tab === 'month') as
    | typeof import('./month-view.tsx').default
    | null;
  const EditDialog = useLazyComponent(loadEditDialog, editing !== null) as
    | typeof import('./edit-dialog.tsx').EditDialog
    | null;
  // Supabase mode: the sign-in arrives after the first screen.
  const [auth, setAuth] = useState<Auth | null>(null);
  useEffect(() => void controller.auth?.then(setAuth), [controller]);
  const Account = useLazyComponent(loadAccount, auth !== null) as
    | typeof import('./account.tsx').default
    | null;
  const Devices = useLazyComponent(loadDevices, true) as typeof import('./devices.tsx').Devices | null;
  useEffect(() => void controller.arrival.then((notice) => notice && setMessage(notice(lang))), [controller]);
  const opsWaiting = useLiveQuery<number>(() => controller.db.ops.count(), [], 0);
  const typedRef = useRef<HTMLInputElement | null>(null);
  const t = STRINGS[lang];
  const online = useOnline();
  const notes = useLiveQuery<Note[]>(
    () => controller.db.notes.orderBy('recordedAt').reverse().toArray(),
    [],
    [],
  );
  const expenses = useLiveQuery<Expense[]>(
    async () => (await controller.db.expenses.toArray()).sort(byNewest),
    [],
    [],
  );
  const pending = notes.filter((n) => isPending(n.state) && n.state !== 'recording');

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appName;
  }, [lang, t]);
  useEffect(() => controller.onUpdateReady(() => setUpdateReady(true)), [controller]);

  const start = async (onLevel: (level: number) => void, onEnded: () => void) => {
    setMessage(null);
    const result = await controller.startRecording(onLevel, (why) => {
      setMessage(why === 'storage_full' ? t.storageFull : t.autoStopped);
      onEnded();
    });
    if (result.ok) return result.recording;
    setMessage(
      result.reason === 'storage_full'
        ? t.storageFull
        : result.reason === 'missing'
          ? t.micMissing
          : t.micDenied,
    );
    if (result.reason !== 'storage_full') typedRef.current?.focus();
    return null;
  };
  const saveTyped = async (text: string) => {
    setMessage(null);
    try {
      await controller.saveTyped(text);
    } catch (error) {
      setMessage(isStorageFull(error) ? t.storageFull : String(error));
      throw error;
    }
  };

  return (
    <>
      <header class="top">
        <h1>{t.appName}</h1>
        <span class="status" role="status">
          {!online && <span class="badge">{t.offline}</span>}
          {pending.length > 0 && <span class="badge">{t.pendingCount(pending.length)}</span>}
        </span>
        <button
          type="button"
          class="lang"
          aria-label={t.languageLabel}
          onClick={() => setLang(controller.setLang(lang === 'fr' ? 'en' : 'fr'))}
        >
          {t.language}
        </button>
      </header>
      {updateReady && (
        <button type="button" class="update" onClick={() => controller.applyUpdate()}>
          {t.updateReady}
        </button>
      )}
      <nav class="tabs" aria-label={t.appName}>
        <button
          type="button"
          aria-current={tab === 'capture' ? 'page' : undefined}
          onClick={() => setTab('capture')}
        >
          {t.tabCapture}
        </button>
        <button
          type="button"
          aria-current={tab === 'month' ? 'page' : undefined}
          onClick={() => setTab('month')}
        >
          {t.tabMonth}
        </button>
      </nav>
      {auth && Account && (
        <Account
          lang={lang}
          auth={auth}
          unsent={pending.length + opsWaiting}
          signOut={() => controller.signOut()}
        />
      )}
      {tab === 'month' ? (
        <main>
          {MonthView && (
            <MonthView
              t={t}
              lang={lang}
              expenses={expenses}
              initialMonth={localMonth(new Date())}
              api={controller.api}
              signedDownloads={controller.auth !== null}
            />
          )}
        </main>
      ) : (
        <main>
          <RecordButton t={t} start={start} onSaved={() => controller.noteSaved()} autoStart={autoStart} />
          {message && (
            <p class="message" role="alert">
              {message}
            </p>
          )}
          <TypedEntry t={t} lang={lang} inputRef={typedRef} onSubmit={saveTyped} />
          <PendingList
            t={t}
            notes={pending}
            onRetry={(id) => controller.retry(id)}
            onDiscard={(id) => controller.discard(id)}
          />
          <NoExpenseNotes t={t} notes={notes} />
          <ExpenseList
            t={t}
            lang={lang}
            expenses={expenses}
            onOpen={setEditing}
            onAccept={(e) => void controller.accept(e)}
          />
          <Settings
            t={t}
            confirmFirst={confirmFirst}
            onConfirmFirst={(on) => setConfirmFirst(controller.setConfirmFirst(on))}
          />
          {Devices && (
            <Devices
              lang={lang}
              db={controller.db}
              api={controller.api}
              supabase={controller.auth !== null}
              onPaired={() => controller.paired()}
            />
          )}
          <InstallHint t={t} />
        </main>
      )}
      {editing && EditDialog && (
        <EditDialog
          t={t}
          expense={editing}
          onClose={() => setEditing(null)}
          onSave={(patch: FieldValues) => {
            void controller.edit(editing, patch);
            setEditing(null);
          }}
          onDelete={() => {
            const expense = editing;
            setEditing(null);
            void controller.remove(expense).then((takeBack) => {
              setUndo(() => () => {
                void takeBack();
                setUndo(null);
              });
              setTimeout(() => setUndo(null), UNDO_MS);
            });
          }}
        />
      )}
      {undo && <UndoToast t={t} onUndo={undo} />}
    </>
  );
}
