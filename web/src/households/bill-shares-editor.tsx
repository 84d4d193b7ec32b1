/**
 * « Qui a payé, qui doit quoi » in a household bill's edit dialog: the payer (a select) and the
 * shares, equal among the members ticked or amounts typed, with what is missing or too much said
 * as it changes (shared's shares-form.ts does the arithmetic). Controlled: the dialog holds the
 * form; the shell hands this component to the dialog (expenses/ imports no other room).
 */
import { centsToDecimal, readShares } from '@voicetrack/shared';
import type { SharesEditorProps } from '../base/shares-editor.ts';
import { formatAmount } from '../i18n/format.ts';
import { HOUSEHOLD_STRINGS, sharesSay } from '../i18n/households.ts';
import './bill-shares.css';

export function BillSharesEditor(props: SharesEditorProps) {
  const { lang, household, bill, members, currency, totalCents, form, onChange } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  const order = members.map((m) => m.id);
  const nameOf = (id: string) =>
    id === household.me
      ? `${members.find((m) => m.id === id)?.name ?? ''} (${s.me})`
      : (members.find((m) => m.id === id)?.name ?? '?');
  const reading = totalCents === null ? null : readShares(form, totalCents, order, bill);
  const shown = reading && (reading.kind === 'shares' || reading.kind === 'gap') ? reading.shares : null;
  const centsOf = (id: string) => shown?.find((p) => p.memberId === id)?.cents ?? 0;
  const money = (cents: number) => formatAmount(centsToDecimal(cents), currency, lang);
  const typedOf = (id: string) =>
    form.typed?.[id] ??
    (shown
      ? lang === 'fr'
        ? centsToDecimal(centsOf(id)).replace('.', ',')
        : centsToDecimal(centsOf(id))
      : '');
  const ok = reading?.kind === 'shares';
  return (
    <fieldset class="bill-shares">
      <legend>{s.sharesTitle}</legend>
      <label>
        <span id="edit-paid-by">{s.paidByLabel}</span>
        <select
          aria-labelledby="edit-paid-by"
          value={form.paidBy}
          onChange={(e) => onChange({ ...form, paidBy: (e.target as HTMLSelectElement).value })}
        >
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {nameOf(m.id)}
            </option>
          ))}
        </select>
      </label>
      <div class="shares-mode" role="radiogroup" aria-label={s.sharesMode}>
        {(['equal', 'amounts'] as const).map((mode) => (
          <label key={mode} class="choice">
            <input
              type="radio"
              name="shares-mode"
              value={mode}
              checked={form.mode === mode}
              onChange={() =>
                // The amounts start from the shares shown: switching keeps what the person saw.
                onChange({
                  ...form,
                  mode,
                  typed:
                    mode === 'amounts' && shown
                      ? Object.fromEntries(order.map((id) => [id, typedOf(id)]))
                      : form.typed,
                })
              }
            />
            {mode === 'equal' ? s.sharesEqual : s.sharesAmounts}
          </label>
        ))}
      </div>
      <ul class="shares">
        {members.map((m) =>
          form.mode === 'equal' ? (
            <li key={m.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  aria-label={s.bears(nameOf(m.id))}
                  checked={form.chosen.includes(m.id)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    onChange({
                      ...form,
                      chosen: on ? [...form.chosen, m.id] : form.chosen.filter((id) => id !== m.id),
                    });
                  }}
                />
                <span class="share-name">{nameOf(m.id)}</span>
                <span class="share-cents">{shown ? money(centsOf(m.id)) : ''}</span>
              </label>
            </li>
          ) : (
            <li key={m.id}>
              <label class="share-amount">
                <span class="share-name">{nameOf(m.id)}</span>
                <input
                  aria-label={s.shareOf(nameOf(m.id))}
                  inputMode="decimal"
                  autoComplete="off"
                  value={typedOf(m.id)}
                  onInput={(e) =>
                    onChange({
                      ...form,
                      typed: {
                        ...Object.fromEntries(order.map((id) => [id, typedOf(id)])),
                        [m.id]: (e.target as HTMLInputElement).value,
                      },
                    })
                  }
                />
              </label>
            </li>
          ),
        )}
      </ul>
      <p class={ok ? 'shares-sum' : 'shares-sum off'} aria-live="polite">
        {sharesSay(reading, currency, lang, nameOf)}
      </p>
    </fieldset>
  );
}
