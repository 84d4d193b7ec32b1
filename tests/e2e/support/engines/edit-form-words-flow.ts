/**
 * The edit form's own words in an engine other than Chromium (edit-form-words.test.ts and
 * refused-changes.test.ts hold them there; web/src/expenses/edit-dialog.tsx): an amount left
 * empty, a currency of two letters and a day the server would not take are each said in the app's
 * words in the dialog's alert, the field focused and marked invalid for a screen reader, never
 * left to the engine's own bubble (the form is noValidate: without it, Firefox and WebKit stop the
 * submit at the first field and show theirs). Once the fields pass, the change is saved.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const SAY = {
  fr: {
    currency: 'Devise',
    description: 'Description',
    coffee: 'Café',
    fixed: 'Café au comptoir',
    invalidAmount: 'Montant invalide : par exemple 12,50',
    invalidCurrency: 'Devise invalide : trois lettres, par exemple EUR',
    invalidDate: 'Date invalide : un jour entre 1970 et 2999, par exemple aujourd’hui',
  },
  en: {
    currency: 'Currency',
    description: 'Description',
    coffee: 'Coffee',
    fixed: 'Coffee at the counter',
    invalidAmount: 'Invalid amount: for example 12.50',
    invalidCurrency: 'Invalid currency: three letters, for example EUR',
    invalidDate: 'Invalid date: a day between 1970 and 2999, for example today',
  },
} as const;

/** What the open edit dialog says and marks: its alerts, the focused field, the fields marked invalid. */
interface FormSays {
  alerts: string[];
  focused: string | null;
  invalid: { name: string; message: string | null }[];
}

/** Sent as source: the open dialog's alerts (spaces made plain), focus and invalid fields. */
function readForm(): FormSays {
  const dialog = document.querySelector('dialog[open]');
  const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  return {
    alerts: [...(dialog?.querySelectorAll('[role="alert"]') ?? [])].map((a) => plain(a.textContent)),
    focused: document.activeElement?.getAttribute('name') ?? null,
    invalid: [...(dialog?.querySelectorAll('[aria-invalid="true"]') ?? [])].map((f) => ({
      name: f.getAttribute('name') ?? '',
      message: f.getAttribute('aria-errormessage'),
    })),
  };
}

/**
 * Sent as source: the open dialog's date field set to `day` as one `input` (then `change`), as a
 * paste is: the field is text in the app's order (day-field.tsx) and takes an ISO day too, and
 * keys sent over BiDi or WebDriver would type it each their own way.
 */
function pickDay(day: string): boolean {
  const field = document.querySelector<HTMLInputElement>('dialog[open] input[name="date"]');
  if (!field) return false;
  field.focus();
  field.value = day;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === day;
}

/** Registers the step on a phone of describeCoreFlows, on the coffee it typed and fixed. */
export function itSaysTheEditFormsFieldsInItsOwnWords(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('says an empty amount, a two-letter currency and a day out of range in its own words, then saves once they pass', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const coffee = (await stack.expenses()).find((e) => e.description.startsWith(say.coffee));
    if (!coffee?.amount) throw new Error('no coffee on the server');
    const typedAmount = lang === 'fr' ? coffee.amount.replace('.', ',') : coffee.amount;
    const saysOnly = (message: string, field: string) =>
      waitFor(`"${message}" for ${field}`, async () => {
        const form = await tab.evaluate(readForm);
        return form.alerts.join() === message ? form : null;
      });
    const save = () => tab.click('button', app.say.save);

    await app.openRow(say.coffee);
    await tab.fill(app.say.amount, '');
    await save();
    expect(await saysOnly(say.invalidAmount, 'the amount')).toEqual({
      alerts: [say.invalidAmount],
      focused: 'amount',
      invalid: [{ name: 'amount', message: 'edit-error' }],
    });

    await tab.fill(app.say.amount, typedAmount);
    // Sent with the keyboard's Enter this time, as a phone's « OK » key sends a form.
    await tab.fill(say.currency, 'EU', { enter: true });
    // The amount fixed is no longer marked: only the field the message is about is.
    expect(await saysOnly(say.invalidCurrency, 'the currency')).toEqual({
      alerts: [say.invalidCurrency],
      focused: 'currency',
      invalid: [{ name: 'currency', message: 'edit-error' }],
    });

    await tab.fill(say.currency, 'EUR');
    expect(await tab.evaluate(pickDay, '1900-01-01')).toBe(true);
    await save();
    expect(await saysOnly(say.invalidDate, 'the date')).toEqual({
      alerts: [say.invalidDate],
      focused: 'date',
      invalid: [{ name: 'date', message: 'edit-error' }],
    });
    // Nothing was sent meanwhile.
    expect((await stack.expenses()).find((e) => e.id === coffee.id)).toEqual(coffee);

    expect(await tab.evaluate(pickDay, coffee.date)).toBe(true);
    await tab.fill(say.description, say.fixed);
    await save();
    await waitFor('the dialog closed', async () =>
      (await tab.evaluate(() => document.querySelector('dialog[open]') === null)) ? true : null,
    );
    await waitFor('the fixed description on the server', async () =>
      (await stack.expenses()).find((e) => e.id === coffee.id)?.description === say.fixed ? true : null,
    );
    // The fields the messages were about are as they were.
    expect((await stack.expenses()).find((e) => e.id === coffee.id)).toMatchObject({
      amount: coffee.amount,
      currency: 'EUR',
      date: coffee.date,
      category: coffee.category,
    });
  });
}
