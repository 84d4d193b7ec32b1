/**
 * Bank statements on a phone (issue 26), as deployed: a CAMT.053 picked in « Relevé bancaire », a
 * CSV whose columns the person names in the mapping form, « Rapproché à N % » in the month, and
 * the « Rapprochement » view's answers (ignore, correct the category, add), each undone — asserting
 * what must not move too: an ignore leaves the month's total and the expenses as they were, an
 * undo puts back both the total and the suggestion. Then the same month in English, dark.
 * The statement's month is the previous one, whatever day the test runs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { textNote } from '../support/edge-app.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { parisMonth } from './support/paris-time.ts';

const e2e = useBrowserAndStack({ microphone: false });
const PHONE = { width: 390, height: 844 };

// The month before this one in Paris, where the phone's « Mois précédent » is counted from.
const MONTH = parisMonth(1);
const day = (d: number) => `${MONTH}-${String(d).padStart(2, '0')}`;
const CAMT = readFileSync(
  fileURLToPath(new URL('../fixtures/statements/camt053-v02-month.template.xml', import.meta.url)),
  'utf8',
).replaceAll('__MONTH__', MONTH);
// Columns no bank uses: the import asks which is which.
const [y, m] = MONTH.split('-');
const CSV = `Quand,Quoi,Combien,Monnaie\n10/${m}/${y},Boulangerie Paul,-7.00,EUR\n`;

const reconciliation = async () =>
  (await (await e2e.stack.api.reconciliation.$get({ query: { month: MONTH } })).json()).suggestions.map(
    (s) => s.merchant,
  );

/** The phone's month view, on the statement's month. */
async function openMonth(page: Page, lang: 'fr' | 'en') {
  const app = new CapturePage(page, lang);
  await app.open(e2e.stack.url);
  await page.getByRole('button', { name: lang === 'fr' ? 'Mois' : 'Month' }).click();
  await page.getByRole('button', { name: lang === 'fr' ? 'Mois précédent' : 'Previous month' }).click();
}

