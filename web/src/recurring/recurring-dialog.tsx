/**
 * "Rendre récurrente…" on an expense (from its edit dialog), loaded on first use: the rule's
 * fields start as the expense has them, on its day; the rule starts the month after the
 * expense's, which is paid already. A native <dialog>: focus trap and Escape for free.
 */
import type { Expense } from '@voicetrack/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import { isoWithOffset } from '../data/time.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';
import { RecurringForm } from './recurring-form.tsx';
import { makeRecurring, ruleFieldsOf, startMonthAfter } from './rule-fields.ts';
import '../expenses/edit-dialog.css';
import './recurring.css';

export interface RecurringDialogProps {
  t: Strings;
  lang: Lang;
  api: ApiClient;
  expense: Expense;
  onClose: () => void;
}

export default function RecurringDialog({ t, lang, api, expense, onClose }: RecurringDialogProps) {
  const m = MONEY_STRINGS[lang];
  const ref = useRef<HTMLDialogElement>(null);
  const [made, setMade] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const startMonth = startMonthAfter(expense);
  return (
    <dialog ref={ref} class="edit recurring" aria-labelledby="recurring-title" onClose={onClose}>
      <h2 id="recurring-title">{m.recurringTitle}</h2>
      {made ? (
        <>
          <p role="status">{made}</p>
          <div class="dialog-actions">
            <button type="button" class="primary" onClick={() => ref.current?.close()}>
              {m.close}
            </button>
          </div>
        </>
      ) : (
        <RecurringForm
          t={t}
          m={m}
          lang={lang}
          initial={ruleFieldsOf(expense)}
          first={{ today: isoWithOffset(new Date()).slice(0, 10), startMonth }}
          submitLabel={m.create}
          onCancel={() => ref.current?.close()}
          onSubmit={async (fields) => {
            const wrong = await makeRecurring(api, m, fields, startMonth);
            if (!wrong) setMade(m.created(fields.dayOfMonth));
            return wrong;
          }}
        />
      )}
    </dialog>
  );
}
