/**
 * In which order a bank file writes its dates (28/11/2026, 11/28/2026, 2026-11-28): read by the
 * server's CSV and QIF readers, and guessed by the page's CSV mapping form from the same rows.
 */

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const PARTS = /^(\d{1,4})\s*[/.\-']\s*(\d{1,2})\s*[/.\-']\s*(\d{2,4})$/;

/** The numbers of a written date ("28/11/2026", "11/28'26", "2026-11-28", "28.11.26"), or null. */
export function dateParts(text: string): [number, number, number] | null {
  const m = PARTS.exec(text.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * The order the dates decide, or null when they cannot (every day and month 12 or under, both
 * readings seen, or no date): a first number over 31 is a year, over 12 a day, a second over 12 a day.
 */
export function decidedDateOrder(samples: readonly string[]): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const s of samples) {
    const p = dateParts(s);
    if (!p) continue;
    if (p[0] > 31) return 'ymd';
    if (p[0] > 12) dayFirst = true;
    if (p[1] > 12) monthFirst = true;
  }
  if (dayFirst && !monthFirst) return 'dmy';
  if (monthFirst && !dayFirst) return 'mdy';
  return null;
}

/** Which order a file writes its dates in, from all of them; `fallback` when they do not decide. */
export function guessDateOrder(samples: readonly string[], fallback: DateOrder = 'dmy'): DateOrder {
  return decidedDateOrder(samples) ?? fallback;
}
