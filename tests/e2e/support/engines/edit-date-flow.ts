/**
 * The edit dialog's date in an engine other than Chromium (day-of-use-forms holds it there;
 * web/src/base/day-field.tsx, day-input.ts): the field shows the expense's day in the app's order
 * (« 05/12/2026 », day first in French and in the app's English), says it in words under it, and a
 * day typed there day first is the day saved — the fifth of November, not the eleventh of May —
 * with nothing else of the expense changed.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';
import { atPhoneSize, onServer } from './result-toast-flow.ts';

const SAY = {
  fr: {
    note: '6 € de magazine hier',
    row: 'Magazine',
    date: 'Date',
    pattern: 'JJ/MM/AAAA',
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    weekdays: 'dimanche lundi mardi mercredi jeudi vendredi samedi',
  },
  en: {
    note: 'yesterday 6 euros magazine',
    row: 'Magazine',
    date: 'Date',
    pattern: 'DD/MM/YYYY',
    months: 'January February March April May June July August September October November December',
    weekdays: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday',
  },
} as const;

/** A day as the app writes it in both languages: day first (« 24/11/2026 »). */
const appDay = (iso: string) => iso.split('-').reverse().join('/');

/** A day in the app's words, as a person of that language writes it (the names by hand, not Intl). */
function inWords(iso: string, lang: Lang): RegExp {
  const d = new Date(`${iso}T12:00:00Z`);
  const weekday = SAY[lang].weekdays.split(' ')[d.getUTCDay()];
  const month = SAY[lang].months.split(' ')[d.getUTCMonth()];
  const day = lang === 'fr' && d.getUTCDate() === 1 ? '1er' : String(d.getUTCDate());
  return new RegExp(`^${weekday},? ${day} ${month} ${d.getUTCFullYear()}$`);
}

/** Sent as source: the open dialog's date field, its pattern, and the words it is described by. */
function dateField(): { value: string; placeholder: string; words: string } | null {
  const field = document.querySelector<HTMLInputElement>('dialog[open] input[name="date"]');
  if (!field) return null;
  const words = document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
  return {
    value: field.value,
    placeholder: field.placeholder,
    words: words.replace(/[\u00a0\u202f\s]+/g, ' ').trim(),
  };
}

/** Registers the step on a phone of describeCoreFlows. */
export function itSavesADayTypedInTheAppsOrder(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('shows the day in the app’s order and in words, and saves a day typed day first, nothing else changed', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    await atPhoneSize(tab);
    await app.typeNote(say.note);
    const saved = await waitFor('the note on the server, listed', async () => {
      const found = (await onServer(stack)).find((e) => e.transcript === say.note);
      return found && (await app.rows()).some((r) => r.id === found.id && !r.unsent) ? found : null;
    });
    await app.openRow(say.row);
    const shown = await waitFor('the date field', () => tab.evaluate(dateField));
    expect(shown.value).toBe(appDay(saved.date));
    expect(shown.placeholder).toBe(say.pattern);
    expect(shown.words).toMatch(inWords(saved.date, lang));

    // Day first: the fifth of November (the fourth when the note's day was the fifth).
    const day = saved.date === '2026-11-05' ? '2026-11-04' : '2026-11-05';
    await tab.fill(say.date, appDay(day));
    let last: unknown = null;
    const typed = await waitFor('the words of the day typed', async () => {
      const now = await tab.evaluate(dateField);
      last = now;
      return now && inWords(day, lang).test(now.words) ? now : null;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; the field said ${JSON.stringify(last)}`);
    });
    expect(typed.value).toBe(appDay(day));
    await tab.click('button', app.say.save);
    const after = await waitFor('the day on the server', async () => {
      const found = (await onServer(stack)).find((e) => e.id === saved.id);
      return found && found.date !== saved.date ? found : null;
    });
    expect(after.date).toBe(day);
    expect(after).toMatchObject({
      amount: saved.amount,
      currency: saved.currency,
      category: saved.category,
      description: saved.description,
      transcript: saved.transcript,
    });
  });
}
