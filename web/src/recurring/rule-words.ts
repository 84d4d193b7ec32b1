/**
 * A household's recurring rule in words, from this phone's side: its next bill's split in the
 * rules list (« partagé · toi 400,00 €, Marie 400,00 € · payé par Marie »), or why it is paused; and
 * the form's choices of who bears it (« À parts égales », « Pour moi seul », « Pour Marie », « En
 * parts », « En pourcentages »), and what is typed for each member by shares or percentages, read
 * into the API's split or into what is wrong with it in words before anything is sent (the rules
 * shared/'s split.ts holds the server to: percentages make 100 with at most two decimals, shares
 * are whole from 0 to 1000, someone bears it), and read back (« Moi 2 parts / Paul 1 part »). Pure:
 * the household and the words come in.
 */
import {
  centsToDecimal,
  type Household,
  memberName,
  type RecurringRule,
  type RuleSplit,
} from '@voicetrack/shared';
import { formatAmount } from '../i18n/format.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';

const nameOf = (household: Household | null, memberId: string, lang: Lang) =>
  memberId === household?.me
    ? HOUSEHOLD_STRINGS[lang].me
    : ((household && memberName(household, memberId)) ?? '?');

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

/** A choice of the form's « Répartie » select: `equal`, `only:<memberId>`, `shares` or `percent` (each member's, typed). */
export type SplitChoice = 'equal' | 'shares' | 'percent' | `only:${string}`;

export function splitChoices(household: Household, lang: Lang): Array<{ value: SplitChoice; label: string }> {
  const m = MONEY_STRINGS[lang];
  const others = household.members.filter((x) => x.id !== household.me);
  return [
    { value: 'equal', label: m.equal },
    ...(household.me ? [{ value: `only:${household.me}` as const, label: m.onlyMe }] : []),
    ...others.map((x) => ({ value: `only:${x.id}` as const, label: m.onlyFor(x.name) })),
    { value: 'shares', label: m.byShares },
    { value: 'percent', label: m.byPercent },
  ];
}

export const choiceOf = (split: RuleSplit | undefined): SplitChoice =>
  !split || split.kind === 'equal' ? 'equal' : split.kind === 'only' ? `only:${split.memberId}` : split.kind;

/**
 * The split a choice stands for: shares or percentages start from the rule's own when it had
 * that kind (`kept`), else from one share each or equal percentages among `memberIds`.
 */
export const splitOf = (
  choice: SplitChoice,
  kept: RuleSplit | undefined,
  memberIds: readonly string[],
): RuleSplit =>
  choice === 'equal'
    ? { kind: 'equal' }
    : choice === 'shares' || choice === 'percent'
      ? kept?.kind === choice
        ? kept
        : startingWeights(choice, memberIds)
      : { kind: 'only', memberId: choice.slice('only:'.length) };

export type WeightKind = 'shares' | 'percent';

/** A new split by shares (one each) or percentages (equal, whole, the first ones taking the rest). */
export function startingWeights(kind: WeightKind, memberIds: readonly string[]): RuleSplit {
  if (kind === 'shares') return { kind, shares: Object.fromEntries(memberIds.map((id) => [id, 1])) };
  const n = Math.max(memberIds.length, 1);
  const base = Math.floor(100 / n);
  return {
    kind,
    percents: Object.fromEntries(memberIds.map((id, i) => [id, base + (i < 100 - base * n ? 1 : 0)])),
  };
}

/** « 33,5 » in French, "33.5" in English. */
const written = (n: number, lang: Lang) => (lang === 'fr' ? String(n).replace('.', ',') : String(n));

/** Each member's text for the inputs, from a split of that kind (a member it does not name: 0). */
export function weightTexts(
  split: RuleSplit,
  memberIds: readonly string[],
  lang: Lang,
): Record<string, string> {
  const of = split.kind === 'shares' ? split.shares : split.kind === 'percent' ? split.percents : {};
  return Object.fromEntries(memberIds.map((id) => [id, written(of[id] ?? 0, lang)]));
}

/** The inputs read: the split to send, or what is wrong with them in words. */
export function readWeights(
  kind: WeightKind,
  texts: Readonly<Record<string, string>>,
  memberIds: readonly string[],
  lang: Lang,
): { split: RuleSplit } | { problem: string } {
  const m = MONEY_STRINGS[lang];
  const values: Array<[string, number]> = [];
  for (const id of memberIds) {
    const text = (texts[id] ?? '').trim().replace(',', '.') || '0';
    const ok = kind === 'shares' ? /^\d{1,4}$/.test(text) : /^\d{1,3}(\.\d{1,2})?$/.test(text);
    const n = Number(text);
    if (!ok || n > (kind === 'shares' ? 1000 : 100))
      return { problem: kind === 'shares' ? m.sharesWhole : m.percentRange };
    values.push([id, n]);
  }
  if (values.every(([, n]) => n === 0)) return { problem: m.nobodyBears };
  if (kind === 'shares') return { split: { kind, shares: Object.fromEntries(values) } };
  // In hundredths of a percent: 33.33 + 33.33 + 33.34 is exactly 100.
  const hundredths = values.reduce((sum, [, n]) => sum + Math.round(n * 100), 0);
  if (hundredths !== 10_000) return { problem: m.percentSum(written(hundredths / 100, lang)) };
  return { split: { kind, percents: Object.fromEntries(values) } };
}

/** « Moi 2 parts / Marie 1 part », « Moi 60 % / Marie 40 % »: the split read back in words. */
export function weightsLine(split: RuleSplit, household: Household, lang: Lang): string {
  const m = MONEY_STRINGS[lang];
  const name = (id: string) =>
    id === household.me ? m.me : (household.members.find((x) => x.id === id)?.name ?? '?');
  const percentSign = lang === 'fr' ? '\u00a0%' : '%';
  if (split.kind === 'shares')
    return Object.entries(split.shares)
      .map(([id, n]) => `${name(id)} ${n} ${m.parts(n)}`)
      .join(' / ');
  if (split.kind === 'percent')
    return Object.entries(split.percents)
      .map(([id, n]) => `${name(id)} ${written(n, lang)}${percentSign}`)
      .join(' / ');
  return '';
}
