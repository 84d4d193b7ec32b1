/**
 * A household's recurring rule in words, from this phone's side: its next bill's split in the
 * rules list (« partagé · toi 400,00 €, Marie 400,00 € · payé par Marie »), or why it is paused; and
 * the form's choices of who bears it (« À parts égales », « Pour moi seul », « Pour Marie »). Pure:
 * the household and the words come in.
 */
import { centsToDecimal, type Household, type RecurringRule, type RuleSplit } from '@voicetrack/shared';
import { formatAmount } from '../i18n/format.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';

const nameOf = (household: Household | null, memberId: string, lang: Lang) =>
  memberId === household?.me
    ? HOUSEHOLD_STRINGS[lang].me
    : (household?.members.find((m) => m.id === memberId)?.name ?? '?');

/** The line under a household's rule, or null for a personal one. */
export function ruleShareLine(rule: RecurringRule, household: Household | null, lang: Lang): string | null {
  const m = MONEY_STRINGS[lang];
  if (!rule.householdId) return null;
  if (rule.pausedReason === 'payer_left') return m.pausedPayerLeft;
  if (rule.pausedReason === 'bearers_left') return m.pausedBearersLeft;
  // This phone's person first, then the household's order; a member with no part is not named.
  const shares = [...(rule.shares ?? [])]
    .filter((s) => s.cents > 0)
    .sort((a, b) => Number(b.memberId === household?.me) - Number(a.memberId === household?.me));
  const parts = shares.map(
    (s) =>
      `${nameOf(household, s.memberId, lang)} ${formatAmount(centsToDecimal(s.cents), rule.currency, lang)}`,
  );
  const line = m.ruleShared(parts.join(', '));
  return rule.paidBy && rule.paidBy !== household?.me
    ? `${line} · ${m.rulePaidBy(nameOf(household, rule.paidBy, lang))}`
    : line;
}

/** A choice of the form's « Répartie » select: `equal`, `only:<memberId>`, or `kept` (shares or percentages set elsewhere). */
export type SplitChoice = 'equal' | 'kept' | `only:${string}`;

export function splitChoices(
  household: Household,
  lang: Lang,
  current: RuleSplit | undefined,
): Array<{ value: SplitChoice; label: string }> {
  const m = MONEY_STRINGS[lang];
  const others = household.members.filter((x) => x.id !== household.me);
  return [
    { value: 'equal', label: m.equal },
    ...(household.me ? [{ value: `only:${household.me}` as const, label: m.onlyMe }] : []),
    ...others.map((x) => ({ value: `only:${x.id}` as const, label: m.onlyFor(x.name) })),
    ...(current && (current.kind === 'shares' || current.kind === 'percent')
      ? [{ value: 'kept' as const, label: m.keptSplit }]
      : []),
  ];
}

export const choiceOf = (split: RuleSplit | undefined): SplitChoice =>
  !split || split.kind === 'equal' ? 'equal' : split.kind === 'only' ? `only:${split.memberId}` : 'kept';

/** The split a choice stands for (`kept`: the rule's own). */
export const splitOf = (choice: SplitChoice, kept: RuleSplit | undefined): RuleSplit =>
  choice === 'equal'
    ? { kind: 'equal' }
    : choice === 'kept'
      ? (kept ?? { kind: 'equal' })
      : { kind: 'only', memberId: choice.slice('only:'.length) };
