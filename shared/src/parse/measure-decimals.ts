import { readDigits } from './digits.ts';
import { numberWord, readNumberWords } from './number-words.ts';
import { PhraseTable } from './phrase-table.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/*
 * A measure said with its decimals as a number of their own (round v20a, issue 29): « un kilo
 * deux » is 1,2 kg, « deux kilos trois » 2,3 kg, « un kilo cinq cents » 1,5 kg, « un mètre
 * cinquante » 1,50 m, "two point five kilos" 2,5 kg. The number after the unit was read as money
 * (« un kilo deux de prunes à 3 € le kilo » gave 3 €, « deux » kept as 2 € to look at); it is the
 * measure's part, and priced by the unit the measure is that many units (3,60 €).
 */

export type Measure = 'kilo' | 'litre' | 'metre';

const measures = (unit: Measure, words: string): [string, Measure][] =>
  words.split('|').map((w) => [w, unit]);

/** The units whose part French says after them; « heure » is left to the clock (« une heure vingt »). */
const MEASURES = new PhraseTable<Measure>([
  ...measures('kilo', 'kilo|kilos|kg|kilogramme|kilogrammes'),
  ...measures('litre', 'litre|litres|liter|liters'),
  ...measures('metre', 'metre|metres|meter|meters|m'),
]);

/** What may follow the part: « de prunes », « à 3 € », « pour 6 € », a comma, the end. */
const AFTER_PART = /^(de|d'|du|des|a|pour|of|at|for|,|\.)$/;

export interface MeasureSaid {
  /** Index just past the words of the measure. */
  end: number;
  unit: Measure;
  /** The measure is count / per units ("un kilo deux": 12 / 10). */
  count: number;
  per: number;
}

/** The whole number of units at tokens[i] (« un », « deux », "2"), 1 to 99; null when none. */
function wholeAt(tokens: readonly Token[], i: number, lang: Lang): number | null {
  const t = tokens[i];
  if (t?.kind === 'num') return /^\d{1,2}$/.test(t.norm) && t.norm !== '0' ? Number(t.norm) : null;
  const w = t?.kind === 'word' ? numberWord(t.norm, lang) : undefined;
  return w && w.kind !== 'scale' && w.kind !== 'hundred' && w.value >= 1 && w.value <= 99 ? w.value : null;
}

/** The part said after the unit: "2", « deux », « cinq cents », « cinquante »; its value and end. */
function partAt(tokens: readonly Token[], i: number, lang: Lang): { value: number; end: number } | null {
  const t = tokens[i];
  if (t === undefined || !t.spaced) return null;
  if (t.kind === 'num') return /^\d{1,3}$/.test(t.norm) ? { value: Number(t.norm), end: i + 1 } : null;
  if (t.kind !== 'word' || numberWord(t.norm, lang) === undefined) return null;
  const read = readNumberWords(tokens, i, lang);
  return read && read.value >= 1 && read.value <= 999 ? { value: read.value, end: read.end } : null;
}

/**
 * A metre's part is centimetres (« un mètre cinq » is 1,05 m); a kilo's or a litre's is tenths when
 * one figure, grams or millilitres when three (« un kilo deux cents »). Two figures after a kilo
 * (« un kilo cinquante ») are said both ways: no measure is read from them.
 */
function scaled(unit: Measure, whole: number, part: number): { count: number; per: number } | null {
  if (unit === 'metre') return part <= 99 ? { count: whole * 100 + part, per: 100 } : null;
  if (part <= 9) return { count: whole * 10 + part, per: 10 };
  return part >= 100 ? { count: whole * 1000 + part, per: 1000 } : null;
}

/**
 * The measure said at tokens[i], its part after its unit (« un kilo deux de ») or after « point »,
 * « virgule » ("two point five kilos"); null when there is none. Money after the part (« un kilo
 * 5 euros ») keeps it money: only a preposition, a comma or the end may follow it.
 */
export function measureSaidAt(tokens: readonly Token[], i: number, lang: Lang): MeasureSaid | null {
  const whole = wholeAt(tokens, i, lang);
  if (whole === null) return null;
  const next = tokens[i + 1]?.norm;
  if (next === 'point' || next === 'virgule') {
    const digit = tokens[i + 2];
    const d = digit?.kind === 'word' ? numberWord(digit.norm, lang) : undefined;
    const unit = d && d.kind === 'unit' ? MEASURES.match(tokens, i + 3) : null;
    return d && unit ? { end: unit.end, unit: unit.value, count: whole * 10 + d.value, per: 10 } : null;
  }
  const unit = MEASURES.match(tokens, i + 1);
  if (unit === null) return null;
  const part = partAt(tokens, unit.end, lang);
  if (part === null) return null;
  const after = tokens[part.end];
  if (after !== undefined && !AFTER_PART.test(after.norm)) return null;
  const value = scaled(unit.value, whole, part.value);
  return value ? { end: part.end, unit: unit.value, ...value } : null;
}

/** The unit a price is of: « à 3 € le kilo » (kilo), « à 12 € le mètre », "a litre". */
export function unitPricedAt(tokens: readonly Token[], end: number): Measure | null {
  const per = tokens[end]?.norm ?? '';
  if (!/^(le|la|l'|par|per|a|the|au|du)$/.test(per)) return null;
  return MEASURES.match(tokens, end + 1)?.value ?? null;
}

/**
 * « un kilo deux de prunes à 3 € le kilo » is 3,60 €; « un mètre cinquante de tissu à 12 € le mètre »
 * 18 €; « 2,5 litres à 4 € le litre » 10 €: the measure said before a price of its unit, as a count
 * over `per` so the sum stays in whole cents.
 */
export function measurePriced(scan: Scan, amount: AmountItem): { count: number; per: number } | null {
  const unit = unitPricedAt(scan.tokens, amount.end);
  if (unit === null) return null;
  for (let j = 0; j < amount.start; j++) {
    const said = measureSaidAt(scan.tokens, j, scan.lang);
    if (said?.unit === unit) return { count: said.count, per: said.per };
    // « 2,5 litres », "1.5 metres": decimals in figures before a unit priced by the litre or the metre.
    const t = scan.tokens[j];
    if (unit === 'kilo' || t?.kind !== 'num') continue;
    const read = readDigits(t.norm);
    if (read && read.int === null && read.cents > 0 && MEASURES.match(scan.tokens, j + 1)?.value === unit)
      return { count: read.cents, per: 100 };
  }
  return null;
}
