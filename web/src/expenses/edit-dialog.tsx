/**
 * Fix any field of an expense, complete one that has no amount, or delete it. A native <dialog>:
 * focus trap and Escape for free. Every field starts as the expense has it, so saving after
 * changing one field changes that field only.
 */
import {
  CATEGORIES,
  type Category,
  describeOrigin,
  type Expense,
  type FieldValues,
  PROVENANCE_FIELDS,
} from '@voicetrack/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { amountForInput, amountFromInput } from '../base/amount-input.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import { type ReceiptPhoto, ReceiptPhotoView } from './receipt-photo.tsx';
import './edit-dialog.css';

export interface EditDialogProps {
  t: Strings;
  lang: Lang;
  expense: Expense;
  onSave: (patch: FieldValues) => void;
  onDelete: () => void;
  onClose: () => void;
  /** "Rendre récurrente…": a monthly rule from this expense (recurring-dialog.tsx). */
  onRecurring?: () => void;
  /** A receipt's photo kept with the expense, to look at or delete. */
  photo?: ReceiptPhoto | null;
}

export function EditDialog({
  t,
  lang,
  expense,
  onSave,
  onDelete,
  onClose,
  onRecurring,
  photo,
}: EditDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  // Controlled: Preact has no defaultValue on <select>, and an uncontrolled one shows its first option.
  const [category, setCategory] = useState<Category>(expense.category);
  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const amount = amountFromInput(field('amount'));
    if (!amount) {
      setError(t.invalidAmount);
      return;
    }
    onSave({
      amount,
      currency: field('currency').toUpperCase(),
      category,
      description: field('description'),
      date: field('date'),
    });
  };

  const toComplete = expense.amount === null;
  return (
    <dialog ref={ref} class="edit" aria-labelledby="edit-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="edit-title">{toComplete ? t.completeTitle : t.editTitle}</h2>
        <label>
          {t.fieldAmount}
          <input
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            required
            autoFocus={toComplete}
            defaultValue={amountForInput(expense.amount, lang)}
          />
        </label>
        <label>
          {t.fieldCurrency}
          <input
            name="currency"
            required
            pattern="[A-Za-z]{3}"
            maxLength={3}
            autoComplete="off"
            defaultValue={expense.currency}
          />
        </label>
        <label>
          {t.fieldCategory}
          <select
            name="category"
            value={category}
            onChange={(e) => setCategory((e.target as HTMLSelectElement).value as Category)}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c} selected={c === category}>
                {t.categories[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.fieldDescription}
          <input name="description" dir="auto" maxLength={200} defaultValue={expense.description} />
        </label>
        <label>
          {t.fieldDate}
          <input name="date" type="date" required defaultValue={expense.date} />
        </label>
        {expense.transcript && (
          <p class="transcript">
            <strong>
              {t.transcript}
              {t.colon}
            </strong>{' '}
            {t.quoteOpen}
            <bdi>{expense.transcript}</bdi>
            {t.quoteClose}
          </p>
        )}
        {expense.provenance && (
          // Where each field came from, in words: what makes a wrong category fixable by the one who sees it.
          <ul class="provenance" aria-label={t.provenance}>
            {PROVENANCE_FIELDS.map((field) => {
              const origin = expense.provenance?.[field];
              return origin ? <li key={field}>{describeOrigin(field, origin, lang)}</li> : null;
            })}
          </ul>
        )}
        {photo && <ReceiptPhotoView t={t} photo={photo} />}
        {error && (
          <p class="message" role="alert">
            {error}
          </p>
        )}
        {onRecurring && !toComplete && (
          <button type="button" class="link" onClick={onRecurring}>
            {t.makeRecurring}
          </button>
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
