/**
 * "Netflix 9,99 € tous les mois", "gym 30 dollars every month on the 5th": words that say an
 * expense repeats monthly. Only a suggestion the PWA offers to confirm (a recurring rule); the
 * parsed expense itself is unchanged. The day, when the words name one; else the caller uses the
 * expense's own date.
 */

export interface RecurringHint {
  /** The day of the month the words name ("le 5 de chaque mois"), or null when they name none. */
  dayOfMonth: number | null;
}

const MONTHLY = [
  // French: "tous les mois", "chaque mois", "par mois", "mensuel(le)(ment)", "tous les 5 du mois".
  /\btous\s+les\s+mois\b/,
  /\bchaque\s+mois\b/,
  /\bpar\s+mois\b/,
  /\bmensuel(?:le|lement)?s?\b/,
  /\btous\s+les\s+(?:\d{1,2}|premiers?|1ers?)\s+du\s+mois\b/,
  // English: "every month", "each month", "per month", "a month", "monthly".
  /\b(?:every|each|per)\s+month\b/,
  /\b\d+(?:[.,]\d+)?\s*(?:[$€£]|dollars?|euros?|pounds?)?\s+a\s+month\b/,
  /\bmonthly\b/,
];

const DAY_PATTERNS = [
  /\ble\s+(\d{1,2}|premier|1er)\s+(?:de\s+chaque|de\s+tous\s+les|du)\s+mois\b/,
  /\btous\s+les\s+(\d{1,2}|premiers?|1ers?)\s+du\s+mois\b/,
  /\b(?:chaque|tous\s+les)\s+mois\s*,?\s+le\s+(\d{1,2}|premier|1er)\b/,
  /\b(?:on\s+)?the\s+(\d{1,2}|first)(?:st|nd|rd|th)?\s+(?:of\s+)?(?:every|each|the)\s+month\b/,
  /\b(?:every|each)\s+month\s*,?\s+on\s+the\s+(\d{1,2}|first)(?:st|nd|rd|th)?\b/,
  /\bmonthly\s*,?\s+on\s+the\s+(\d{1,2}|first)(?:st|nd|rd|th)?\b/,
];

const dayOf = (word: string): number | null => {
  if (/^(?:premiers?|1ers?|first)$/.test(word)) return 1;
  const n = Number(word);
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
};

/** Whether the words say the expense comes back every month, and on which day if they say it. */
export function recurringHint(text: string): RecurringHint | null {
  const words = text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ');
  if (!MONTHLY.some((re) => re.test(words))) return null;
  for (const re of DAY_PATTERNS) {
    const m = re.exec(words);
    const day = m?.[1] ? dayOf(m[1]) : null;
    if (day !== null) return { dayOfMonth: day };
  }
  return { dayOfMonth: null };
}
