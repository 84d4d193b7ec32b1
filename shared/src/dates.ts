/**
 * Calendar helpers. Pure: the instant and the time zone always come in as arguments.
 * A date is a YYYY-MM-DD string in the user's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 instant that must carry its offset (Z or ±hh:mm). */
export const ISO_INSTANT_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Years an expense can sensibly be dated in: anything else is a typo or an attack on the database. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2999;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < FIRST_YEAR || y > LAST_YEAR) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/**
 * An ISO 8601 instant with its offset whose calendar date and time exist as written
 * (Date.parse would roll 2026-02-29 over to March 1st, and accept year 0000).
 */
export function isInstantWithOffset(value: string): boolean {
  if (!ISO_INSTANT_WITH_OFFSET.test(value) || !isIsoDate(value.slice(0, 10))) return false;
  const [h, mi, s] = [value.slice(11, 13), value.slice(14, 16), value.slice(17, 19)].map(Number) as [
    number,
    number,
    number,
  ];
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  if (offset && (Number(offset[2]) > 14 || Number(offset[3]) > 59)) return false;
  return h <= 23 && mi <= 59 && (Number.isNaN(s) || s <= 59) && !Number.isNaN(Date.parse(value));
}

const zoneCache = new Map<string, boolean>();
export function isTimeZone(value: string): boolean {
  const known = zoneCache.get(value);
  if (known !== undefined) return known;
  let ok = false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    ok = value.length > 0 && value.length <= 64;
  } catch {
    ok = false;
  }
  if (zoneCache.size < 1000) zoneCache.set(value, ok);
  return ok;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

const WRITTEN_ISO = /^\d{4}-\d{2}-\d{2}$/;

// The last day asked for: a parse asks for its "now" once or twice and a batch of notes shares one
// "now", while Intl's format() costs a few microseconds, a few per cent of a parse.
let lastDay = { ms: Number.NaN, timeZone: '', date: '' };

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  if (ms === lastDay.ms && timeZone === lastDay.timeZone) return lastDay.date;
  const date = formatLocalDate(instant, timeZone);
  lastDay = { ms, timeZone, date };
  return date;
}

function formatLocalDate(instant: Date, timeZone: string): string {
  const formatter = dayFormatter(timeZone);
  // en-CA writes YYYY-MM-DD, and format() costs a third of formatToParts(); an engine whose en-CA
  // writes the date another way (some ICU versions have) falls through to the parts.
  const written = formatter.format(instant);
  if (WRITTEN_ISO.test(written)) return written;
  const parts = formatter.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Adds (or subtracts) whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`invalid date: ${date}`);
  const dt = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return dt.toISOString().slice(0, 10);
}

/** Day of week of a YYYY-MM-DD date, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** First and last day of a YYYY-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`invalid month: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month before a YYYY-MM month. */
export function previousMonth(month: string): string {
  const { from } = monthRange(month);
  return addDays(from, -1).slice(0, 7);
}
