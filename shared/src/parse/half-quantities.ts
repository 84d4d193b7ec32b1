import { halfAt } from './half-numbers.ts';
import { numberWord } from './number-words.ts';
import { COUNTED, fold, PER_ONE, RATES } from './rates.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import type { Token } from './tokenize.ts';
import { UNITS } from './word-sets.ts';

/*
 * A half in a quantity (round v19a, issue 29): « deux kilos et demi », "two and a half kilos",
 * "a kilo and a half", « trois heures et demie ». Beside a price of all of it, the quantity is no
 * money and its half no share ("two and a half kilos of apples for 5 euros" was 2,50 €, the half
 * read as half of two); beside a price per unit, it counts halves of the unit (« deux kilos et demi
 * à 2 € le kilo » was 4 €, now 5 €).
 */

const ONE = /^(un|une|a|an|one)$/;

/** The whole number at tokens[i], "a" and « un » as one; null when none. */
function wholeAt(tokens: readonly Token[], i: number, lang: Scan['lang']): number | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'num') return /^\d{1,3}$/.test(t.norm) ? Number(t.norm) : null;
  if (ONE.test(t.norm)) return 1;
  const w = t.kind === 'word' ? numberWord(t.norm, lang) : null;
  return w && w.kind !== 'scale' && w.value >= 1 && w.value <= 99 ? w.value : null;
}

/**
 * "two and a half kilos": from a number at tokens[end - 1] (its reading ended at `end`), how many
 * tokens the half and the unit after it take; 0 when no measure follows the half.
 */
export function halfOfUnitAfter(tokens: readonly Token[], end: number): number {
  const half = halfAt(tokens, end);
  if (half === 0) return 0;
  const unit = UNITS.match(tokens, end + half);
  return unit ? unit.end - end : 0;
}

/** "a kilo and a half", « une heure et demie »: the half at tokens[i] right after a measure's word. */
export function halfAfterUnit(tokens: readonly Token[], i: number): number {
  const half = halfAt(tokens, i);
  if (half === 0 || i < 2) return 0;
  return UNITS.match(tokens, i - 1)?.end === i && wholeAt(tokens, i - 2, 'en') !== null ? half : 0;
}

/** Whether the unit said at tokens[j] is the one priced (`unit` from RATES, or the thing after « le », "a"). */
function unitAt(tokens: readonly Token[], j: number, priced: { unit?: string; thing?: string }): number {
  const counted = COUNTED.match(tokens, j);
  if (counted && counted.value === priced.unit) return counted.end;
  const t = tokens[j];
  return priced.thing !== undefined && t?.kind === 'word' && fold(t.norm) === priced.thing ? j + 1 : -1;
}

/**
 * « deux kilos et demi de pommes à 2 € le kilo », "three and a half hours at 12 an hour", « deux
 * litres et demi d'huile à 9 euros le litre »: how many halves of the unit priced were had (5 for
 * two and a half), or null when no half is said of it.
 */
export function halvesPriced(scan: Scan, amount: AmountItem): number | null {
  const { tokens, lang } = scan;
  // Most notes say no half: one look for the word before any reading of counts and units.
  if (!tokens.some((t, k) => k < amount.start && (t.norm === 'half' || /^demie?$/.test(t.norm)))) return null;
  const rate = RATES.match(tokens, amount.end);
  const after = tokens[amount.end + 1];
  const priced = rate
    ? { unit: rate.value }
    : PER_ONE.has(tokens[amount.end]?.norm ?? '') && after?.kind === 'word'
      ? { thing: fold(after.norm) }
      : null;
  if (priced === null) return null;
  for (let i = 0; i < amount.start; i++) {
    const n = wholeAt(tokens, i, lang);
    if (n === null) continue;
    // « deux kilos et demi », "a kilo and a half"
    const unitEnd = unitAt(tokens, i + 1, priced);
    if (unitEnd > 0 && halfAt(tokens, unitEnd) > 0) return 2 * n + 1;
    // "two and a half kilos"
    const half = halfAt(tokens, i + 1);
    if (half > 0 && unitAt(tokens, i + 1 + half, priced) > 0) return 2 * n + 1;
  }
  return null;
}
