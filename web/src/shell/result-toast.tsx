/**
 * What a note became, in sight without scrolling, with what to do next: "Enregistrée : 12,50 € ·
 * Restaurant — Annuler, Modifier"; "À confirmer — Accepter, Corriger"; "À compléter — Compléter";
 * "Aucune dépense comprise — Retaper". Also the changes a flush could not keep (lost-changes.ts). Loaded on first use.
 */
import { AWAITING_CONFIRMATION, type Expense } from '@voicetrack/shared';
import type { Note } from '../data/db.ts';
import { deviceToday, upcomingToConfirm } from '../expenses/shown.ts';
import { ACTION_STRINGS } from '../i18n/actions.ts';
import { formatAmount } from '../i18n/format.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import { type LostChange, lostToast } from './lost-changes.ts';

export type Shown =
  | { kind: 'result'; note: Note }
  /** Changes a flush could not keep, all of them, in the order told (lost-changes.ts). */
  | { kind: 'lost'; changes: LostChange[] };

export interface ResultToastProps {
  t: Strings;
  lang: Lang;
  shown: Shown;
  /** The expense as this phone has it now (accepted or fixed since, perhaps). */
  current: (expense: Expense) => Expense;
  onUndo: (expenses: Expense[]) => void;
  onEdit: (expense: Expense) => void;
  onAccept: (expenses: Expense[]) => void;
  onRetype: (noteId: string) => void;
  onDismiss: () => void;
}

type Action = [label: string, act: () => void];

export default function ResultToast(props: ResultToastProps) {
  const { t, lang, shown, current, onUndo, onEdit, onAccept, onRetype, onDismiss } = props;
  const a = ACTION_STRINGS[lang];
  const what = (e: Expense) => (
    <>
      {e.amount === null ? '' : `${formatAmount(e.amount, e.currency, lang)} · `}
      {t.categories[e.category]}
      {e.amount === null && e.description && (
        <>
          {' · '}
          <bdi>{e.description}</bdi>
        </>
      )}
    </>
  );
  let head: string;
  let body: preact.ComponentChildren = null;
  let actions: Action[] = [];
  if (shown.kind === 'lost') {
    // Refused: which bill, in the words of its row (« Courses, 30,00 € »).
    const bill = (e: Expense) =>
      `${e.description || t.categories[e.category]}${e.amount === null ? '' : `, ${formatAmount(e.amount, e.currency, lang)}`}`;
    const said = lostToast(shown.changes, a, bill);
    head = said.head;
    if (said.lines.length > 0)
      body = (
        <ul class="toast-lines">
          {said.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      );
    // Refused: the expense stays; the person makes the change again (payer and shares, or the
    // values refused). Nothing to edit when it is gone, nor to redo for a delete refused, nor one
    // « Modifier » for several expenses.
    const editable = said.editable;
    if (editable) actions = [[a.edit, () => onEdit(current(editable))]];
  } else if (shown.note.result?.movement && shown.note.result.moved && !shown.note.result.expenses.length) {
    // « Pas une dépense : remboursement reçu, 25 € »; its card offers to record it anyway.
    const m = shown.note.result.moved;
    head = `${t.notAnExpense}${t.colon} ${t.movements[shown.note.result.movement]}, ${formatAmount(m.amount, m.currency, lang)}`;
    body = (
      <>
        {t.quoteOpen}
        <bdi>{shown.note.result.transcript}</bdi>
        {t.quoteClose}
      </>
    );
  } else if (shown.note.result?.status === 'no_expense' || !shown.note.result?.expenses.length) {
    head = a.noExpense;
    body = (
      <>
        {t.quoteOpen}
        <bdi>{shown.note.result?.transcript ?? ''}</bdi>
        {t.quoteClose}
      </>
    );
    actions = [[a.typeAgain, () => onRetype(shown.note.id)]];
  } else {
    const expenses = (shown.note.result.expenses as Expense[]).map(current);
    const first = expenses[0] as Expense;
    body = expenses.map((e, i) => (
      <span key={e.id}>
        {i > 0 && ', '}
        {what(e)}
      </span>
    ));
    if (first.amount === null) {
      head = a.toComplete;
      actions = [[a.complete, () => onEdit(first)]];
    } else if (first.reviewReason === AWAITING_CONFIRMATION) {
      head = upcomingToConfirm(first, deviceToday()) ? a.upcomingToConfirm : a.toConfirm;
      actions = [
        [a.accept, () => onAccept(expenses)],
        [a.fix, () => onEdit(first)],
      ];
    } else {
      head =
        first.status === 'needs_review'
          ? t.needsReview
          : expenses.length > 1
            ? a.savedMany(expenses.length)
            : a.saved;
      actions = [
        [a.undo, () => onUndo(expenses)],
        [a.edit, () => onEdit(first)],
      ];
    }
  }
  // Changes not kept stay until closed and tell of something lost: an alert, read out at once.
  // What a note became is a status, read when the reader is free.
  return (
    <div
      class={shown.kind === 'lost' ? 'toast toast-result toast-lost' : 'toast toast-result'}
      role={shown.kind === 'lost' ? 'alert' : 'status'}
    >
      <span class="toast-text">
        <strong>
          {head}
          {body !== null && t.colon}
        </strong>
        {body !== null && ' '}
        {body}
      </span>
      <span class="toast-actions">
        {actions.map(([label, act]) => (
          <button key={label} type="button" onClick={act}>
            {label}
          </button>
        ))}
        <button type="button" class="toast-close" aria-label={a.close} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </div>
  );
}
