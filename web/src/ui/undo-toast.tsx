import type { Strings } from '../i18n/index.ts';

/** "Dépense supprimée — Annuler", for the few seconds the delete can still be taken back. */
export function UndoToast({ t, onUndo }: { t: Strings; onUndo: () => void }) {
  return (
    <div class="toast" role="status">
      <span>{t.deleted}</span>
      <button type="button" onClick={onUndo}>
        {t.undo}
      </button>
    </div>
  );
}
