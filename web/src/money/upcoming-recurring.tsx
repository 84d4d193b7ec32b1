/**
 * "À venir : Netflix 9,99 € le 5": this month's recurring expenses whose day has not come, apart
 * from the total (they are not spent yet). From the rules' next dates (shared's upcomingRecurring).
 */
import { type RecurringRule, upcomingRecurring } from '@voicetrack/shared';
import { formatAmount } from '../i18n/format.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MoneyStrings } from '../i18n/money.ts';

export function UpcomingRecurring(props: {
  t: Strings;
  m: MoneyStrings;
  lang: Lang;
  rules: readonly RecurringRule[];
  today: string;
}) {
  const { t, m, lang, rules, today } = props;
  const coming = upcomingRecurring(rules, today);
  if (coming.length === 0) return null;
  return (
    <section class="upcoming" aria-labelledby="upcoming-title">
      <h3 id="upcoming-title">{m.upcoming}</h3>
      <ul>
        {coming.map((r) => (
          <li key={r.id}>
            <bdi>{r.description || t.categories[r.category]}</bdi>{' '}
            <span class="upcoming-amount">{formatAmount(r.amount, r.currency, lang)}</span>{' '}
            {m.onDay(Number(r.nextDate.slice(8, 10)))}
          </li>
        ))}
      </ul>
      <p class="hint">{m.upcomingHint}</p>
    </section>
  );
}
