/**
 * The household part of a recurring rule's form, shown when the phone is in a household:
 * « Partagé avec Coloc » (a new rule only: a rule stays personal or the household's), then who
 * bears it (« À parts égales », « Pour moi seul », « Pour Marie », « En parts », « En
 * pourcentages » with each member's number, read back in words or what is wrong with it before
 * saving) and who pays it.
 */
import type { Household } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { Lang } from '../i18n/lang.ts';
import type { MoneyStrings } from '../i18n/money.ts';
import type { RuleFields } from './rule-fields.ts';
import {
  choiceOf,
  readWeights,
  type SplitChoice,
  splitChoices,
  splitOf,
  type WeightKind,
  weightsLine,
  weightTexts,
} from './rule-words.ts';
import './recurring.css';

export interface SharedFieldsProps {
  m: MoneyStrings;
  lang: Lang;
  household: Household & { me: string };
  /** The rule's household fields, or undefined while it is personal. */
  value: RuleFields['shared'];
  /** What the rule had (its shares or percentages are offered again). */
  initial: RuleFields['shared'];
  /** A new rule may be shared or not; a rule made already keeps what it is. */
  canToggle: boolean;
  /** `problem`: what is wrong with the shares or percentages typed, in words (null: nothing). */
  onChange: (shared: RuleFields['shared'], problem: string | null) => void;
}

export function RecurringSharedFields(props: SharedFieldsProps) {
  const { m, lang, household, value, initial, canToggle, onChange } = props;
  const members = household.members;
  const ids = members.map((x) => x.id);
  // A payer who left is no choice: the rule is paused until another is chosen (this phone's person by default).
  const payer = value && members.some((x) => x.id === value.paidBy) ? value.paidBy : household.me;
  const select = (e: Event) => (e.target as HTMLSelectElement).value;
  const [texts, setTexts] = useState(() => (value ? weightTexts(value.split, ids, lang) : {}));
  const [problem, setProblem] = useState<string | null>(null);
  const kind: WeightKind | null =
    value?.split.kind === 'shares' || value?.split.kind === 'percent' ? value.split.kind : null;
  const choose = (choice: SplitChoice) => {
    if (!value) return;
    const split = splitOf(choice, initial?.split, ids);
    setTexts(weightTexts(split, ids, lang));
    setProblem(null);
    onChange({ ...value, paidBy: payer, split }, null);
  };
  const type = (memberId: string, text: string) => {
    if (!value || !kind) return;
    const next = { ...texts, [memberId]: text };
    setTexts(next);
    const read = readWeights(kind, next, ids, lang);
    const wrong = 'problem' in read ? read.problem : null;
    setProblem(wrong);
    onChange({ ...value, paidBy: payer, ...('split' in read ? { split: read.split } : {}) }, wrong);
  };
  return (
    <fieldset class="recurring-shared">
      {canToggle && (
        <label class="switch-line">
          <input
            type="checkbox"
            checked={value !== undefined}
            onChange={(e) => {
              setProblem(null);
              onChange(
                (e.target as HTMLInputElement).checked
                  ? { householdId: household.id, paidBy: household.me, split: { kind: 'equal' } }
                  : undefined,
                null,
              );
            }}
          />
          {m.sharedWith(household.name)}
        </label>
      )}
      {value && (
        <>
          <label>
            {m.bornBy}
            <select value={choiceOf(value.split)} onChange={(e) => choose(select(e) as SplitChoice)}>
              {splitChoices(household, lang).map((c) => (
                <option key={c.value} value={c.value} selected={c.value === choiceOf(value.split)}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          {kind && (
            <div class="split-weights">
              {members.map((x) => {
                const who = x.id === household.me ? null : x.name;
                return (
                  <label key={x.id}>
                    <span dir="auto">{who ?? m.me}</span>
                    <input
                      inputMode={kind === 'shares' ? 'numeric' : 'decimal'}
                      autoComplete="off"
                      aria-label={kind === 'shares' ? m.sharesOf(who) : m.percentOf(who)}
                      aria-describedby="split-says"
                      aria-invalid={problem !== null}
                      value={texts[x.id] ?? ''}
                      onInput={(e) => type(x.id, (e.target as HTMLInputElement).value)}
                    />
                    <span aria-hidden="true">
                      {kind === 'shares' ? m.parts(Number(texts[x.id]) || 0) : '%'}
                    </span>
                  </label>
                );
              })}
              <p id="split-says" class={problem ? 'message' : 'hint'} role={problem ? 'alert' : undefined}>
                {problem ?? weightsLine(value.split, household, lang)}
              </p>
            </div>
          )}
          <label>
            {m.paidByLabel}
            <select value={payer} onChange={(e) => onChange({ ...value, paidBy: select(e) }, problem)}>
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
