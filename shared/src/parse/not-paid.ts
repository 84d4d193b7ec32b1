import { owedToOneWhoPaidIt, owesOneWhoPaid } from './movement-debts.ts';
import { onlyThought } from './only-thought.ts';
import { priceNotPaid } from './prices-not-paid.ts';
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { someoneElsePaid } from './someone-else-paid.ts';

/**
 * Words that give an amount the speaker has not paid: a budget ("mon budget courses c'est 400 €"),
 * a quote ("le devis du garagiste est de 450 €", "the plumber quoted me 300"), or someone else
 * paying ("Paul a payé le resto, 80 €"). The amount was said, so it is kept, flagged `not_paid`
 * for the person to look at, never counted unchecked and never dropped. Prices asked, looked at or
 * listed before the one paid are read in prices-not-paid.ts, money only thought of in
 * only-thought.ts, someone else paying in someone-else-paid.ts.
 */
const BUDGET = new Set(['budget', 'budgets', 'budgete', 'budgeted']);
const QUOTE = new Set(['devis', 'quote', 'quoted', 'estimate', 'estimation', 'estime']);
/** « budget dépassé », « budget explosé », "over budget": money spent past a budget is spent. */
const OVERSPENT = new Set(['depasse', 'depassee', 'explose', 'explosee', 'over', 'blown', 'busted', 'hors']);
const overspent = (scan: Scan, i: number) =>
  OVERSPENT.has(scan.tokens[i - 1]?.norm ?? '') || OVERSPENT.has(scan.tokens[i + 1]?.norm ?? '');

/**
 * « je voulais le grand à 80 mais j'ai pris le petit à 55 € », "was going to get X, but bought Y":
 * a plan, then « mais », "but" or « finalement » and a paying verb: what was thought of before it
 * is the story, and the money after it is paid. Where the words that may say "only thought of" begin.
 */
const CONTRAST = new Set(['mais', 'but', 'finalement', 'eventually', 'instead']);
function paidAfterContrast(scan: Scan, seg: Segment): number {
  const amount = seg.amount;
  if (!amount) return seg.start;
  for (let i = amount.start - 1; i > seg.start; i--) {
    if (!CONTRAST.has(scan.tokens[i]?.norm ?? '')) continue;
    const paid = scan.marks.some((m) => m.mark === 'verb' && m.start > i && m.start < amount.start);
    return paid ? i : seg.start;
  }
  return seg.start;
}

/** "got a quote for 400 euros": what was got is the quote, nothing paid (« j'ai payé le devis » pays it). */
const gotAQuote = (scan: Scan, end: number) => {
  if (!/^(got|get)$/.test(scan.tokens[end - 1]?.norm ?? '')) return false;
  const next = scan.tokens[end]?.norm ?? '';
  return QUOTE.has(/^(a|an|the|un|le|mon|my)$/.test(next) ? (scan.tokens[end + 1]?.norm ?? '') : next);
};

export function notPaid(scan: Scan, seg: Segment): boolean {
  const paysItself = scan.marks.some(
    (m) =>
      m.mark === 'verb' &&
      m.start >= seg.start &&
      m.start < seg.end &&
      !someoneElsePaid(scan, m.start, m.end) &&
      !gotAQuote(scan, m.end),
  );
  for (let i = seg.start; i < seg.end; i++) {
    const norm = scan.tokens[i]?.norm ?? '';
    if (BUDGET.has(norm) && !overspent(scan, i)) return true;
    if (QUOTE.has(norm) && !paysItself) return true;
  }
  return (
    someoneElsePaid(scan, seg.start, seg.end) ||
    owesOneWhoPaid(scan, seg) ||
    owedToOneWhoPaidIt(scan, seg) ||
    onlyThought(scan, paidAfterContrast(scan, seg), seg.end) ||
    priceNotPaid(scan, seg)
  );
}

/**
 * « resto 45 €, taxi 20 € que Tom a payé », « Paul a payé les billets, je lui dois 40 € »: the
 * speaker's, paid by another; « ma sœur a payé le taxi, et moi le resto » shares who paid what.
 */
export const paidForSpeaker = (scan: Scan, seg: Segment) =>
  (someoneElsePaid(scan, seg.start, seg.end) && !scan.tokens.some((t) => /^(moi|je|j'|i)$/.test(t.norm))) ||
  owesOneWhoPaid(scan, seg);
