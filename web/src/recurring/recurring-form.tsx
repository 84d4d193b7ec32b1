/**
 * A recurring expense's fields: amount (as the person writes it), currency, category,
 * description, day of the month. Used to make a rule from an expense and to change one in the
 * settings. Says when the first (or next) expense will be, as the server will count it. On a
 * phone in a household, « Partagé avec [foyer] », who bears it and who pays it
 * (recurring-shared-fields.tsx).
 */
import { type Category, firstOccurrence } from '@voicetrack/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { amountForInput, amountFromInput } from '../base/amount-input.ts';
import { CategorySelect } from '../base/category-select.tsx';
import { cancelOnEscape } from '../base/escape.ts';
import { useHousehold } from '../base/household-memory.ts';
import { formatDay } from '../i18n/format.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MoneyStrings } from '../i18n/money.ts';
import { RecurringSharedFields } from './recurring-shared-fields.tsx';
import type { RuleFields } from './rule-fields.ts';

export interface RecurringFormProps {
  t: Strings;
  m: MoneyStrings;
  lang: Lang;
  initial: RuleFields;
  /** Where the first expense falls: a new rule's (today, its first month); none when changing one. */
  first: { today: string; startMonth: string } | null;
  submitLabel: string;
  /** Resolves with what went wrong, or null once done. */
  onSubmit: (fields: RuleFields) => Promise<string | null>;
  onCancel: () => void;
}

export function RecurringForm(props: RecurringFormProps) {
  const { t, m, lang, initial, first, submitLabel, onSubmit, onCancel } = props;
  const [amount, setAmount] = useState(amountForInput(initial.amount, lang));
  const [currency, setCurrency] = useState(initial.currency);
  const [category, setCategory] = useState<Category>(initial.category);
  const [description, setDescription] = useState(initial.description);
  const [day, setDay] = useState(String(initial.dayOfMonth));
  const { household: shown, households } = useHousehold();
  // A rule's own household (any the person is in), or for a new one the household shown; only
  // where this phone's person is its member.
  const household = initial.shared
    ? (households.find((h) => h.id === initial.shared?.householdId) ?? null)
    : shown;
  const inHousehold = household?.me ? { ...household, me: household.me } : null;
  const [shared, setShared] = useState(inHousehold ? initial.shared : undefined);
  // What is wrong with the shares or percentages typed: said at once, and nothing is sent with it.
  const [splitProblem, setSplitProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amountRef = useRef<HTMLInputElement>(null);
  // Two taps (or Enter twice) before the answer must not make two rules.
  const sending = useRef(false);
  useEffect(() => amountRef.current?.focus(), []);

  const dayOfMonth = Number(day);
  const validDay = Number.isInteger(dayOfMonth) && dayOfMonth >= 1 && dayOfMonth <= 31;
  const firstDate = first && validDay ? firstOccurrence(first.today, dayOfMonth, first.startMonth) : null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const decimal = amountFromInput(amount);
    if (!decimal) return setError(m.invalidAmount);
    if (shared && splitProblem) return setError(splitProblem);
    if (!validDay || sending.current) return;
    sending.current = true;
    setBusy(true);
    const payerHere = inHousehold?.members.some((x) => x.id === shared?.paidBy);
    const wrong = await onSubmit({
      amount: decimal,
      currency: currency.trim().toUpperCase(),
      category,
      description: description.trim(),
      dayOfMonth,
      ...(shared && inHousehold
        ? { shared: { ...shared, paidBy: payerHere ? shared.paidBy : inHousehold.me } }
        : {}),
    });
    sending.current = false;
    setBusy(false);
    setError(wrong);
  };
  const text = (
    label: string,
    value: string,
    set: (v: string) => void,
    extra: Record<string, unknown> = {},
  ) => (
    <label>
      {label}
      <input
        value={value}
        autoComplete="off"
        onInput={(e) => set((e.target as HTMLInputElement).value)}
        {...extra}
      />
    </label>
  );
  return (
    <form class="recurring-form" onSubmit={submit} onKeyDown={cancelOnEscape(onCancel)}>
      {text(m.amount, amount, setAmount, { ref: amountRef, inputMode: 'decimal', required: true })}
      {text(m.currency, currency, setCurrency, { required: true, pattern: '[A-Za-z]{3}', maxLength: 3 })}
      <label>
        {m.category}
        <CategorySelect value={category} onChange={setCategory} labels={t.categories} />
      </label>
      {text(m.description, description, setDescription, { dir: 'auto', maxLength: 200 })}
      <label>
        {m.dayOfMonth}
        <input
          type="number"
          min={1}
          max={31}
          step={1}
          required
          aria-describedby="recurring-day-hint"
          value={day}
          onInput={(e) => setDay((e.target as HTMLInputElement).value)}
        />
        <small id="recurring-day-hint">{m.dayHint}</small>
      </label>
      {inHousehold && (first || initial.shared) && (
        <RecurringSharedFields
          m={m}
          lang={lang}
          household={inHousehold}
          value={shared}
          initial={initial.shared}
          canToggle={first !== null}
          onChange={(next, wrong) => {
            setShared(next);
            setSplitProblem(next ? wrong : null);
            setError(null);
          }}
        />
      )}
      {firstDate && first && (
        <p class="recurring-first">
          {(firstDate <= first.today ? m.firstNow : m.firstOn)(formatDay(firstDate, lang))}
        </p>
      )}
      {error && (
        <p class="message" role="alert">
          {error}
        </p>
      )}
      <div class="dialog-actions">
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" class="primary" disabled={busy || !validDay}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
