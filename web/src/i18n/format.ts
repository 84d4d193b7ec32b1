/** Amounts, days and months written the way each language writes them. */
import { type Lang, localeOf } from './lang.ts';

// Building an Intl formatter costs far more than using one (a list of 200 rows re-rendered
// while 50 notes sync spent most of its time here): one per language, currency and style.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export function formatAmount(amount: string | null, currency: string, lang: Lang): string {
  if (amount === null) return '—';
  return formatter(
    `amount ${lang} ${currency}`,
    () => new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency }),
  ).format(Number(amount));
}

export function formatDay(date: string, lang: Lang): string {
  return formatter(
    `day ${lang}`,
    () =>
      new Intl.DateTimeFormat(localeOf(lang), {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }),
  ).format(new Date(`${date}T12:00:00Z`));
}

/**
 * « samedi 5 décembre 2026 », "Saturday 5 December 2026": a day said in full, year and all. French
 * writes the first of a month « 1er » (« jeudi 1er janvier 2026 »), which Intl does not.
 */
export function formatFullDay(date: string, lang: Lang): string {
  const parts = formatter(
    `full day ${lang}`,
    () =>
      new Intl.DateTimeFormat(localeOf(lang), {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).formatToParts(new Date(`${date}T12:00:00Z`));
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

export function formatMonth(month: string, lang: Lang): string {
  return formatter(
    `month ${lang}`,
    () => new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(`${month}-15T12:00:00Z`));
}
