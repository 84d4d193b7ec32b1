import type { Strings } from '../i18n/index.ts';

/** "Dépense supprimée — Annuler", for the few seconds a delete can still be taken back. */
export function UndoToast({ t, message, onUndo }: { t: Strings; message: string; onUndo: () => void }) {
  return (
    <div class="toast" role="status">
      <span class="toast-text">{message}</span>
      <span class="toast-actions">
        <button type="button" onClick={onUndo}>
          {t.undo}
        </button>
      </span>
    </div>
  );
}
