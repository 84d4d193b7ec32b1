/**
 * The household part of a recurring rule's form, shown when the phone is in a household:
 * « Partagé avec Coloc » (a new rule only: a rule stays personal or the household's), then who
 * bears it (« À parts égales », « Pour moi seul », « Pour Marie ») and who pays it.
 */
import type { Household } from '@voicetrack/shared';
import type { Lang } from '../i18n/lang.ts';
import type { MoneyStrings } from '../i18n/money.ts';
import type { RuleFields } from './rule-fields.ts';
import { choiceOf, type SplitChoice, splitChoices, splitOf } from './rule-words.ts';
import './recurring.css';

export interface SharedFieldsProps {
  m: MoneyStrings;
  lang: Lang;
  household: Household & { me: string };
  /** The rule's household fields, or undefined while it is personal. */
  value: RuleFields['shared'];
  /** What the rule had (its split set elsewhere stays offered). */
  initial: RuleFields['shared'];
  /** A new rule may be shared or not; a rule made already keeps what it is. */
  canToggle: boolean;
  onChange: (shared: RuleFields['shared']) => void;
}

export function RecurringSharedFields(props: SharedFieldsProps) {
  const { m, lang, household, value, initial, canToggle, onChange } = props;
  const members = household.members;
  // A payer who left is no choice: the rule is paused until another is chosen (this phone's person by default).
  const payer = value && members.some((x) => x.id === value.paidBy) ? value.paidBy : household.me;
  const select = (e: Event) => (e.target as HTMLSelectElement).value;
  return (
    <fieldset class="recurring-shared">
      {canToggle && (
        <label class="switch-line">
          <input
            type="checkbox"
            checked={value !== undefined}
            onChange={(e) =>
              onChange(
                (e.target as HTMLInputElement).checked
                  ? { householdId: household.id, paidBy: household.me, split: { kind: 'equal' } }
                  : undefined,
              )
            }
          />
          {m.sharedWith(household.name)}
        </label>
      )}
      {value && (
        <>
          <label>
            {m.bornBy}
            <select
              value={choiceOf(value.split)}
              onChange={(e) =>
                onChange({
                  ...value,
                  paidBy: payer,
                  split: splitOf(select(e) as SplitChoice, initial?.split),
                })
              }
            >
              {splitChoices(household, lang, initial?.split).map((c) => (
                <option key={c.value} value={c.value} selected={c.value === choiceOf(value.split)}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {m.paidByLabel}
            <select value={payer} onChange={(e) => onChange({ ...value, paidBy: select(e) })}>
              {members.map((x) => (
                <option key={x.id} value={x.id} selected={x.id === payer}>
                  {x.id === household.me ? m.me : x.name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </fieldset>
  );
}
