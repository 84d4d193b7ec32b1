/**
 * Numbers written with digits, as Whisper and keyboards write them in French and English:
 * "12,50", "12.5", "1.200" or "1,200" (a thousand and two hundred: money has two decimals, so
 * three after the only separator means thousands), "1 234,56", "1,234.56".
 */
export interface DigitNumber {
  /** Value in hundredths (cents when it is money). */
  cents: number;
  isInteger: boolean;
  /** The integer value when there is no decimal part. */
  int: number | null;
}

const PLAIN = /^\d+$/;
const ONE_SEP = /^(\d+)[.,](\d+)$/;
const GROUPED = /^\d{1,3}(?:([.,])\d{3})+(?:([.,])(\d{1,2}))?$/;

export function readDigits(raw: string): DigitNumber | null {
  if (PLAIN.test(raw)) {
    if (raw.length > 12) return null;
    const int = Number(raw);
    return { cents: int * 100, isInteger: true, int };
  }
  const one = ONE_SEP.exec(raw);
  if (one?.[1] !== undefined && one[2] !== undefined) {
    const [, units, frac] = one;
    if (frac.length === 3) return readDigits(units + frac);
    if (frac.length > 2 || units.length > 10) return null;
    return { cents: Number(units) * 100 + Number(frac.padEnd(2, '0')), isInteger: false, int: null };
  }
  const grouped = GROUPED.exec(raw);
  if (grouped) {
    const [, , decSep, frac] = grouped;
    // One thousands separator throughout, and a different one for the decimals: "1.234,56".
    const seps = raw.match(/[.,]/g) ?? [];
    const groupSeps = decSep === undefined ? seps : seps.slice(0, -1);
    if (groupSeps.some((s) => s !== groupSeps[0]) || (decSep !== undefined && decSep === groupSeps[0]))
      return null;
    const units = raw
      .slice(0, frac !== undefined ? raw.length - frac.length - 1 : raw.length)
      .replace(/[.,]/g, '');
    if (units.length > 10) return null;
    const int = Number(units);
    if (frac === undefined) return { cents: int * 100, isInteger: true, int };
    return { cents: int * 100 + Number(frac.padEnd(2, '0')), isInteger: false, int: null };
  }
  return null;
}
