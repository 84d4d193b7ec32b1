/**
 * The one toast, in the page's flow where it is placed (under the typed entry, above the lists;
 * at the top of the month, where what a note became is not said) and held in sight at the bottom
 * edge when that place is below it; hidden while a dialog is open (app.css): it pushes the rows down and never covers the first one, nor the budget bar: what a note just became
 * (watched from the tap on "Ajouter" or the end of a recording until the server answered it), the
 * undo of a delete, or the changes a flush could not keep. A newer toast replaces the older; the
 * changes not kept are a toast of their own, above the other when both show: each change told is
 * added to those it already says, and it stays until the person closes it (× or Escape), as a
 * person who looks away for six seconds must still learn that a change of theirs was not kept.
 */
import type { Expense } from '@voicetrack/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLazyComponent } from '../base/hooks.ts';
import type { Note } from '../data/db.ts';
import { UNDO_MS } from '../data/expense-changes.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import type { Controller } from './controller-api.ts';
import { type LostChange, withLost } from './lost-changes.ts';
import type { Shown } from './result-toast.tsx';
import { UndoToast } from './undo-toast.tsx';

/** How long a result stays: a few seconds, never more than six (changes not kept stay until closed). */
export const TOAST_MS = 6_000;

const loadResultToast = () => import('./result-toast.tsx').then((m) => m.default);

type Toast =
  | Extract<Shown, { kind: 'result' }>
  | { kind: 'undo'; message: string; undo: () => Promise<unknown> };

export function useToasts(options: {
  t: Strings;
  lang: Lang;
  controller: Controller;
  notes: Note[];
  expenses: Expense[];
  /** The tab shown: what a note became is said on the capture list only. */
  tab: 'capture' | 'month';
  onEdit: (expense: Expense) => void;
}) {
  const { t, lang, controller, notes, expenses, tab, onEdit } = options;
  const [toast, setToast] = useState<Toast | null>(null);
  const [lost, setLost] = useState<LostChange[] | null>(null);
  const [retyping, setRetyping] = useState<string | null>(null);
  const watched = useRef(new Set<string>());
  const ResultToast = useLazyComponent(loadResultToast, lost !== null || toast?.kind === 'result') as
    | typeof import('./result-toast.tsx').default
    | null;

  useEffect(() => {
    for (const id of watched.current) {
      const note = notes.find((n) => n.id === id);
      if (note?.state !== 'done') continue;
      watched.current.delete(id);
      setToast({ kind: 'result', note });
    }
  }, [notes]);
  useEffect(
    () =>
      controller.onEditLost((expense, fields, refused) =>
        // Several changes refused in one flush are said together, not each over the one before.
        setLost((now) => withLost(now, { expense, fields, ...(refused ? { refused } : {}) })),
      ),
    [controller],
  );
  // What a note became belongs to the list it was said on: gone once the person opens the month
  // (held at the top, it covered the month's chart). Its card keeps the note and its actions.
  useEffect(() => {
    if (tab !== 'capture') setToast((now) => (now?.kind === 'result' ? null : now));
  }, [tab]);
  useEffect(() => {
    if (!toast) return;
    const ms = toast.kind === 'undo' ? UNDO_MS : TOAST_MS;
    const timer = setTimeout(() => setToast((now) => (now === toast ? null : now)), ms);
    return () => clearTimeout(timer);
  }, [toast]);
  useEffect(() => {
    if (!lost) return;
    // Escape closes it, unless a dialog is open or a menu or form took it (it calls
    // preventDefault): that Escape was theirs.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('dialog[open]')) setLost(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [lost]);

  const undoable = (message: string, undo: () => Promise<unknown>) =>
    setToast({ kind: 'undo', message, undo });
  const remove = (list: Expense[]) =>
    void Promise.all(list.map((e) => controller.remove(e))).then((takeBacks) =>
      undoable(t.deleted, async () => {
        for (const takeBack of takeBacks) await takeBack();
      }),
    );
  const current = (e: Expense) => expenses.find((x) => x.id === e.id) ?? e;

  const lostView =
    lost && ResultToast ? (
      <ResultToast
        t={t}
        lang={lang}
        shown={{ kind: 'lost', changes: lost }}
        current={current}
        onUndo={remove}
        onEdit={(e) => {
          setLost(null);
          onEdit(current(e));
        }}
        onAccept={() => undefined}
        onRetype={() => undefined}
        onDismiss={() => setLost(null)}
      />
    ) : null;
  let view = null;
  if (toast?.kind === 'undo') {
    view = (
      <UndoToast
        t={t}
        message={toast.message}
        onUndo={() => {
          void toast.undo();
          setToast(null);
        }}
      />
    );
  } else if (toast && ResultToast && tab === 'capture') {
    view = (
      <ResultToast
        t={t}
        lang={lang}
        shown={toast}
        current={current}
        onUndo={remove}
        onEdit={(e) => {
          setToast(null);
          onEdit(current(e));
        }}
        onAccept={(list) => {
          setToast(null);
          for (const e of list) void controller.accept(current(e));
        }}
        onRetype={(noteId) => {
          setToast(null);
          setRetyping(noteId);
        }}
        onDismiss={() => setToast(null)}
      />
    );
  }
  return {
    // Both: one block held in sight, the changes not kept above.
    view:
      lostView && view ? (
        <div class="toast-stack">
          {lostView}
          {view}
        </div>
      ) : (
        (lostView ?? view)
      ),
    retyping,
    /** Shows what this note becomes once the server has answered it. */
    watch: (noteId: string) => void watched.current.add(noteId),
    undoable,
    /** Deletes now, with "Dépense supprimée — Annuler" while the delete can be taken back. */
    remove,
  };
}
