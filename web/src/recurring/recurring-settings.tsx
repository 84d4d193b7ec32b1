/**
 * "Dépenses récurrentes" in the settings: every rule with its amount, its day and its next date,
 * to change (from the next expense on) or delete (the expenses already made stay); a household's
 * rule says how its next bill splits (« partagé · toi 400,00 €, Marie 400,00 € ») or why it is
 * paused. Offline, the list kept on the phone, read only.
 */
import type { RecurringRule } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import { useHousehold } from '../base/household-memory.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { formatAmount, formatDay } from '../i18n/format.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';
import { problem } from '../money/money-answer.ts';
import { keepRules } from '../money/money-cache.ts';
import { useRecurringRules } from '../money/use-money.ts';
import { RecurringForm } from './recurring-form.tsx';
import type { RuleFields } from './rule-fields.ts';
import { ruleShareLine } from './rule-words.ts';
import '../money/money-settings.css';
import './recurring-settings.css';

type RulePatch = Partial<Omit<RuleFields, 'shared'>> & Partial<Pick<RecurringRule, 'paidBy' | 'split'>>;

/** Only what changed goes to PATCH (the server refuses an empty change); a household's rule's payer and split too. */
export function changed(rule: RecurringRule, fields: RuleFields): RulePatch {
  const patch: RulePatch = {};
  const { shared, ...own } = fields;
  for (const key of Object.keys(own) as (keyof typeof own)[])
    if (own[key] !== rule[key]) Object.assign(patch, { [key]: own[key] });
  if (shared && rule.householdId) {
    if (shared.paidBy !== rule.paidBy) patch.paidBy = shared.paidBy;
    if (JSON.stringify(shared.split) !== JSON.stringify(rule.split)) patch.split = shared.split;
  }
  return patch;
}

/** The form's fields of a rule as the server has it. */
export const fieldsOfRule = (r: RecurringRule): RuleFields => ({
  amount: r.amount,
  currency: r.currency,
  category: r.category,
  description: r.description,
  dayOfMonth: r.dayOfMonth,
  ...(r.householdId && r.paidBy && r.split
    ? { shared: { householdId: r.householdId, paidBy: r.paidBy, split: r.split } }
    : {}),
});

export function RecurringSettings({
  t,
  lang,
  db,
  api,
}: {
  t: Strings;
  lang: Lang;
  db: VoiceTrackDb;
  api: ApiClient;
}) {
  const m = MONEY_STRINGS[lang];
  const { rules, offline, reload } = useRecurringRules(db, api);
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const { households } = useHousehold();
  // A rule of any of the person's households is said from that household's side.
  const householdOf = (r: RecurringRule) => households.find((h) => h.id === r.householdId) ?? null;
  const name = (r: RecurringRule) => r.description || t.categories[r.category];

  const save = (rule: RecurringRule) => async (fields: RuleFields) => {
    const patch = changed(rule, fields);
    if (Object.keys(patch).length > 0) {
      const wrong = problem(await api.updateRecurring(rule.id, patch), m);
      if (wrong) return wrong;
    }
    setEditing(null);
    setSaid(m.ruleSaved);
    reload();
    return null;
  };
  const remove = async (rule: RecurringRule) => {
    // Deleted from another device already: done all the same (the API client says so), the list follows.
    const wrong = problem(await api.deleteRecurring(rule.id), m);
    if (wrong) return setSaid(wrong);
    await keepRules(
      db,
      (rules ?? []).filter((r) => r.id !== rule.id),
    );
    setSaid(m.ruleDeleted);
    reload();
  };
  return (
    <details class="settings money-panel">
      <summary>{m.rulesTitle}</summary>
      {rules === null && <p>{m.loading}</p>}
      {offline && <p class="hint">{m.rulesOffline}</p>}
      {rules?.length === 0 && <p class="hint">{m.noRules}</p>}
      {rules && rules.length > 0 && (
        <ul class="rule-list">
          {rules.map((r) =>
            editing === r.id ? (
              <li key={r.id}>
                <RecurringForm
                  t={t}
                  m={m}
                  lang={lang}
                  initial={fieldsOfRule(r)}
                  first={null}
                  submitLabel={m.save}
                  onSubmit={save(r)}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={r.id} data-rule-id={r.id}>
                <span>
                  <bdi>{name(r)}</bdi>
                  <small>{m.ruleLine(formatAmount(r.amount, r.currency, lang), r.dayOfMonth)}</small>
                  {ruleShareLine(r, householdOf(r), lang) && (
                    <small class={r.pausedReason ? 'rule-paused' : 'rule-shared'}>
                      {ruleShareLine(r, householdOf(r), lang)}
                    </small>
                  )}
                  {!r.pausedReason && <small>{m.nextOn(formatDay(r.nextDate, lang))}</small>}
                </span>
                <button
                  type="button"
                  disabled={offline}
                  aria-label={m.editRule(name(r))}
                  onClick={() => setEditing(r.id)}
                >
                  {m.edit}
                </button>
                <button
                  type="button"
                  disabled={offline}
                  aria-label={m.deleteRule(name(r))}
                  onClick={() => void remove(r)}
                >
                  {m.delete}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      <p role="status">{said}</p>
    </details>
  );
}
