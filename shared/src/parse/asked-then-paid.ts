import { FALLBACK_DESCRIPTION } from './describe.ts';
import type { Lang, ParsedExpense } from './types.ts';

/**
 * « le marchand voulait 300 dirhams pour le tapis, je l'ai eu à 200 »: the clause that pays names
 * nothing (« je l'ai eu à 200 », "then bought a 35 euro one"), so the thing is the one named beside the price not paid, dropped
 * just before it: the paid expense takes its description, and its category when it has none.
 */
/** "then bought a 35 euro one", « j'ai pris celle à 50 »: a word standing for the thing named before. */
const PRONOUN = /^(one|ones|celui|celle|ceux|celles|le meme|la meme)$/i;

export function nameFromPriceNotPaid(dropped: ParsedExpense, paid: ParsedExpense | undefined, lang: Lang) {
  if (!paid || (paid.description !== FALLBACK_DESCRIPTION[lang] && !PRONOUN.test(paid.description))) return;
  paid.description = dropped.description;
  if (paid.category !== 'other') return;
  paid.category = dropped.category;
  paid.categorySure = dropped.categorySure;
}
