/**
 * A household's bill whose payer and shares are changed after the fact, from its edit dialog on a
 * phone, as deployed (Caddy, pairing): Marie creates « Coloc » on her phone, Paul and Léa join by
 * invites (from their own paired devices), Marie types « 48 € au resto, on partage » (16,00 € each).
 * With no signal she says Paul paid it and Léa was not there: the row shows the new shares at
 * once, the change is sent when the signal is back, and « Qui doit quoi » follows. Then shares
 * typed by hand that do not add up are refused in words (« Il manque 8,00 € ») and saved once they
 * do. In English, dark: the payer changed back. The balances are read from the server each time.
 */

import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import {
  balancesOf,
  billOf,
  createHousehold,
  joinOnOwnDevice,
  openFoyer,
  readText,
  sees,
} from './support/households.ts';
import { shot } from './support/shots.ts';

const e2e = useBrowserAndStack({ microphone: false });
const PHONE = { width: 390, height: 844 };

let householdId = '';
/** Marie's phone: the English test goes on with it, its language switched. */
let marieContext: BrowserContext | undefined;
const balances = () => balancesOf(e2e.stack, householdId);
const theBill = () => billOf(e2e.stack, householdId);

/** Opens the 48 € bill's edit dialog from its row. */
async function openBill(page: Page, title: string) {
  await page
    .locator('.expense:not([data-unsent])')
    .filter({ hasText: /48[,.]00/ })
    .getByRole('button')
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

it('changes who paid and who bears a bill from its dialog, offline first, and the balances follow', async () => {
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  marieContext = context;
  const marie = new CapturePage(await context.newPage());
  await marie.open(e2e.stack.url);
  const created = await createHousehold(marie.page, 'Marie', 'Coloc');
  householdId = created.householdId;
  const paul = await joinOnOwnDevice(e2e.stack, created.code, 'Paul');
  const invite = await (await paul.households[':id'].invites.$post({ param: { id: householdId } })).json();
  await joinOnOwnDevice(e2e.stack, 'code' in invite ? invite.code : '', 'Léa');
  // The phone reads its household's members again when it opens.
  await marie.page.reload();
  await marie.recordButton.waitFor();
  await openFoyer(marie.page).then(async (d) => {
    await d.getByRole('list', { name: 'Membres' }).getByText('Léa').waitFor({ timeout: 20_000 });
    await d.getByRole('button', { name: 'Fermer' }).click();
  });

  await marie.page.getByRole('switch', { name: 'Partagé avec Coloc' }).check();
  await marie.typedInput.fill('48 € au resto, on partage');
  await marie.typedInput.press('Enter');
  await expect
    .poll(() => readText(marie.page, '.expense:not([data-unsent])'), { timeout: 20_000 })
    .toContain('partagé : toi 16,00 €, Paul 16,00 €, Léa 16,00 €');
  expect(await balances()).toEqual({ Marie: '32.00', Paul: '-16.00', Léa: '-16.00' });

  // No signal: Paul paid it, and Léa was not there.
  await context.setOffline(true);
  let dialog = await openBill(marie.page, 'Modifier la dépense');
  const shares = dialog.getByRole('group', { name: 'Qui a payé, qui doit quoi' });
  const payer = shares.getByRole('combobox', { name: 'Payé par' });
  expect(await payer.inputValue()).toBe((await theBill()).paidBy);
  expect(await shares.getByRole('radio', { name: 'À parts égales' }).isChecked()).toBe(true);
  for (const name of ['Marie (toi)', 'Paul', 'Léa'])
    expect(await shares.getByRole('checkbox', { name: `${name} participe` }).isChecked()).toBe(true);
  await payer.selectOption({ label: 'Paul' });
  // Keyboard: the tick is reached and changed as any other.
  await shares.getByRole('checkbox', { name: 'Léa participe' }).focus();
  await marie.page.keyboard.press('Space');
  expect((await shares.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s/gu, ' '))).toEqual([
    'Marie (toi)24,00 €',
    'Paul24,00 €',
    'Léa0,00 €',
  ]);
  expect(await shares.locator('.shares-sum').textContent()).toBe('Le compte est bon.');
  await shares.locator('.shares-sum').scrollIntoViewIfNeeded();
  await shot(marie.page, 'split-dialog-fr-light');
  const { violations } = await new AxeBuilder({ page: marie.page }).include('dialog.edit').analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  // Shown at once, not sent yet.
  await expect
    .poll(() => readText(marie.page, '.expense'))
    .toContain('partagé : toi 24,00 €, Paul 24,00 € · payé par Paul');
  expect(await balances()).toEqual({ Marie: '32.00', Paul: '-16.00', Léa: '-16.00' });
  await context.setOffline(false);
  await expect.poll(balances, { timeout: 20_000 }).toEqual({ Marie: '-24.00', Paul: '24.00', Léa: '0.00' });
  expect((await theBill()).split?.map((s) => s.cents)).toEqual([2400, 2400, 0]);
  await marie.page.getByRole('button', { name: 'Mois', exact: true }).click();
  await sees(marie.page, 'Tu dois 24,00 € à Paul').waitFor({ timeout: 20_000 });

  // Amounts typed by hand: refused in words until they add up.
  await marie.page.getByRole('button', { name: 'Saisie', exact: true }).click();
  dialog = await openBill(marie.page, 'Modifier la dépense');
  await dialog.getByRole('radio', { name: 'Montants' }).check();
  await dialog.getByRole('textbox', { name: 'Part de Marie (toi)' }).fill('30');
  await dialog.getByRole('textbox', { name: 'Part de Paul' }).fill('10');
  await dialog.getByRole('textbox', { name: 'Part de Léa' }).fill('0');
  await sees(marie.page, 'Il manque 8,00 € pour faire le total.').waitFor();
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await dialog.getByRole('alert').filter({ hasText: 'Il manque 8,00 € pour faire le total.' }).waitFor();
  expect(await balances()).toEqual({ Marie: '-24.00', Paul: '24.00', Léa: '0.00' });
  await dialog.getByRole('textbox', { name: 'Part de Léa' }).fill('8');
  await sees(marie.page, 'Le compte est bon.').waitFor();
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect.poll(balances, { timeout: 20_000 }).toEqual({ Marie: '-30.00', Paul: '38.00', Léa: '-8.00' });
  const bill = await theBill();
  expect([bill.amount, bill.split?.map((s) => s.cents), bill.provenance?.split?.from]).toEqual([
    '48.00',
    [3000, 1000, 800],
    'person',
  ]);
});

it('shows and changes the payer in English, dark', async () => {
  const context = marieContext;
  const page = context?.pages()[0];
  if (!context || !page) throw new Error('no phone');
  await page.evaluate(() => localStorage.setItem('voicetrack.lang', 'en'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  const app = new CapturePage(page, 'en');
  await app.recordButton.waitFor();
  const dialog = await openBill(page, 'Edit expense');
  const shares = dialog.getByRole('group', { name: 'Who paid, who owes what' });
  expect(await shares.getByRole('radio', { name: 'Amounts' }).isChecked()).toBe(true);
  expect(await shares.getByRole('textbox', { name: 'Léa’s share' }).inputValue()).toBe('8.00');
  expect(await shares.locator('.shares-sum').textContent()).toBe('The shares add up.');
  await shares.getByRole('combobox', { name: 'Paid by' }).selectOption({ label: 'Marie (you)' });
  await shares.locator('.shares-sum').scrollIntoViewIfNeeded();
  await shot(page, 'split-dialog-en-dark');
  const dark = await new AxeBuilder({ page }).include('dialog.edit').analyze();
  expect(
    dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(balances, { timeout: 20_000 }).toEqual({ Marie: '18.00', Paul: '-10.00', Léa: '-8.00' });
  await context.close();
});
