import { FALLBACK_DESCRIPTION } from './describe.ts';
import type { Lang, ParsedExpense } from './types.ts';

/**
 * « le marchand voulait 300 dirhams pour le tapis, je l'ai eu à 200 »: the clause that pays names
 * nothing (« je l'ai eu à 200 », "then bought a 35 euro one"), so the thing is the one named beside the price not paid, dropped
 * just before it: the paid expense takes its description, and its category when it has none.
 */
/** "then bought a 35 euro one", « j'ai pris celle à 50 »: a word standing for the thing named before. */
const PRONOUN = /^(one|ones|celui|celle|ceux|celles|le meme|la meme)$/i;

function nameFromPriceNotPaid(dropped: ParsedExpense, paid: ParsedExpense | undefined, lang: Lang) {
  if (!paid || (paid.description !== FALLBACK_DESCRIPTION[lang] && !PRONOUN.test(paid.description))) return;
  paid.description = dropped.description;
  if (paid.category !== 'other') return;
  paid.category = dropped.category;
  paid.categorySure = dropped.categorySure;
}

/**
 * « j'ai hésité à prendre le menu à 35 €, j'ai pris le plat à 18 »: beside money spent, money not
 * spent (thought of, refused, someone else's) is what the story is about, not an expense. Drops
 * those (and their signals, index for index) when an expense was spent; returns how many. Money
 * the speaker owes for what they had, or that someone else paid for them (`kept`: « je dois 20 € au
 * coiffeur », "taxi 20 that Tom paid"), is theirs: kept, flagged, never dropped.
 */
export function dropPricesNotPaid(
  expenses: ParsedExpense[],
  signals: unknown[],
  lang: Lang,
  kept: ReadonlySet<ParsedExpense | undefined>,
): number {
  if (!expenses.some((e) => e.reviewReason === undefined)) return 0;
  let dropped = 0;
  for (let i = expenses.length - 1; i >= 0; i--)
    if (expenses[i]?.reviewReason === 'not_paid' && !kept.has(expenses[i])) {
      const [notPaid] = expenses.splice(i, 1);
      if (notPaid) nameFromPriceNotPaid(notPaid, expenses[i], lang);
      signals.splice(i, 1);
      dropped++;
    }
  return dropped;
}
