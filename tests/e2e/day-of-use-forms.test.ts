/**
 * Forms that change only what the person changed (issue 14, items 1–3): the edit dialog, one
 * field at a time, checked in the page and on the server; "Corriger" then "Enregistrer" unchanged
 * accepts; "taxi hier" is kept to complete and, completed, saved on the day that was said.
 * In French and English.
 */
import type { Expense } from '@voicetrack/shared';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dialogFields,
  fieldsOf,
  LANGS,
  type Lang,
  rowOf,
  serverExpense,
  shownFields,
  typeExpense,
  WORDS,
} from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { parisDay } from './support/paris-time.ts';

const e2e = useBrowserAndStack();

/** A day as the app writes it in both languages: day first (« 24/11/2026 »). */
const appDay = (iso: string) => iso.split('-').reverse().join('/');

async function openApp(lang: Lang) {
  const context = await e2e.newContext({ locale: WORDS[lang].locale });
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(e2e.stack.url);
  return { context, app, page: app.page };
}

/** Each field in turn, with the value a person types and the value the server should then hold. */
const EDITS: Record<Lang, [keyof Expense, (d: Locator) => Promise<void>, string][]> = {
  fr: [
    ['amount', (d) => d.getByLabel('Montant').fill('13,40'), '13.40'],
    ['currency', (d) => d.getByLabel('Devise').fill('CHF'), 'CHF'],
    [
      'category',
      async (d) => void (await d.getByLabel('Catégorie').selectOption({ label: 'Loisirs' })),
      'leisure',
    ],
    ['description', (d) => d.getByLabel('Description').fill('Train de nuit'), 'Train de nuit'],
    ['date', (d) => d.getByLabel('Date').fill(appDay(parisDay(3))), parisDay(3)],
  ],
  en: [
    ['amount', (d) => d.getByLabel('Amount').fill('13.40'), '13.40'],
    ['currency', (d) => d.getByLabel('Currency').fill('chf'), 'CHF'],
    [
      'category',
      async (d) => void (await d.getByLabel('Category').selectOption({ label: 'Leisure' })),
      'leisure',
    ],
    ['description', (d) => d.getByLabel('Description').fill('Night train'), 'Night train'],
    ['date', (d) => d.getByLabel('Date').fill(appDay(parisDay(3))), parisDay(3)],
  ],
};

describe.each(LANGS)('the edit dialog (%s)', (lang) => {
  it('changes the one field edited, and no other, in the page and on the server', async () => {
    const { context, app, page } = await openApp(lang);
    const w = WORDS[lang];
    // A train, filed under Transport: the category the old dialog silently turned into Courses.
    const said = lang === 'fr' ? 'hier 45 € de train pour Lyon' : 'yesterday 45 euros train to Leeds';
    await typeExpense(app, said);
    let before = await serverExpense(e2e.stack, (e) => e.transcript === said);
    expect(before.category).toBe('transport');
    for (const [field, change, expected] of EDITS[lang]) {
      await rowOf(page, before.id).click();
      const dialog = page.getByRole('dialog', { name: w.editTitle });
      // The dialog opens on the expense as it is, every field.
      expect(await dialogFields(dialog, lang)).toEqual(shownFields(before, lang));
      await change(dialog);
      await dialog.getByRole('button', { name: w.save, exact: true }).click();
      const after = await serverExpense(e2e.stack, (e) => e.id === before.id && e[field] === expected);
      expect(fieldsOf(after)).toEqual({ ...fieldsOf(before), [field]: expected });
      // And the page shows the server's expense: reopened, the dialog has every field as saved.
      expect(await dialogOf(page, after, lang)).toEqual(shownFields(after, lang));
      before = after;
    }
    await context.close();
  });
});

/** A day in the app's words, as a person of that language writes it (month names by hand, not Intl). */
const MONTHS = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const WEEKDAYS = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
function dayInWords(date: string, lang: Lang): RegExp {
  const d = new Date(`${date}T12:00:00Z`);
  const [weekday, day, month] = [
    WEEKDAYS[lang][d.getUTCDay()],
    d.getUTCDate(),
    MONTHS[lang][d.getUTCMonth()],
  ];
  const dayWord = lang === 'fr' && day === 1 ? '1er' : String(day);
  return new RegExp(`^${weekday},? ${dayWord} ${month} ${d.getUTCFullYear()}$`);
}

