/**
 * The app's calendar in the e2e tests: every browser context lives in Paris (harness.ts), and the
 * server dates a note in the zone it was recorded in, so "today" and "this month" are Paris's, not
 * the machine's nor UTC's (which differ from them for an hour or two around midnight, and around
 * the first of a month for the month).
 */
export const APP_TIME_ZONE = 'Europe/Paris';

/** A day before today in Paris (0: today), as YYYY-MM-DD. */
export function parisDay(daysAgo: number, now = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE }).format(now);
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - daysAgo);
  return d.toISOString().slice(0, 10);
}

/** A month before this one in Paris (0: this month), as YYYY-MM. */
export function parisMonth(monthsAgo: number, now = new Date()): string {
  const [y, m] = parisDay(0, now).split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - monthsAgo, 15));
  return d.toISOString().slice(0, 7);
}
