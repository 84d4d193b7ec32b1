/** Fix any field of an expense, or delete it. A native <dialog>: focus trap and Escape for free. */
import { CATEGORIES, type Expense, type FieldValues, normalizeDecimal } from '@voicetrack/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n/index.ts';
import './edit-dialog.css';

export interface EditDialogProps {
  t: Strings;
  expense: Expense;
  onSave: (patch: FieldValues) => void;
  onDelete: () => void;
  onClose: () => void;
}

export function EditDialog({ t, expense, onSave, onDelete, onClose }: EditDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    // People type "12,50": the API wants "12.50".
    const amount = normalizeDecimal(field('amount').replace(',', '.').replace(/\s/g, ''));
    if (!amount || amount === '0.00') {
      setError(t.invalidAmount);
      return;
    }
    onSave({
      amount,
      currency: field('currency').toUpperCase(),
      category: field('category'),
      description: field('description'),
      date: field('date'),
    });
  };

  return (
    <dialog ref={ref} class="edit" aria-labelledby="edit-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="edit-title">{t.editTitle}</h2>
        <label>
          {t.fieldAmount}
          <input name="amount" inputMode="decimal" required defaultValue={expense.amount ?? ''} />
        </label>
        <label>
          {t.fieldCurrency}
          <input
            name="currency"
            required
            pattern="[A-Za-z]{3}"
            maxLength={3}
            defaultValue={expense.currency}
          />
        </label>
        <label>
          {t.fieldCategory}
          <select name="category" defaultValue={expense.category}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t.categories[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.fieldDescription}
          <input name="description" maxLength={200} defaultValue={expense.description} />
        </label>
        <label>
          {t.fieldDate}
          <input name="date" type="date" required defaultValue={expense.date} />
        </label>
        {expense.transcript && (
          <p class="transcript">
            <strong>{t.transcript} :</strong> « {expense.transcript} »
          </p>
        )}
        {error && (
          <p class="message" role="alert">
            {error}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" class="danger" onClick={onDelete}>
            {t.delete}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            {t.cancel}
          </button>
          <button type="submit" class="primary">
            {t.save}
          </button>
        </div>
      </form>
    </dialog>
  );
}
