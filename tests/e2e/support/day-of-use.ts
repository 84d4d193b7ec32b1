/**
 * What the "day of real use" tests share: words in both languages, typing an expense, reading the
 * server's copy of one, the edit dialog's fields as the page shows them, and IndexedDB counts.
 */
import type { Expense } from '@voicetrack/shared';
import { CATEGORY_LABELS } from '@voicetrack/shared';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CapturePage, Stack } from './harness.ts';

export type Lang = 'fr' | 'en';

/** The words the tests look for, as a person reads them. */
export const WORDS = {
  fr: {
    locale: 'fr-FR',
    add: 'Ajouter',
    save: 'Enregistrer',
    edit: 'Modifier',
    undo: 'Annuler',
    settings: 'Réglages',
    close: 'Fermer',
    amount: 'Montant',
    currency: 'Devise',
    category: 'Catégorie',
    description: 'Description',
    date: 'Date',
    editTitle: 'Modifier la dépense',
    completeTitle: 'Compléter la dépense',
    actions: /^Actions\s:\s/,
  },
  en: {
    locale: 'en-GB',
    add: 'Add',
    save: 'Save',
    edit: 'Edit',
    undo: 'Undo',
    settings: 'Settings',
    close: 'Close',
    amount: 'Amount',
    currency: 'Currency',
    category: 'Category',
    description: 'Description',
    date: 'Date',
    editTitle: 'Edit expense',
    completeTitle: 'Complete the expense',
    actions: /^Actions:\s/,
  },
} as const;

export const LANGS: Lang[] = ['fr', 'en'];

export async function typeExpense(app: CapturePage, text: string): Promise<void> {
  await app.typedInput.fill(text);
  await app.page.getByRole('button', { name: WORDS[app.lang].add, exact: true }).click();
}

/** The server's copy of the one expense that `match` finds, once it is there. */
export async function serverExpense(stack: Stack, match: (e: Expense) => boolean): Promise<Expense> {
  let found: Expense | undefined;
  await expect
    .poll(
      async () => {
        found = (await stack.expenses()).find(match);
        return found !== undefined;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return found as Expense;
}

/** What a person can change of an expense, and whether it still waits for review. */
export const fieldsOf = (e: Expense) => ({
  amount: e.amount,
  currency: e.currency,
  category: e.category,
  description: e.description,
  date: e.date,
  status: e.status,
});

/** The row of an expense (its button opens the dialog). */
export const rowOf = (page: Page, id: string): Locator =>
  page.locator(`[data-expense-id="${id}"]`).locator('.expense-button');

/** The edit dialog's fields as the page shows them: the category as its key, the amount as typed. */
export async function dialogFields(dialog: Locator, lang: Lang) {
  const w = WORDS[lang];
  return {
    amount: await dialog.getByLabel(w.amount).inputValue(),
    currency: await dialog.getByLabel(w.currency).inputValue(),
    category: await dialog.getByLabel(w.category).inputValue(),
    categoryShown: await dialog
      .getByLabel(w.category)
      .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? ''),
    description: await dialog.getByLabel(w.description).inputValue(),
    date: await dialog.getByLabel(w.date).inputValue(),
  };
}

/** What the dialog should show for an expense, in the person's language. */
export const shownFields = (e: Expense, lang: Lang) => ({
  amount: e.amount === null ? '' : lang === 'fr' ? e.amount.replace('.', ',') : e.amount,
  currency: e.currency,
  category: e.category,
  categoryShown: CATEGORY_LABELS[lang][e.category],
  description: e.description,
  // Day first in both languages (French, and the app's British English), whatever the browser's.
  date: e.date.split('-').reverse().join('/'),
});

/** How many records of a store the app's IndexedDB holds for one note. */
export const countForNote = (page: Page, store: 'notes' | 'chunks', noteId: string) =>
  page.evaluate(
    async ([name, id]) => {
      const req = indexedDB.open('voicetrack');
      const db: IDBDatabase = await new Promise((r) => {
        req.onsuccess = () => r(req.result);
      });
      const all: { id?: string; noteId?: string }[] = await new Promise((r) => {
        const q = db
          .transaction(name as string)
          .objectStore(name as string)
          .getAll();
        q.onsuccess = () => r(q.result);
      });
      db.close();
      return all.filter((x) => (x.noteId ?? x.id) === id).length;
    },
    [store, noteId],
  );
