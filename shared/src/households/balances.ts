/**
 * Who owes whom in a household, per currency: the payer of a bill is owed it, each member owes
 * their share; a repayment from A to B moves A up and B down. Nets are integer cents and sum to 0
 * in each currency; currencies are never mixed (there is no rate between them here).
 */
import type { Share } from './split.ts';

export type SharedBill = { paidBy: string; currency: string; split: readonly Share[] };
export type Repayment = { fromMemberId: string; toMemberId: string; cents: number; currency: string };
export type Net = { memberId: string; currency: string; cents: number };

/** Each member's net per currency, members in the order given, currencies sorted. */
export function householdNets(
  members: readonly string[],
  bills: readonly SharedBill[],
  repayments: readonly Repayment[],
): Net[] {
  const byCurrency = new Map<string, Map<string, number>>();
  const add = (currency: string, memberId: string, cents: number) => {
    let nets = byCurrency.get(currency);
    if (!nets) {
      nets = new Map(members.map((m) => [m, 0]));
      byCurrency.set(currency, nets);
    }
    nets.set(memberId, (nets.get(memberId) ?? 0) + cents);
  };
  for (const bill of bills) {
    for (const share of bill.split) {
      add(bill.currency, bill.paidBy, share.cents);
      add(bill.currency, share.memberId, -share.cents);
    }
  }
  for (const r of repayments) {
    add(r.currency, r.fromMemberId, r.cents);
    add(r.currency, r.toMemberId, -r.cents);
  }
  return [...byCurrency.keys()].sort().flatMap((currency) =>
    [...(byCurrency.get(currency) ?? new Map<string, number>())].map(([memberId, cents]) => ({
      memberId,
      currency,
      cents,
    })),
  );
}
