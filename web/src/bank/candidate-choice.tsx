/**
 * A bank line that several of the person's expenses fit (the label could not tell which): never
 * merged silently, it asks « Correspond à l’une de vos dépenses » with each candidate's day,
 * amount, words and category and a button to pair the line with it; or « Ajouter quand même »,
 * or « Ignorer ». The answers and their undo live in reconciliation.tsx.
 */
import type { CandidateExpense, Category, Suggestion } from '@voicetrack/shared';
import type { BankStrings } from '../i18n/bank.ts';
import { formatAmount, formatDay } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

export function CandidateChoice(props: {
  t: BankStrings;
  lang: Lang;
  categories: Record<Category, string>;
  suggestion: Suggestion;
  onPair: (expense: CandidateExpense) => void;
  onAccept: () => void;
  onIgnore: () => void;
  /** Another question about this line is open (said-choice.tsx): « Ajouter quand même » and « Ignorer » wait. */
  waiting?: boolean;
}) {
  const { t, lang, categories, suggestion: s } = props;
  return (
    <div class="candidates">
      <p>{t.seen(formatAmount(s.amount, s.currency, lang), s.merchant, formatDay(s.date, lang))}</p>
      <p class="hint">{s.label}</p>
      <p id={`candidates-${s.id}`}>
        <strong>{t.candidatesTitle(s.candidateExpenses.length)}</strong>
      </p>
      <ul aria-labelledby={`candidates-${s.id}`}>
        {s.candidateExpenses.map((e) => {
          const what = e.description || categories[e.category];
          const day = formatDay(e.date, lang);
          return (
            <li key={e.id}>
              <span>
                {day} · <span class="amount">{formatAmount(e.amount, e.currency, lang)}</span> · {what}
                <span class="hint"> · {categories[e.category]}</span>
              </span>
              <button type="button" aria-label={t.pairWith(what, day)} onClick={() => props.onPair(e)}>
                {t.pair}
              </button>
            </li>
          );
        })}
      </ul>
      {!props.waiting && (
        <div class="actions">
          <button type="button" aria-label={t.on(t.acceptAnyway, s.merchant)} onClick={props.onAccept}>
            {t.acceptAnyway}
          </button>
          <button type="button" aria-label={t.on(t.ignore, s.merchant)} onClick={props.onIgnore}>
            {t.ignore}
          </button>
        </div>
      )}
    </div>
  );
}
