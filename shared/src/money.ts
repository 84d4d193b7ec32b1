/**
 * Money is never a float in arithmetic: amounts travel as decimal strings with two places
 * ("23.40") and are added as integer minor units (cents).
 */

/** Largest amount numeric(10,2) holds. */
export const MAX_CENTS = 99_999_999_99;

/** cents / n, rounded to the cent, half up: 100 € in three is 33.33, 33,30 € + 15 % is 38.30. */
export function divideHalfUp(cents: number, n: number): number {
  return Math.floor((2 * cents + n) / (2 * n));
}

const DECIMAL = /^(\d{1,8})(?:\.(\d{1,2}))?$/;

/** "23.4" → 2340; returns null for anything that is not a positive-or-zero decimal with ≤ 2 places. */
export function decimalToCents(value: string): number | null {
  const m = DECIMAL.exec(value.trim());
  if (!m) return null;
  const units = Number(m[1]);
  const frac = (m[2] ?? '').padEnd(2, '0');
  return units * 100 + Number(frac);
}

/** 2340 → "23.40". */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`invalid cents: ${cents}`);
  const units = Math.floor(cents / 100);
  const frac = cents % 100;
  return `${units}.${frac.toString().padStart(2, '0')}`;
}

/** Normalises "23.4" or "23" to "23.40"; null when invalid. */
export function normalizeDecimal(value: string): string | null {
  const cents = decimalToCents(value);
  return cents === null ? null : centsToDecimal(cents);
}

/**
 * An amount as a person types it in a form ("12,50", "12.5", "1 234,50", with a no-break or narrow
 * no-break space between thousands) as the API's decimal; null when it is no amount.
 */
export const typedDecimal = (typed: string): string | null =>
  normalizeDecimal(typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));

/** Sums decimal strings exactly. */
export function sumDecimals(values: readonly string[]): string {
  let total = 0;
  for (const v of values) {
    const c = decimalToCents(v);
    if (c === null) throw new RangeError(`invalid amount: ${v}`);
    total += c;
  }
  return centsToDecimal(total);
}

/** ISO 4217 codes are three upper-case letters. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** -1240 → "-12.40": for differences, never for stored amounts. */
export function signedCentsToDecimal(cents: number): string {
  return cents < 0 ? `-${centsToDecimal(-cents)}` : centsToDecimal(cents);
}
