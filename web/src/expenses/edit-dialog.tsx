/**
 * Fix any field of an expense, complete one that has no amount, or delete it. A native <dialog>:
 * focus trap and Escape for free. Every field starts as the expense has it, so saving after
 * changing one field changes that field only.
 */
import {
  ANY_PROVENANCE_FIELDS,
  AWAITING_CONFIRMATION,
  billMembers,
  type Category,
  decimalToCents,
  describeOrigin,
  type Expense,
  type ExpenseEdits,
  FIRST_YEAR,
  type Household,
  isIsoDate,
  LAST_YEAR,
  readShares,
  type SharesForm,
  sharesEdit,
  sharesFormOf,
  stripInvisibleMarks,
} from '@voicetrack/shared';
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { amountForInput, amountFromInput } from '../base/amount-input.ts';
import { CategorySelect } from '../base/category-select.tsx';
import { DayField } from '../base/day-field.tsx';
import { dayForInput, dayFromInput } from '../base/day-input.ts';
import type { SharesEditorProps } from '../base/shares-editor.ts';
import { formatFullDay } from '../i18n/format.ts';
import { HOUSEHOLD_STRINGS, sharesSay } from '../i18n/households.ts';
import { type Lang, reviewText, type Strings } from '../i18n/index.ts';
import { type ReceiptPhoto, ReceiptPhotoView } from './receipt-photo.tsx';
import './edit-dialog.css';

// The days the server takes (shared/dates.ts): the date field offers no other.
const MIN_DAY = `${FIRST_YEAR}-01-01`;
const MAX_DAY = `${LAST_YEAR}-12-31`;

export interface EditDialogProps {
  t: Strings;
  lang: Lang;
  expense: Expense;
  onSave: (patch: ExpenseEdits) => void;
  /**
   * A household's bill with shares (the server's, or, not sent yet, the phone's by the same rule):
   * its household and « Qui a payé, qui doit quoi » (the households room's editor, handed in by the
   * shell), to change who paid and the shares.
   */
  household?: Household | null;
  SharesEditor?: ComponentType<SharesEditorProps> | null;
  onDelete: () => void;
  onClose: () => void;
  /** "Rendre récurrente…": a monthly rule from this expense (recurring-dialog.tsx). */
  onRecurring?: () => void;
  /** A receipt's photo kept with the expense, to look at or delete. */
  photo?: ReceiptPhoto | null;
  /** « Accepter »: an expense that waits for review is right as it is. */
  onAccept?: () => void;
}