describe.each(LANGS)("the edit dialog's date (%s)", (lang) => {
  it("is written the app's way, not the browser's, typed so, picked from a calendar, and said in words", async () => {
    // An American browser: its own date field would write 12/05/2026 for 5 December, whatever the
    // app speaks. The French person chose French in the app.
    const context = await e2e.newContext({ locale: 'en-US' });
    await context.addInitScript((l) => localStorage.setItem('voicetrack.lang', l), lang);
    const app = new CapturePage(await context.newPage(), lang);
    await app.open(e2e.stack.url);
    const page = app.page;
    const w = WORDS[lang];
    const said = lang === 'fr' ? 'hier 3 € de journal' : 'yesterday 3 euros newspaper';
    await typeExpense(app, said);
    const saved = await serverExpense(e2e.stack, (e) => e.transcript === said);
    await rowOf(page, saved.id).click();
    const dialog = page.getByRole('dialog', { name: w.editTitle });
    const field = dialog.getByLabel(w.date);
    const words = () =>
      field.evaluate(
        (input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent,
      );
    expect(await field.inputValue()).toBe(appDay(saved.date));
    expect(await field.getAttribute('placeholder')).toBe(lang === 'fr' ? 'JJ/MM/AAAA' : 'DD/MM/YYYY');
    expect(await words()).toMatch(dayInWords(saved.date, lang));
    // Typed day first, or pasted the ISO way: the words follow, and say nothing of a day half typed.
    for (const [typed, date] of [
      ['12/05/2026', '2026-05-12'],
      ['1/1/2027', '2027-01-01'],
      ['2024-02-29', '2024-02-29'],
    ] as const) {
      await field.fill(typed);
      expect(await words()).toMatch(dayInWords(date, lang));
    }
    await field.fill('12/05');
    expect(await words()).toBe('');
    // The engine's calendar, a button away: a day picked in it is written the app's way.
    const pick = dialog.getByRole('button', {
      name: lang === 'fr' ? 'Choisir dans le calendrier' : 'Pick from the calendar',
    });
    expect((await pick.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await pick.click();
    await dialog.locator('input[type="date"]').evaluate((picker: HTMLInputElement) => {
      picker.value = '2026-11-24';
      picker.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await field.inputValue()).toBe('24/11/2026');
    expect(await words()).toMatch(dayInWords('2026-11-24', lang));
    // Typed day first and saved: the server holds the fifth of December, not the twelfth of May
    // (the fourth of November, not the eleventh of April, when the note's yesterday was the fifth
    // of December: a run on 6 December timed out waiting for a change that was none).
    const [typedDay, day] =
      saved.date === '2026-12-05' ? ['04/11/2026', '2026-11-04'] : ['05/12/2026', '2026-12-05'];
    await field.fill(typedDay);
    await dialog.getByRole('button', { name: w.save, exact: true }).click();
    expect((await serverExpense(e2e.stack, (e) => e.id === saved.id && e.date !== saved.date)).date).toBe(
      day,
    );
    await context.close();
  });
});

/** Opens the expense's dialog, reads its fields, and closes it. */
async function dialogOf(page: Page, e: Expense, lang: Lang) {
  const dialog = page.getByRole('dialog', { name: WORDS[lang].editTitle });
  await rowOf(page, e.id).click();
  const fields = await dialogFields(dialog, lang);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return fields;
}

describe.each(LANGS)('confirming (%s)', (lang) => {
  it('accepts an expense saved unchanged from "Corriger", and changes nothing else', async () => {
    const { context, app, page } = await openApp(lang);
    const w = WORDS[lang];
    await page.getByRole('button', { name: w.settings }).click();
    const settings = page.getByRole('dialog', { name: w.settings });
    await settings
      .getByRole('checkbox', { name: lang === 'fr' ? /Confirmer avant/ : /Confirm before/ })
      .check();
    await settings.getByRole('button', { name: w.close }).click();
    const said = lang === 'fr' ? '17 € de fleurs pour Léa' : '17 euros flowers for Lea';
    await typeExpense(app, said);
    const held = await serverExpense(e2e.stack, (e) => e.transcript === said);
    expect([held.status, held.reviewReason]).toEqual(['needs_review', 'awaiting_confirmation']);
    const card = page.locator(`[data-expense-id="${held.id}"] .confirm-card`);
    await card.getByRole('button', { name: lang === 'fr' ? 'Corriger' : 'Fix' }).click();
    const dialog = page.getByRole('dialog', { name: w.editTitle });
    expect(await dialogFields(dialog, lang)).toEqual(shownFields(held, lang));
    await dialog.getByRole('button', { name: w.save, exact: true }).click();
    const accepted = await serverExpense(e2e.stack, (e) => e.id === held.id && e.status === 'saved');
    expect(fieldsOf(accepted)).toEqual({ ...fieldsOf(held), status: 'saved' });
    expect(accepted.reviewReason).toBeNull();
    await card.waitFor({ state: 'detached' });
    await context.close();
  });
});

describe.each(LANGS)('words with no amount (%s)', (lang) => {
  it('keeps "taxi hier" to complete; completed, it is saved on the day said, nothing else moved', async () => {
    const { context, app, page } = await openApp(lang);
    const w = WORDS[lang];
    const said = lang === 'fr' ? 'taxi hier' : 'taxi yesterday';
    await typeExpense(app, said);
    const kept = await serverExpense(e2e.stack, (e) => e.transcript === said);
    expect(fieldsOf(kept)).toEqual({
      amount: null,
      // The first run's currency: the phone locale's (fr-FR, en-GB).
      currency: lang === 'fr' ? 'EUR' : 'GBP',
      category: 'transport',
      description: 'Taxi',
      date: parisDay(1),
      status: 'needs_review',
    });
    // Under "À vérifier", with what was understood and what is missing.
    const review = page.locator('.review');
    await review.getByText(lang === 'fr' ? 'Montant à ajouter' : 'Amount to add', { exact: false }).waitFor();
    await rowOf(page, kept.id).click();
    const dialog = page.getByRole('dialog', { name: w.completeTitle });
    expect(await dialogFields(dialog, lang)).toEqual(shownFields(kept, lang));
    // The amount is what is asked for: the focus is there.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
      'amount',
    );
    await page.keyboard.type(lang === 'fr' ? '23,50' : '23.50');
    await dialog.getByRole('button', { name: w.save, exact: true }).click();
    const done = await serverExpense(e2e.stack, (e) => e.id === kept.id && e.amount === '23.50');
    expect(fieldsOf(done)).toEqual({ ...fieldsOf(kept), amount: '23.50', status: 'saved' });
    await expect.poll(() => review.locator(`[data-expense-id="${kept.id}"]`).count()).toBe(0);
    await context.close();
  });
});

describe('the typed entry', () => {
  it('warns in its preview that 12 000 € will wait for review; the row says why, with « Accepter »', async () => {
    const { context, app, page } = await openApp('fr');
    const said = '12 000 € de télé';
    await app.typedInput.fill(said);
    await expect
      .poll(() => page.locator('.preview').textContent(), { timeout: 20_000 })
      .toMatch(/À vérifier\s:\smontant inhabituellement élevé/);
    await app.typedInput.press('Enter');
    const kept = await serverExpense(e2e.stack, (e) => e.transcript === said);
    expect([kept.amount, kept.status, kept.reviewReason]).toEqual([
      '12000.00',
      'needs_review',
      'implausible_amount',
    ]);
    const row = page.locator(`.review [data-expense-id="${kept.id}"]`);
    await row.getByText(/À vérifier\s:\smontant inhabituellement élevé/).waitFor({ timeout: 20_000 });
    await row.getByRole('button', { name: /^Accepter/ }).click();
    const accepted = await serverExpense(e2e.stack, (e) => e.id === kept.id && e.status === 'saved');
    expect(accepted.amount).toBe('12000.00');
    await context.close();
  });

  it.each(LANGS)(
    'saves what its preview said, and leaves the other expenses as they were (%s)',
    async (lang) => {
      const { context, app, page } = await openApp(lang);
      const others = (await e2e.stack.expenses()).map(fieldsOf);
      const said = lang === 'fr' ? '8,40 € de pain chez Paul' : '8.40 euros bread at Paul';
      await app.typedInput.fill(said);
      const preview = page.locator('.preview');
      await expect
        .poll(() => preview.textContent())
        .toMatch(lang === 'fr' ? /8,40\s€ · Courses · Pain/ : /€8\.40 · Groceries · Bread/);
      await page.getByRole('button', { name: WORDS[lang].add, exact: true }).click();
      const saved = await serverExpense(e2e.stack, (e) => e.transcript === said);
      expect([saved.amount, saved.category, saved.currency]).toEqual(['8.40', 'groceries', 'EUR']);
      expect(await app.typedInput.inputValue()).toBe('');
      const now = (await e2e.stack.expenses()).filter((e) => e.id !== saved.id).map(fieldsOf);
      expect(now).toEqual(expect.arrayContaining(others));
      await context.close();
    },
  );
});