it('imports a CAMT and a mapped CSV, then adds, corrects and ignores what the bank saw, each undone', async () => {
  // What was said that month: a lunch and Netflix the bank saw, bread it saw on the card's CSV.
  for (const [text, d] of [
    ['12,50 € au Petit Zinc', 24],
    ['Netflix 9,99 €', 12],
    ['7 € de pain', 10],
  ] as const)
    await e2e.stack.api.text.$post({ json: textNote(text, { recordedAt: `${day(d)}T12:00:00+01:00` }) });
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const page = await context.newPage();
  const read = page.waitForResponse((r) => r.url().includes(`/api/reconciliation?month=${MONTH}`));
  await openMonth(page, 'fr');
  const bank = page.getByRole('region', { name: 'Rapprochement' });
  const amount = page.locator('.totals li', { hasText: 'Total EUR' }).locator('.total-amount');
  const total = async () => (await amount.textContent())?.replace(/\s/gu, ' ');
  // Before any statement, the month says nothing of a bank (once its answer has been drawn).
  await expect.poll(total).toBe('29,49 €');
  await read;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await bank.count()).toBe(0);

  await page.getByLabel('Importer un relevé').setInputFiles({
    name: 'releve.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(CAMT),
  });
  const data = page.getByRole('region', { name: 'Relevé bancaire' });
  await expect
    .poll(() => data.getByRole('status').textContent(), { timeout: 20_000 })
    .toBe('6\u00a0lignes lues\u00a0: 2\u00a0rapprochées, 2\u00a0à ajouter.');
  // Lunch and Netflix confirmed; the bread (10th) is past the statement's reach: not seen.
  await expect.poll(() => bank.textContent()).toContain('Rapproché à 66\u202f%');

  await data.getByLabel('Compte (facultatif)').fill('Carte');
  await page.getByLabel('Importer un relevé').setInputFiles({
    name: 'carte.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  const mapping = page.getByRole('form', { name: 'Quelles colonnes lire\u00a0?' });
  await expect.poll(() => mapping.getByLabel('Montant').inputValue(), { timeout: 20_000 }).toBe('Combien');
  expect(await mapping.getByLabel(/^Date/).inputValue()).toBe('Quand');
  expect(await mapping.getByLabel('Libellé').inputValue()).toBe('Quoi');
  // « Monnaie » is guessed as the currency column: no one has to pick it.
  expect(await mapping.getByLabel('Devise (facultatif)').inputValue()).toBe('Monnaie');
  await mapping.getByRole('button', { name: 'Importer avec ces colonnes' }).click();
  await expect
    .poll(() => data.getByRole('status').textContent(), { timeout: 20_000 })
    .toBe('1\u00a0ligne lue\u00a0: 1\u00a0rapprochée, 0\u00a0à ajouter.');
  expect(await mapping.count()).toBe(0);
  await expect.poll(() => bank.textContent()).toContain('Rapproché à 100\u202f%');

  await bank.getByRole('button', { name: 'Voir le détail' }).click();
  await expect.poll(() => bank.textContent()).toContain('3\u00a0confirmées par la banque · 2\u00a0à ajouter');
  const { violations } = await new AxeBuilder({ page })
    .include('.reconciliation')
    .include('.statement')
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  const status = bank.getByRole('status');
  const undo = bank.getByRole('button', { name: 'Annuler' });

  // Ignore Carrefour: gone from the list, nothing else moves; undone, it is back.
  await bank.getByRole('button', { name: 'Ignorer\u00a0: Carrefour' }).click();
  await expect.poll(() => status.textContent()).toContain('Ignorée\u00a0: Carrefour');
  await expect.poll(reconciliation).toEqual(['Free Mobile']);
  expect(await bank.getByRole('button', { name: 'Ignorer\u00a0: Carrefour' }).count()).toBe(0);
  expect(await total()).toBe('29,49 €');
  expect(await e2e.stack.expenses()).toHaveLength(3);
  await undo.click();
  await expect.poll(reconciliation).toEqual(['Free Mobile', 'Carrefour']);
  await bank.getByRole('button', { name: 'Ignorer\u00a0: Carrefour' }).waitFor();
  expect(await total()).toBe('29,49 €');

  // Correct Free Mobile's category and add it: the total grows; undone, it is as before.
  await bank.getByRole('button', { name: 'Corriger\u00a0: Free Mobile' }).click();
  const form = bank.locator('form.correct');
  expect(await form.getByLabel('Catégorie').inputValue()).toBe('utilities');
  expect(await form.getByLabel('Description').inputValue()).toBe('Free Mobile');
  await form.getByLabel('Catégorie').selectOption({ label: 'Shopping' });
  await form.getByRole('button', { name: 'Ajouter' }).click();
  await expect.poll(() => status.textContent()).toContain('Ajoutée\u00a0: Free Mobile');
  await expect.poll(total, { timeout: 20_000 }).toBe('49,48 €');
  const added = (await e2e.stack.expenses()).find((e) => e.source === 'bank');
  expect(added).toMatchObject({
    amount: '19.99',
    category: 'shopping',
    description: 'Free Mobile',
    date: day(5),
  });
  expect(await reconciliation()).toEqual(['Carrefour']);
  await undo.click();
  await expect.poll(total, { timeout: 20_000 }).toBe('29,49 €');
  await expect.poll(reconciliation).toEqual(['Free Mobile', 'Carrefour']);
  expect((await e2e.stack.expenses()).map((e) => e.source)).not.toContain('bank');
  await bank.getByRole('button', { name: 'Ajouter\u00a0: Free Mobile' }).waitFor();

  // Add Carrefour as suggested.
  await bank.getByRole('button', { name: 'Ajouter\u00a0: Carrefour' }).click();
  await expect.poll(total, { timeout: 20_000 }).toBe('71,59 €');
  expect((await e2e.stack.expenses()).find((e) => e.source === 'bank')).toMatchObject({
    amount: '42.10',
    category: 'groceries',
    bankLineId: expect.any(String),
  });
  await expect.poll(reconciliation).toEqual(['Free Mobile']);
  await context.close();
});

it('says the month in English, dark', async () => {
  const context = await e2e.newContext({ viewport: PHONE, microphone: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMonth(page, 'en');
  const bank = page.getByRole('region', { name: 'Reconciliation' });
  await expect.poll(() => bank.textContent(), { timeout: 20_000 }).toContain('100% reconciled');
  await bank.getByRole('button', { name: 'Show details' }).click();
  await expect.poll(() => bank.textContent()).toContain('4 confirmed by the bank · 1 to add');
  await bank.getByRole('button', { name: 'Add: Free Mobile' }).waitFor();
  await context.close();
});