export function EditDialog(props: EditDialogProps) {
  const {
    t,
    lang,
    expense,
    onSave,
    onDelete,
    onClose,
    onRecurring,
    onAccept,
    photo,
    household,
    SharesEditor,
  } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  // The field the message is about: marked invalid and described by the message, for a screen reader.
  const [badField, setBadField] = useState<'amount' | 'currency' | 'date' | null>(null);
  const invalid = (name: 'amount' | 'currency' | 'date') =>
    badField === name ? { 'aria-invalid': true, 'aria-errormessage': 'edit-error' } : {};
  // Controlled: Preact has no defaultValue on <select>, and an uncontrolled one shows its first option.
  const [category, setCategory] = useState<Category>(expense.category);
  // Who paid and the shares: only for a household's bill with shares, whose household this phone knows.
  const members =
    SharesEditor && household && expense.householdId === household.id && expense.split
      ? billMembers(expense, household, HOUSEHOLD_STRINGS[lang].memberGone)
      : null;
  const order = members?.map((m) => m.id) ?? [];
  const [shares, setShares] = useState<SharesForm | null>(() =>
    members ? sharesFormOf(expense, order) : null,
  );
  // The shares follow the amount as it is typed.
  const [amountTyped, setAmountTyped] = useState(amountForInput(expense.amount, lang));
  const typedAmount = amountFromInput(amountTyped);
  const totalCents = typedAmount === null ? null : decimalToCents(typedAmount);
  // The date field's text (« 24/11/2026 »), and its day said in words beside the label (empty while
  // it is no day).
  const [dayTyped, setDayTyped] = useState(dayForInput(expense.date, lang));
  const day = dayFromInput(dayTyped, lang) ?? '';
  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    // Each field is checked here, in the app's words (the form is noValidate: the browser's own
    // bubble, « Veuillez renseigner ce champ » in its language, never shows beside them).
    const refuse = (name: 'amount' | 'currency' | 'date', message: string) => {
      setError(message);
      setBadField(name);
      (form.elements.namedItem(name) as HTMLElement | null)?.focus();
    };
    const amount = amountFromInput(field('amount'));
    if (!amount) return refuse('amount', t.invalidAmount);
    if (!/^[A-Za-z]{3}$/.test(field('currency'))) return refuse('currency', t.invalidCurrency);
    // A day out of range or half typed (the field's text reads as no day): said here, not refused
    // later by the server once the outbox sends it.
    if (!isIsoDate(day)) return refuse('date', t.invalidDate(FIRST_YEAR, LAST_YEAR));
    setBadField(null);
    const fields = {
      amount,
      currency: field('currency').toUpperCase(),
      category,
      // The invisible marks a pasted name brings (« ⁨Paul⁩ »), which the server would drop too.
      description: stripInvisibleMarks(field('description')).trim(),
      date: day,
    };
    const total = decimalToCents(amount);
    if (!shares || !household || total === null) {
      onSave(fields);
      return;
    }
    // Shares that do not add up are not saved: the line under them says what is missing or extra.
    const reading = readShares(shares, total, order, expense);
    if (reading.kind !== 'shares') {
      setError(
        sharesSay(reading, fields.currency, lang, (id) => members?.find((m) => m.id === id)?.name ?? '?'),
      );
      return;
    }
    onSave({ ...fields, ...sharesEdit(expense, shares.paidBy, reading.shares, total) });
  };

  const toComplete = expense.amount === null;
  // How the note's words came: « Ce qui a été dit / écrit / lu », and « entendu / écrit / lu » below.
  const wordsCame = expense.source === 'voice' ? 'said' : expense.source === 'receipt' ? 'read' : 'written';
  // Waits for review (not a « confirm first » expense, whose card says so): why, and « Accepter ».
  const reviewed = expense.status === 'needs_review' && expense.reviewReason !== AWAITING_CONFIRMATION;
  // Each field named by its label's words alone (aria-labelledby): WebKit names a text box inside
  // its <label> with the label's text and the box's value ("Amount 4.00").
  return (
    <dialog ref={ref} class="edit" aria-labelledby="edit-title" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="edit-title">{toComplete ? t.completeTitle : t.editTitle}</h2>
        {reviewed && <p class="review-reason">{reviewText(t, expense.reviewReason, expense.source)}</p>}
        <label>
          <span id="edit-amount">{t.fieldAmount}</span>
          <input
            name="amount"
            aria-labelledby="edit-amount"
            {...invalid('amount')}
            inputMode="decimal"
            autoComplete="off"
            required
            autoFocus={toComplete}
            defaultValue={amountForInput(expense.amount, lang)}
            onInput={(e) => setAmountTyped((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          <span id="edit-currency">{t.fieldCurrency}</span>
          <input
            name="currency"
            aria-labelledby="edit-currency"
            {...invalid('currency')}
            required
            pattern="[A-Za-z]{3}"
            maxLength={3}
            autoComplete="off"
            defaultValue={expense.currency}
          />
        </label>
        <label>
          <span id="edit-category">{t.fieldCategory}</span>
          <CategorySelect
            name="category"
            labelledBy="edit-category"
            value={category}
            onChange={setCategory}
            labels={t.categories}
          />
        </label>
        <label>
          <span id="edit-description">{t.fieldDescription}</span>
          <input
            name="description"
            aria-labelledby="edit-description"
            dir="auto"
            maxLength={200}
            defaultValue={expense.description}
          />
        </label>
        {/* A native date field writes the day in the browser's language and order, not the app's:
            05/12 reads as 12 May to a French person whose Chromium speaks English, and Chromium (its
            UI language), Firefox (its own locale) and WebKit (the system's) all ignore `lang`. So the
            field is text in the app's order, its calendar a button beside it (day-field.tsx), and
            the day is also said in words on the label's line. A <div>: a <label> around a field and
            a button would name both. */}
        <div class="field">
          <span class="label-line">
            <span id="edit-date">{t.fieldDate}</span>
            <span id="edit-date-words" class="date-words">
              {isIsoDate(day) ? formatFullDay(day, lang) : ''}
            </span>
          </span>
          <DayField
            lang={lang}
            name="date"
            text={dayTyped}
            onText={setDayTyped}
            labelledBy="edit-date"
            describedBy="edit-date-words"
            pickLabel={t.pickDate}
            min={MIN_DAY}
            max={MAX_DAY}
            invalid={invalid('date')}
          />
        </div>
        {shares && household && members && SharesEditor && (
          <SharesEditor
            lang={lang}
            household={household}
            bill={expense}
            members={members}
            currency={expense.currency}
            totalCents={totalCents}
            form={shares}
            onChange={(form) => {
              setShares(form);
              setError(null);
            }}
          />
        )}
        {expense.transcript && (
          <p class="transcript">
            <strong>
              {{ said: t.transcript, written: t.transcriptWritten, read: t.transcriptRead }[wordsCame]}
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
            {ANY_PROVENANCE_FIELDS.map((field) => {
              const origin = expense.provenance?.[field];
              return origin ? <li key={field}>{describeOrigin(field, origin, lang, wordsCame)}</li> : null;
            })}
          </ul>
        )}
        {photo && <ReceiptPhotoView t={t} photo={photo} />}
        {error && (
          <p id="edit-error" class="message" role="alert">
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
          {reviewed && !toComplete && onAccept && (
            <button type="button" onClick={onAccept}>
              {t.accept}
            </button>
          )}
          <button type="submit" class="primary">
            {t.save}
          </button>
        </div>
      </form>
    </dialog>
  );
}
