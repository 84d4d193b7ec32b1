/**
 * What the household's figures say in plain words, from the phone's point of view (`me`): a
 * bill's split (« partagé : toi 24,00 €, Marie 24,00 € »), each transfer the server proposes
 * (« Marie te doit 24,00 € », « Tu dois 24,00 € à Marie »), « Vous êtes quittes » when none is
 * left. Pure: the words and the formatter come in.
 */
import { type Balances, centsToDecimal, type Household, memberName } from '@voicetrack/shared';
import { formatAmount } from '../i18n/format.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';

type Bill = {
  amount: string | null;
  householdId?: string;
  /** Read on the phone, not sent yet. */
  provisional?: boolean;
  currency: string;
  paidBy?: string;
  split?: Array<{ memberId: string; cents: number }>;
};

const nameOf = (household: Household, memberId: string, lang: Lang, fallback = '?') =>
  memberId === household.me ? HOUSEHOLD_STRINGS[lang].me : (memberName(household, memberId) ?? fallback);

/**
 * « partagé : toi 24,00 €, Marie 24,00 € » (and « · payé par Marie » when it was not me), or
 * « partagé : ta part sera calculée à l'envoi » for a bill read here before the members were
 * known; null for a personal expense.
 */
export function splitLine(bill: Bill, household: Household | null, lang: Lang): string | null {
  const s = HOUSEHOLD_STRINGS[lang];
  if (!bill.split?.length)
    return bill.householdId && bill.provisional && bill.amount !== null ? s.partLater : null;
  if (!household) return null;
  // The speaker first, then the household's order; a member with no share is not named.
  const shares = [...bill.split]
    .filter((p) => p.cents > 0)
    .sort((a, b) => Number(b.memberId === household.me) - Number(a.memberId === household.me));
  const parts = shares.map(
    (p) =>
      `${nameOf(household, p.memberId, lang)} ${formatAmount(centsToDecimal(p.cents), bill.currency, lang)}`,
  );
  const line = s.shared(parts.join(', '));
  return bill.paidBy && bill.paidBy !== household.me
    ? `${line} · ${s.paidBy(nameOf(household, bill.paidBy, lang))}`
    : line;
}

export interface TransferLine {
  fromMemberId: string;
  toMemberId: string;
  amount: string;
  currency: string;
  /** The sentence shown: « Marie te doit 24,00 € ». */
  says: string;
  /** The « Régler » question: « Tu as remboursé 24,00 € à Marie ? ». */
  ask: string;
  /** The amount as written: « 24,00 € ». */
  shown: string;
}

/** Each transfer of the server's answer as a sentence from `me`'s side, currencies apart (in the server's order). */
export function transferLines(balances: Balances, household: Household, lang: Lang): TransferLine[] {
  const s = HOUSEHOLD_STRINGS[lang];
  // A member who left keeps a name in the balances.
  const named = (id: string) =>
    nameOf(household, id, lang, balances.balances.find((b) => b.memberId === id)?.name);
  return balances.transfers.map((t) => {
    const shown = formatAmount(t.amount, t.currency, lang);
    const from = named(t.fromMemberId);
    const to = named(t.toMemberId);
    const says =
      t.toMemberId === household.me
        ? s.owesYou(from, shown)
        : t.fromMemberId === household.me
          ? s.youOwe(to, shown)
          : s.owes(from, to, shown);
    const ask =
      t.fromMemberId === household.me
        ? s.settleAskMe(to, shown)
        : t.toMemberId === household.me
          ? s.settleAskToMe(from, shown)
          : s.settleAsk(from, to, shown);
    return { ...t, says, ask, shown };
  });
}
