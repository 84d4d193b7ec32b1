/**
 * « C’est une dépense déjà dite » under a line the bank saw: the expenses it could be that the
 * matcher would not pair (the server's `pairable`: another amount, or another month, within the
 * days a pairing allows), each with « C’est celle-ci ». One said at another amount first says what
 * will change (« Dit 40,00 €, la banque 44,00 € : le montant de la banque sera gardé ») and pairs
 * only on « Rapprocher ». The pairing and its undo live in reconciliation.tsx.
 */
import type { CandidateExpense, Category, Suggestion } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { BankStrings } from '../i18n/bank.ts';
import { formatAmount, formatDay } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { bankAmountChange } from './said-expenses.ts';

export function SaidChoice(props: {
  t: BankStrings;
  lang: Lang;
  categories: Record<Category, string>;
  suggestion: Suggestion;
  /** `bankAmount`: the amount the expense takes (another than it said), else null. */
  onPair: (expense: CandidateExpense, bankAmount: string | null) => void;
  /** The question « Dit 40,00 €, la banque 44,00 € » is asked (true) or answered: the line's other answers wait meanwhile. */
  onAsking: (asking: boolean) => void;
}) {
  const { t, lang, categories, suggestion: s } = props;
  const [open, setOpen] = useState(false);
  // The expense asked about, with the bank's amount it would take.
  const [asked, setAsked] = useState<{ expense: CandidateExpense; bank: string } | null>(null);
  const ask = (next: { expense: CandidateExpense; bank: string } | null) => {
    setAsked(next);
    props.onAsking(next !== null);
  };
  const said = s.pairable;
  const listId = `said-${s.id}`;
  const choose = (e: CandidateExpense) => {
    const bank = bankAmountChange(s, e);
    if (bank === null) props.onPair(e, null);
    else ask({ expense: e, bank });
  };

  if (asked) {
    const { expense: confirming, bank } = asked;
    const what = confirming.description || categories[confirming.category];
    const textId = `retold-${s.id}`;
    return (
      <fieldset class="retold" aria-labelledby={textId}>
        <p id={textId}>
          <strong>
            {t.retold(
              formatAmount(confirming.amount, confirming.currency, lang),
              formatAmount(bank, confirming.currency, lang),
            )}
          </strong>
        </p>
        <p class="hint">
          {formatDay(confirming.date, lang)} · {what}
        </p>
        {confirming.shared === true && <p class="hint">{t.resplit}</p>}
        <div class="actions">
          <button
            type="button"
            class="primary"
            aria-describedby={textId}
            onClick={() => {
              ask(null);
              setOpen(false);
              props.onPair(confirming, bank);
            }}
          >
            {t.confirmPair}
          </button>
          <button type="button" onClick={() => ask(null)}>
            {t.cancel}
          </button>
        </div>
      </fieldset>
    );
  }

  // Asked before this check: a month read again meanwhile leaves the question open until answered.
  if (said.length === 0) return null;
  return (
    <div class="said">
      <button
        type="button"
        class="link"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t.saidOther}
      </button>
      {open && (
        <ul id={listId} aria-label={t.saidTitle}>
          {said.map((e) => {
            const what = e.description || categories[e.category];
            const day = formatDay(e.date, lang);
            return (
              <li key={e.id}>
                <span>
                  {day} · <span class="amount">{formatAmount(e.amount, e.currency, lang)}</span> · {what}
                </span>
                <button type="button" aria-label={t.pairWith(what, day)} onClick={() => choose(e)}>
                  {t.pair}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
