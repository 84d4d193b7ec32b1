import { clausesOf } from './clauses.ts';
import { WEEKDAYS } from './date-words.ts';
import { deniedAt } from './movement-turns.ts';
import type { DateItem, Scan } from './scan-types.ts';
import { paybackWordAt } from './tense.ts';

/**
 * A time gone after a payback: « remboursés ce matin », « hier », "refunded today", "last week",
 * « enfin », "already": the money came back already.
 */
export const GONE =
  /^(ce|cet|cette|hier|avant-hier|aujourd'hui|aujourd|today|yesterday|this|earlier|enfin|finally|deja|already|dernier|derniere|last|ago|il)$/;
/** A payback said as done, or as the speaker's own: « Paul m'a remboursé », "she has refunded", « je rembourse ». */
const DONE_OR_MINE = /^(a|ont|avait|avaient|has|have|had|'ve|was|were|ete|deja|already|je|j'|i)$/;

const paybackAt = (scan: Scan, i: number) => paybackWordAt(scan.tokens, i);

const goneAt = (scan: Scan, from: number, to: number) =>
  scan.tokens.slice(from, to).some((t) => GONE.test(t.norm));
/** « remboursé(e)(s) », "refunded": a participle (« rembourse » without its accent is the present). */
const participle = (raw: string) => /(é|ée|és|ées|ed)$/i.test(raw);

/**
 * « taxi 25 €, remboursé demain », « kiné 50 €, la mutuelle me rembourse lundi », "lunch 62 euros,
 * work reimburses me on Friday": a day said after the payback of money said before it is when the
 * money comes back, not when it was spent; the expense keeps its own day (or today). A day gone
 * after a participle (« remboursés hier », "refunded on Friday") tells a refund come: kept.
 */
export function dropPaybackDays(scan: Scan): void {
  if (scan.dates.length === 0) return;
  for (const [s, e] of clausesOf(scan)) {
    const p = scan.tokens.findIndex(
      (_, k) => k >= s && k < e && paybackAt(scan, k) && scan.amounts.some((a) => !a.quantity && a.end <= k),
    );
    if (p < 0) continue;
    const done = participle(scan.tokens[p]?.raw ?? '');
    // « remboursés sur ma note de frais le 5 », "reimbursed on the 5th", « taxi 40 €, remboursé
    // lundi »: a day number or a weekday alone is the payback's, the day money comes back on, even
    // read as gone (« lundi dernier », "last Monday" say it came).
    const dayAlone = (d: DateItem) => {
      const last = scan.tokens[d.end - 1]?.norm ?? '';
      return /^\d+(er|st|nd|rd|th)?$/.test(last) || WEEKDAYS.has(last);
    };
    for (const d of scan.dates)
      if (d.start > p && d.start < e && (d.future || !done || dayAlone(d)) && !goneAt(scan, p, d.end))
        d.dropped = true;
  }
}

/**
 * A payback at tokens[from, to) still to come: not done (« Paul m'a remboursé », "she has refunded"),
 * not come already (« remboursés ce matin », "refunded yesterday"), not the speaker's own (« je
 * rembourse »), nor denied (« il ne me remboursera pas »).
 */
export function paybackAhead(scan: Scan, from: number, to: number): boolean {
  const p = scan.tokens.findIndex((_, k) => k >= from && k < to && paybackAt(scan, k));
  if (p < 0 || deniedAt(scan, p, p + 1) || goneAt(scan, p + 1, p + 3)) return false;
  return !scan.tokens.slice(Math.max(0, p - 2), p).some((t) => DONE_OR_MINE.test(t.norm));
}

/**
 * « pharmacie 12 €, remboursée à 70 % », « taxi 25 €, remboursé demain », « le resto, 74 €, ma boîte
 * me rembourse lundi », "hotel 120 euros, reimbursed next month": a payback to come said in a clause
 * after the expense's amount, with no amount of its own, is money to come back: the expense is
 * reimbursable.
 */
export function paidBackLater(scan: Scan, amountEnd: number, segEnd: number): boolean {
  const amountIn = (s: number, e: number) =>
    scan.amounts.some((a) => !a.dropped && a.start >= s && a.start < e);
  return clausesOf(scan).some(
    ([s, e]) =>
      s >= amountEnd &&
      // « taxi 25 €, remboursé demain, et resto 30 € »: a payback opening the clause right after the
      // amount is the thing's before it, where the next thing's words have begun too.
      (s < segEnd || ((paybackAt(scan, s) || paybackAt(scan, s + 1)) && !amountIn(amountEnd, s))) &&
      !amountIn(s, e) &&
      paybackAhead(scan, s, e),
  );
}

/**
 * "taxi 30 which work refunds", « le taxi 30 € que la boîte rembourse »: a payback to come said in
 * a clause hung on the amount (which, that, « que ») is the thing's: it is reimbursable.
 */
export const paidBackOfThing = (scan: Scan, amountEnd: number): boolean =>
  /^(which|that|que|qu')$/.test(scan.tokens[amountEnd]?.norm ?? '') &&
  paybackAhead(scan, amountEnd + 1, amountEnd + 5);
