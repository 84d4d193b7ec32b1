/**
 * What opens on an expense: its dialog (fix, delete, accept), loaded on the first tap on a row, and
 * « Rendre récurrente… » from it. Its code failing again with the signal back: a dialog with its title
 * says so, with « Recharger » (a reload only on that tap; the expense stays as it was saved).
 */
import type { Expense, ExpenseEdits, Household } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import { useLazy } from '../base/hooks.ts';
import { DialogNotLoaded } from '../base/screen-not-loaded.tsx';
import type { Lang, Strings } from '../i18n/index.ts';
import { RecurringDialogSlot } from '../recurring/recurring-slots.tsx';
import type { Controller } from './controller-api.ts';

const loadEditDialog = () => import('../expenses/edit-dialog.tsx').then((m) => m.EditDialog);
// « Qui a payé, qui doit quoi »: the households room's, loaded with a household's bill's dialog only.
const loadSharesEditor = () => import('../households/bill-shares-editor.tsx').then((m) => m.BillSharesEditor);

export function EditSlot(props: {
  t: Strings;
  lang: Lang;
  controller: Controller;
  /** The expense opened, null: none. */
  editing: Expense | null;
  onClose: () => void;
  /** Deleted from its dialog: the frame's toast deletes it with an undo. */
  onDelete: (expense: Expense) => void;
  /** The households this phone knows: a bill of one opens with who paid and the shares. */
  households: readonly Household[];
  /** Reloads the app onto the tab shown: the dialog's code would not load though the signal is back. */
  onReload: () => void;
}) {
  const { t, lang, controller, editing, onClose } = props;
  const [recurringFrom, setRecurringFrom] = useState<Expense | null>(null);
  const dialog = useLazy(loadEditDialog, editing !== null);
  const EditDialog = dialog.component as typeof import('../expenses/edit-dialog.tsx').EditDialog | null;
  // A bill's payer and shares, the server's or, not sent yet, those the phone made by the same rule
  // (none when it did not know the household's members then: the server will make them).
  const household =
    editing?.householdId && editing.split?.length
      ? (props.households.find((h) => h.id === editing.householdId) ?? null)
      : null;
  const shares = useLazy(loadSharesEditor, household !== null);
  const SharesEditor = shares.component as
    | typeof import('../households/bill-shares-editor.tsx').BillSharesEditor
    | null;
  const ready = EditDialog !== null && (!household || SharesEditor !== null);
  return (
    <>
      {editing && !ready && (dialog.stuck || (household && shares.stuck)) && (
        <DialogNotLoaded
          t={t}
          title={editing.amount === null ? t.completeTitle : t.editTitle}
          onReload={props.onReload}
          onClose={onClose}
        />
      )}
      {editing && EditDialog && (!household || SharesEditor) && (
        <EditDialog
          t={t}
          lang={lang}
          expense={editing}
          photo={controller.receiptPhoto(editing)}
          household={household}
          SharesEditor={SharesEditor}
          onClose={onClose}
          onSave={(patch: ExpenseEdits) => {
            void controller.edit(editing, patch);
            onClose();
          }}
          onDelete={() => {
            onClose();
            props.onDelete(editing);
          }}
          onRecurring={() => {
            onClose();
            setRecurringFrom(editing);
          }}
          onAccept={() => {
            void controller.accept(editing);
            onClose();
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
    </>
  );
}
