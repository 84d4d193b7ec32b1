/**
 * « Confirmées par la banque (N) »: the month's expenses the bank confirmed, each with the line it
 * was paired with, folded away; « Dissocier » takes a wrong pairing apart (the matcher's too: it
 * will not pair them again). The answer and its undo live in reconciliation.tsx.
 */
import type { Category, MatchedPair } from '@voicetrack/shared';
import type { BankStrings } from '../i18n/bank.ts';
import { formatAmount, formatDay } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

export function MatchedPairs(props: {
  t: BankStrings;
  lang: Lang;
  categories: Record<Category, string>;
  pairs: readonly MatchedPair[];
  onUnpair: (pair: MatchedPair) => void;
}) {
  const { t, lang, categories, pairs } = props;
  if (pairs.length === 0) return null;
  return (
    <details class="matched-pairs">
      <summary>{t.matchedTitle(pairs.length)}</summary>
      <ul aria-label={t.matchedList}>
        {pairs.map((p) => {
          const what = p.expense.description || categories[p.expense.category];
          const day = formatDay(p.expense.date, lang);
          return (
            <li key={p.line.id}>
              <span>
                {day} · {what} ·{' '}
                <span class="amount">{formatAmount(p.expense.amount, p.expense.currency, lang)}</span>
                {/* Under the expense (inline, it wrapped with « · » first on the second line). */}
                <span class="hint">
                  {p.line.label}, {formatDay(p.line.date, lang)}
                </span>
              </span>
              <button type="button" aria-label={t.unpairWith(what, day)} onClick={() => props.onUnpair(p)}>
                {t.unpair}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
