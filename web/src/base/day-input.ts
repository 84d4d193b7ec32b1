/**
 * A day in a form field, written the app's way (« 24/11/2026 » in French, "24/11/2026" in its
 * British English), and back to the API's YYYY-MM-DD. A native date field writes the day in the
 * browser's language and order (an en-US Chromium shows 11/24/2026 to a French person), which no
 * page can change: the field is text in the app's order, the native calendar a button beside it.
 */
import { type Lang, localeOf } from '../i18n/lang.ts';

type Part = 'day' | 'month' | 'year';

const orders = new Map<Lang, { order: Part[]; separator: string }>();
/** The order and separator of the language's short numeric day, as Intl writes it. */
function shape(lang: Lang) {
  let found = orders.get(lang);
  if (!found) {
    const parts = new Intl.DateTimeFormat(localeOf(lang), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2026, 10, 24, 12)));
    const order = parts.flatMap((p) =>
      p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : [],
    );
    found = { order, separator: parts.find((p) => p.type === 'literal')?.value ?? '/' };
    orders.set(lang, found);
  }
  return found;
}

/** The pattern a person is shown (« JJ/MM/AAAA », "DD/MM/YYYY"). */
export function dayPattern(lang: Lang): string {
  const { order, separator } = shape(lang);
  const letters =
    lang === 'fr' ? { day: 'JJ', month: 'MM', year: 'AAAA' } : { day: 'DD', month: 'MM', year: 'YYYY' };
  return order.map((p) => letters[p]).join(separator);
}

/** "2026-11-24" as the app writes it: "24/11/2026"; "" for anything that is not such a day. */
export function dayForInput(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const value = { year: m[1] as string, month: m[2] as string, day: m[3] as string };
  const { order, separator } = shape(lang);
  return order.map((p) => value[p]).join(separator);
}

/**
 * What the person typed as YYYY-MM-DD, in the language's order (« 24/11/2026 », « 24.11.2026 »,
 * « 1/2/2027 »), or a pasted ISO day; null when it is no day of the calendar (31/02, 24/11, « hier »).
 * The years the server takes are the form's to check (isIsoDate), so it can say which they are.
 */
export function dayFromInput(typed: string, lang: Lang): string | null {
  const text = typed.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const numbers = iso
    ? { year: iso[1], month: iso[2], day: iso[3] }
    : (() => {
        const m = /^(\d{1,4})\s*[/.\-\s]\s*(\d{1,4})\s*[/.\-\s]\s*(\d{4})$/.exec(text);
        if (!m) return null;
        const { order } = shape(lang);
        const found: Partial<Record<Part, string>> = {};
        order.forEach((p, i) => {
          found[p] = m[i + 1];
        });
        return found;
      })();
  if (!numbers?.year || !numbers.month || !numbers.day || numbers.year.length !== 4) return null;
  const [y, mo, d] = [Number(numbers.year), Number(numbers.month), Number(numbers.day)];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${numbers.year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
