/**
 * A bank line two expenses fit, as deployed on a phone: the « Rapprochement » view asks which one
 * it is (« Correspond à l’une de vos dépenses », « Est-ce cette dépense ? » when one is left), the person picks one, the month reads « Rapproché
 * à N % » accordingly and the other expense stays unpaired; undone, the line asks again, about the
 * lunch alone (the dinner is kept apart from it, never paired with it by the matcher). Then the
 * same question in English, dark; « 40 € au resto » paired with the bank's 44,00 € (the tip), the
 * page saying what will change before it does, and undone, in French and in English (dark); lines
 * booked on the 2nd and 3rd of a month paired with the expenses said a week before, in the month
 * before (offered under the line whatever month is shown; each month counting its own), in French
 * and in English (dark, at the bank's amount); and a US bank's CSV whose mapping form guesses
 * « mois/jour/année » from a 13th day (04/13/2026). The first statement's month is the previous
 * one, the tip's the one before, the late card payments' three months back.
 */

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { textNote } from '../support/edge-app.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { parisMonth } from './support/paris-time.ts';
import { shot } from './support/shots.ts';

const e2e = useBrowserAndStack({ microphone: false });
const PHONE = { width: 390, height: 844 };

// The month before this one in Paris, where the phone's « Mois précédent » is counted from.
const MONTH = parisMonth(1);
const day = (d: number) => `${MONTH}-${String(d).padStart(2, '0')}`;
const [y, m] = MONTH.split('-');
// A lunch of 23,40 € the label cannot tell from a dinner of 23,40 €; bread the bank saw alone.
const CSV = [
  'Date;Libellé;Montant;Devise',
  `12/${m}/${y};CB LE COMPTOIR 11/${m};-23,40;EUR`,
  `25/${m}/${y};CB MONOP 24/${m};-5,60;EUR`,
  '',
].join('\n');

const paired = async () =>
  Object.fromEntries(
    (await e2e.stack.expenses()).map((e) => [e.description, e.bankLineId === null ? 'open' : 'paired']),
  );

/** The phone's month view, on the statement's month (`back` months before this one). */
async function openMonth(page: Page, lang: 'fr' | 'en', back = 1) {
  const app = new CapturePage(page, lang);
  await app.open(e2e.stack.url);
  await page.getByRole('button', { name: lang === 'fr' ? 'Mois' : 'Month' }).click();
  for (let i = 0; i < back; i++)
    await page.getByRole('button', { name: lang === 'fr' ? 'Mois précédent' : 'Previous month' }).click();
}

it('pairs a line two expenses fit with the one the person picks, and undoes it', async () => {
  for (const [text, d] of [
    ['23,40 € déjeuner avec Paul', 10],
    ['23,40 € dîner avec Léa', 11],
    ['5,60 € de courses', 24],
  ] as const)
    await e2e.stack.api.text.$post({ json: textNote(text, { recordedAt: `${day(d)}T12:00:00+01:00` }) });
  const said = await e2e.stack.expenses();
  const lunch = said.find((e) => e.date === day(10))?.description ?? '';
  const dinner = said.find((e) => e.date === day(11))?.description ?? '';
  const bread = said.find((e) => e.date === day(24))?.description ?? '';
  expect([lunch, dinner, bread].every((d) => d !== '')).toBe(true);

  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const page = await context.newPage();
  await openMonth(page, 'fr');
  await page.getByLabel('Importer un relevé').setInputFiles({
    name: 'releve.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  const data = page.getByRole('region', { name: 'Relevé bancaire' });
  await expect
    .poll(() => data.getByRole('status').textContent(), { timeout: 20_000 })
    .toBe('2\u00a0lignes lues\u00a0: 1\u00a0rapprochée, 1\u00a0à ajouter.');
  const bank = page.getByRole('region', { name: 'Rapprochement' });
  // The bread is confirmed; the two meals are past the statement's reach and not confirmed yet.
  await expect.poll(() => bank.textContent()).toContain('Rapproché à 33\u202f%');
  await bank.getByRole('button', { name: 'Voir le détail' }).click();
  await expect.poll(() => bank.textContent()).toContain('Correspond à l’une de vos dépenses\u00a0:');
  const choices = bank.getByRole('list', { name: 'Correspond à l’une de vos dépenses\u00a0:' });
  const rows = async () =>
    (await choices.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s/gu, ' '));
  expect(await rows()).toEqual([
    expect.stringMatching(new RegExp(`23,40 € · ${lunch} · Restaurant.*C’est celle-ci$`, 'u')),
    expect.stringMatching(new RegExp(`23,40 € · ${dinner} · Restaurant.*C’est celle-ci$`, 'u')),
  ]);
  const [suggestion] = (await (await e2e.stack.api.reconciliation.$get({ query: { month: MONTH } })).json())
    .suggestions;
  const merchant = suggestion?.merchant ?? '';
  await bank.getByRole('button', { name: `Ajouter quand même\u00a0: ${merchant}` }).waitFor();
  await bank.getByRole('button', { name: `Ignorer\u00a0: ${merchant}` }).waitFor();
  await bank.scrollIntoViewIfNeeded();

  const { violations } = await new AxeBuilder({ page }).include('.reconciliation').analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // The dinner it is: the month counts it, the lunch stays open, nothing is added.
  await choices
    // Accessible names come with their no-break spaces as spaces.
    .getByRole('button', { name: new RegExp(`^C’est celle-ci : ${dinner}, `, 'u') })
    .click();
  await expect.poll(() => bank.getByRole('status').textContent()).toContain(`Rapprochée\u00a0: ${dinner}`);
  await expect.poll(() => bank.textContent()).toContain('Rapproché à 66\u202f%');
  expect(await paired()).toEqual({
    [lunch]: 'open',
    [dinner]: 'paired',
    [bread]: 'paired',
  });
  expect(await e2e.stack.expenses()).toHaveLength(3);
  expect(await choices.count()).toBe(0);
  await expect.poll(() => bank.textContent()).toContain('2\u00a0confirmées par la banque');
  expect(await bank.textContent()).not.toContain('0\u00a0à ajouter');

  // Undone: both meals are open, the percent is as before, and the line asks again about the lunch
  // alone: the dinner is kept apart from it (offered still under « C’est une dépense déjà dite »).
  await bank.getByRole('button', { name: 'Annuler' }).click();
  await expect.poll(() => bank.textContent()).toContain('Rapproché à 33\u202f%');
  // One expense left to offer: asked about alone, not as « l’une de vos dépenses ».
  const alone = bank.getByRole('list', { name: 'Est-ce cette dépense\u00a0?' });
  await expect
    .poll(async () =>
      (await alone.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s/gu, ' ')),
    )
    .toEqual([expect.stringContaining(lunch)]);
  expect(await choices.count()).toBe(0);
  expect(await paired()).toEqual({
    [lunch]: 'open',
    [dinner]: 'open',
    [bread]: 'paired',
  });
  expect(await e2e.stack.expenses()).toHaveLength(3);
  await context.close();
});

it('asks the same in English, dark', async () => {
  const context = await e2e.newContext({ viewport: PHONE, microphone: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMonth(page, 'en');
  const bank = page.getByRole('region', { name: 'Reconciliation' });
  await expect.poll(() => bank.textContent(), { timeout: 20_000 }).toContain('33% reconciled');
  await bank.getByRole('button', { name: 'Show details' }).click();
  // The lunch alone is left to offer (the French test kept the dinner apart from this line).
  const choices = bank.getByRole('list', { name: 'Is it this expense?' });
  await expect.poll(() => choices.getByRole('button', { name: /^This one: / }).count()).toBe(1);
  await bank.getByRole('button', { name: /^Add anyway: / }).waitFor();
  await context.close();
});

// The tip: « 40 € au resto » said on the 18th, the bank's 44,00 € on the 20th, two months back.
const TIP_MONTH = parisMonth(2);
const [ty, tm] = TIP_MONTH.split('-');
const TIP_CSV = ['Date;Libellé;Montant;Devise', `20/${tm}/${ty};CB LE BISTROT 19/${tm};-44,00;EUR`, ''].join(
  '\n',
);

/** The resto as the API has it, but for its updatedAt. */
async function resto() {
  const found = (await e2e.stack.expenses()).find((e) => e.date === `${TIP_MONTH}-18`);
  if (!found) throw new Error('no resto');
  const { updatedAt: _, ...rest } = found;
  return rest;
}

it('pairs « 40 € au resto » with the bank’s 44,00 €, saying so first, and gives the 40 € back on undo', async () => {
  await e2e.stack.api.text.$post({
    json: textNote('40 € au resto', { recordedAt: `${TIP_MONTH}-18T21:00:00+01:00` }),
  });
  const said = await resto();
  expect([said.amount, said.provenance?.amount]).toEqual(['40.00', { from: 'heard' }]);
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const page = await context.newPage();
  await openMonth(page, 'fr', 2);
  await page.getByLabel('Importer un relevé').setInputFiles({
    name: 'bistrot.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(TIP_CSV),
  });
  const data = page.getByRole('region', { name: 'Relevé bancaire' });
  await expect
    .poll(() => data.getByRole('status').textContent(), { timeout: 20_000 })
    .toBe('1\u00a0ligne lue\u00a0: 0\u00a0rapprochée, 1\u00a0à ajouter.');
  const bank = page.getByRole('region', { name: 'Rapprochement' });
  await bank.getByRole('button', { name: 'Voir le détail' }).click();
  await bank.getByRole('button', { name: 'C’est une dépense déjà dite' }).click();
  const list = bank.getByRole('list', { name: 'Vos dépenses de ces jours-là' });
  await list.waitFor();
  await bank.scrollIntoViewIfNeeded();
  await shot(page, 'said-fr-light');
  await list
    .getByRole('button', { name: new RegExp(`^C’est celle-ci : ${said.description}, `, 'u') })
    .click();
  // Said before it is done: nothing changed yet.
  const retold = bank.getByRole('group', {
    name: 'Dit 40,00\u00a0€, la banque 44,00\u00a0€\u00a0: le montant de la banque sera gardé',
  });
  await retold.waitFor();
  expect(await resto()).toEqual(said);
  // The line's other answers wait for this one.
  expect(await bank.getByRole('button', { name: /^Ajouter\s:\s/u }).count()).toBe(0);
  await bank.scrollIntoViewIfNeeded();
  await shot(page, 'retold-fr-light');
  const { violations } = await new AxeBuilder({ page }).include('.reconciliation').analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  await retold.getByRole('button', { name: 'Rapprocher' }).click();
  await expect
    .poll(() => bank.getByRole('status').textContent())
    .toContain(`Rapprochée\u00a0: ${said.description}, à 44,00\u00a0€`);
  const { amount, provenance, bankLineId, ...others } = await resto();
  const { amount: _a, provenance: _p, bankLineId: _b, ...othersSaid } = said;
  expect([amount, provenance?.amount, bankLineId]).toEqual(['44.00', { from: 'bank' }, expect.any(String)]);
  // The amount alone: the day, the words, the category, the currency are as said.
  expect(others).toEqual(othersSaid);
  // The month counts the bank's amount now.
  const byCategory = page.getByRole('list', { name: 'Par catégorie' });
  await expect.poll(() => byCategory.textContent(), { timeout: 20_000 }).toContain('44,00');

  await bank.getByRole('button', { name: 'Annuler' }).click();
  await expect.poll(resto).toEqual(said);
  await expect.poll(() => byCategory.textContent(), { timeout: 20_000 }).toContain('40,00');
  await bank.getByRole('button', { name: 'C’est une dépense déjà dite' }).waitFor();
  await bank.getByRole('button', { name: /^Ajouter\s:\s/u }).waitFor();
  await context.close();
});

it('says the same in English, dark, and undoes it as well', async () => {
  const said = await resto();
  const context = await e2e.newContext({ viewport: PHONE, microphone: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMonth(page, 'en', 2);
  const bank = page.getByRole('region', { name: 'Reconciliation' });
  await bank.getByRole('button', { name: 'Show details' }).click({ timeout: 20_000 });
  await bank.getByRole('button', { name: 'It’s an expense I said' }).click();
  await bank
    .getByRole('list', { name: 'Your expenses of those days' })
    .getByRole('button', { name: new RegExp(`^This one: ${said.description}, `, 'u') })
    .click();
  const retold = bank.getByRole('group', {
    name: 'Said €40.00, the bank €44.00: the bank’s amount will be kept',
  });
  await retold.waitFor();
  await bank.scrollIntoViewIfNeeded();
  await shot(page, 'retold-en-dark');
  const dark = await new AxeBuilder({ page }).include('.reconciliation').analyze();
  expect(
    dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await retold.getByRole('button', { name: 'Match' }).click();
  await expect
    .poll(() => bank.getByRole('status').textContent())
    .toContain(`Matched: ${said.description}, at €44.00`);
  expect((await resto()).amount).toBe('44.00');
  // Among the month's confirmed expenses now, at the bank's amount.
  await bank.getByText('Confirmed by the bank (1)').click();
  const confirmed = bank.getByRole('list', { name: 'Expenses confirmed by the bank' });
  await expect.poll(() => confirmed.textContent()).toContain('€44.00');
  // The bank's line under the expense, on a line of its own: it wrapped as « · CB LE BISTROT 19/10, »
  // with a dot first at the start of the second line.
  const bankLine = confirmed.locator('.hint').first();
  expect((await bankLine.textContent())?.trim()).toMatch(/^CB LE BISTROT/u);
  const left = (l: typeof bankLine) => l.evaluate((e) => Math.round(e.getBoundingClientRect().left));
  expect(await left(bankLine)).toBe(await left(confirmed.getByRole('listitem').first()));
  // « 100% reconciled » above: not « Nothing to reconcile this month ».
  expect(await bank.textContent()).toContain('Everything is reconciled this month.');
  await shot(page, 'matched-en-dark');
  await bank.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(resto).toEqual(said);
  await context.close();
});

it('takes the matcher’s pairing apart for good from « Confirmées par la banque », and pairs it again by hand', async () => {
  const bread = (await e2e.stack.expenses()).find((e) => e.date === day(24))?.description ?? '';
  expect((await paired())[bread]).toBe('paired');
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const page = await context.newPage();
  await openMonth(page, 'fr');
  const bank = page.getByRole('region', { name: 'Rapprochement' });
  await bank.getByRole('button', { name: 'Voir le détail' }).click({ timeout: 20_000 });
  await bank.getByText('Confirmée par la banque (1)').click();
  const confirmed = bank.getByRole('list', { name: 'Dépenses confirmées par la banque' });
  await expect.poll(() => confirmed.textContent()).toContain('CB MONOP');
  await bank.scrollIntoViewIfNeeded();
  await shot(page, 'matched-fr-light');
  await confirmed.getByRole('button', { name: new RegExp(`^Dissocier : ${bread}, `, 'u') }).click();
  await expect.poll(() => bank.getByRole('status').textContent()).toContain(`Dissociée\u00a0: ${bread}`);
  // Read again, by the page and by another phone: still apart.
  await page.reload();
  await openMonth(page, 'fr');
  await bank.getByRole('button', { name: 'Voir le détail' }).click({ timeout: 20_000 });
  const monop = bank.getByRole('listitem').filter({ hasText: 'CB MONOP' });
  await monop.getByRole('button', { name: 'C’est une dépense déjà dite' }).waitFor();
  expect((await paired())[bread]).toBe('open');
  expect((await paired())[bread]).toBe('open');
  // The person pairs them again by hand: the same amount, nothing to confirm.
  await monop.getByRole('button', { name: 'C’est une dépense déjà dite' }).click();
  await monop.getByRole('button', { name: new RegExp(`^C’est celle-ci : ${bread}, `, 'u') }).click();
  await expect.poll(() => bank.getByRole('status').textContent()).toContain(`Rapprochée\u00a0: ${bread}`);
  expect((await paired())[bread]).toBe('paired');
  await context.close();
});

// A card payment booked in the month after it was made: lines booked on the 2nd and 3rd of
// LATE_MONTH, the expenses said a week before, in the month before it.
const LATE_MONTH = parisMonth(3);
const [ly, lm] = LATE_MONTH.split('-');
const daysBefore = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
const PHARMACY_DAY = daysBefore(`${LATE_MONTH}-02`, 8);
const TAXI_DAY = daysBefore(`${LATE_MONTH}-03`, 7);
const LATE_CSV = [
  'Date;Libellé;Montant;Devise',
  `02/${lm}/${ly};CB PHARMACIE DU PONT;-12,50;EUR`,
  `03/${lm}/${ly};CB TAXI G7;-30,00;EUR`,
  '',
].join('\n');

/** The expense said on that day, as the API has it. */
async function saidOn(date: string) {
  const found = (await e2e.stack.expenses()).find((e) => e.date === date);
  if (!found) throw new Error(`nothing said on ${date}`);
  return found;
}

it('pairs a line booked at the start of a month with the expense said the month before, each month counting its own', async () => {
  await e2e.stack.api.text.$post({
    json: textNote('12,50 € à la pharmacie', { recordedAt: `${PHARMACY_DAY}T18:00:00+01:00` }),
  });
  await e2e.stack.api.text.$post({
    json: textNote('28 € de taxi', { recordedAt: `${TAXI_DAY}T18:00:00+01:00` }),
  });
  const pharmacy = await saidOn(PHARMACY_DAY);
  expect(pharmacy.date.slice(0, 7)).not.toBe(LATE_MONTH);
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const page = await context.newPage();
  await openMonth(page, 'fr', 3);
  await page.getByLabel('Importer un relevé').setInputFiles({
    name: 'carte.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(LATE_CSV),
  });
  const data = page.getByRole('region', { name: 'Relevé bancaire' });
  await expect
    .poll(() => data.getByRole('status').textContent(), { timeout: 20_000 })
    .toBe('2\u00a0lignes lues\u00a0: 0\u00a0rapprochée, 2\u00a0à ajouter.');
  const bank = page.getByRole('region', { name: 'Rapprochement' });
  await bank.getByRole('button', { name: 'Voir le détail' }).click();
  const line = bank.getByRole('listitem').filter({ hasText: 'CB PHARMACIE DU PONT' });
  await line.getByRole('button', { name: 'C’est une dépense déjà dite' }).click();
  const list = line.getByRole('list', { name: 'Vos dépenses de ces jours-là' });
  // Said in the month before the one shown, offered all the same (the closest amount first).
  await expect
    .poll(async () => (await list.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s/gu, ' ')))
    .toEqual([
      expect.stringContaining(`12,50 € · ${pharmacy.description}`),
      expect.stringContaining('28,00 €'),
    ]);
  await bank.scrollIntoViewIfNeeded();
  await shot(page, 'late-fr-light');
  await list
    .getByRole('button', { name: new RegExp(`^C’est celle-ci : ${pharmacy.description}, `, 'u') })
    .click();
  await expect
    .poll(() => bank.getByRole('status').textContent())
    .toContain(`Rapprochée\u00a0: ${pharmacy.description}`);
  expect((await saidOn(PHARMACY_DAY)).bankLineId).toEqual(expect.any(String));
  // Undone: open again, and offered again.
  await bank.getByRole('button', { name: 'Annuler' }).click();
  await expect.poll(async () => (await saidOn(PHARMACY_DAY)).bankLineId).toBeNull();
  await line.getByRole('button', { name: 'C’est une dépense déjà dite' }).click();
  await list
    .getByRole('button', { name: new RegExp(`^C’est celle-ci : ${pharmacy.description}, `, 'u') })
    .click();
  await expect.poll(async () => (await saidOn(PHARMACY_DAY)).bankLineId).toEqual(expect.any(String));
  // The expense's own month confirms it; the line's month has nothing of it to count.
  const reconciliation = async (month: string) =>
    (await e2e.stack.api.reconciliation.$get({ query: { month } })).json();
  expect((await reconciliation(LATE_MONTH)).matched).toBe(0);
  expect((await reconciliation(pharmacy.date.slice(0, 7))).matched).toBe(1);
  await page.getByRole('button', { name: 'Mois précédent' }).click();
  // The pharmacy confirmed, the taxi not yet (the statement reaches past its days): 1 of 2.
  await expect.poll(() => bank.textContent(), { timeout: 20_000 }).toContain('Rapproché à 50\u202f%');
  const details = bank.getByRole('button', { name: 'Voir le détail' });
  if ((await details.count()) > 0) await details.click();
  await bank.getByText('Confirmée par la banque (1)').click();
  const confirmed = bank.getByRole('list', { name: 'Dépenses confirmées par la banque' });
  await expect.poll(() => confirmed.textContent()).toContain('CB PHARMACIE DU PONT');
  await context.close();
});

it('pairs the same across months in English, dark, the bank’s amount kept', async () => {
  const taxi = await saidOn(TAXI_DAY);
  const context = await e2e.newContext({ viewport: PHONE, microphone: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMonth(page, 'en', 3);
  const bank = page.getByRole('region', { name: 'Reconciliation' });
  await bank.getByRole('button', { name: 'Show details' }).click({ timeout: 20_000 });
  const line = bank.getByRole('listitem').filter({ hasText: 'CB TAXI G7' });
  await line.getByRole('button', { name: 'It’s an expense I said' }).click();
  await line
    .getByRole('list', { name: 'Your expenses of those days' })
    .getByRole('button', { name: new RegExp(`^This one: ${taxi.description}, `, 'u') })
    .click();
  const retold = bank.getByRole('group', {
    name: 'Said €28.00, the bank €30.00: the bank’s amount will be kept',
  });
  await retold.waitFor();
  // No expense of this month to count a share of, but a line to add: the headline says so (it said
  // « Nothing to reconcile yet » above « 1 to add »).
  expect(await bank.locator('.reconciled').textContent()).toContain('The bank saw 1 expense to add');
  await bank.scrollIntoViewIfNeeded();
  await shot(page, 'late-en-dark');
  const dark = await new AxeBuilder({ page }).include('.reconciliation').analyze();
  expect(
    dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await retold.getByRole('button', { name: 'Match' }).click();
  await expect
    .poll(() => bank.getByRole('status').textContent())
    .toContain(`Matched: ${taxi.description}, at €30.00`);
  const paired = await saidOn(TAXI_DAY);
  expect([paired.amount, paired.date, paired.bankLineId]).toEqual(['30.00', TAXI_DAY, expect.any(String)]);
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect.poll(() => bank.textContent(), { timeout: 20_000 }).toContain('100% reconciled');
  const details = bank.getByRole('button', { name: 'Show details' });
  if ((await details.count()) > 0) await details.click();
  await bank.getByText('Confirmed by the bank (2)').click();
  const confirmed = bank.getByRole('list', { name: 'Expenses confirmed by the bank' });
  await expect.poll(() => confirmed.textContent()).toContain('€30.00');
  await context.close();
});

it('guesses month-first dates for a US bank’s CSV from a 13th day, and imports them so', async () => {
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const page = await context.newPage();
  await openMonth(page, 'fr');
  const data = page.getByRole('region', { name: 'Relevé bancaire' });
  await data.getByLabel('Compte (facultatif)').fill('Chase');
  await page.getByLabel('Importer un relevé').setInputFiles({
    name: 'chase.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('When,What,How much\n04/02/2026,Corner Deli,-4.50\n04/13/2026,Metro Card,-33.00\n'),
  });
  const mapping = page.getByRole('form', { name: 'Quelles colonnes lire\u00a0?' });
  const order = mapping.getByLabel('Ordre des dates');
  await expect.poll(() => order.inputValue(), { timeout: 20_000 }).toBe('mdy');
  expect(await order.locator('option').allTextContents()).toEqual(['jour/mois/année', 'mois/jour/année']);
  expect(await mapping.getByLabel(/^Date/).inputValue()).toBe('When');
  expect(await mapping.getByLabel('Libellé').inputValue()).toBe('What');
  expect(await mapping.getByLabel('Montant').inputValue()).toBe('How much');
  expect(await mapping.getByLabel('Devise (facultatif)').inputValue()).toBe('');
  await mapping.getByRole('button', { name: 'Importer avec ces colonnes' }).click();
  await expect
    .poll(() => data.getByRole('status').textContent(), { timeout: 20_000 })
    .toBe('2\u00a0lignes lues\u00a0: 0\u00a0rapprochée, 2\u00a0à ajouter.');
  const chase = async () =>
    (await (await e2e.stack.api.statements.$get()).json()).statements.filter((s) => s.account === 'Chase');
  expect(await chase()).toEqual([
    expect.objectContaining({ firstDate: '2026-04-02', lastDate: '2026-04-13' }),
  ]);

  // The order went with the mapping, remembered for the account: a file no date of which can
  // tell (04/05) is read month first too (day first, it would be the 4th of May).
  await page.getByLabel('Importer un relevé').setInputFiles({
    name: 'chase-2.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('When,What,How much\n04/05/2026,Bagel,-3.00\n'),
  });
  await expect
    .poll(() => data.getByRole('status').textContent(), { timeout: 20_000 })
    .toBe('1\u00a0ligne lue\u00a0: 0\u00a0rapprochée, 1\u00a0à ajouter.');
  expect((await chase()).map((s) => s.firstDate).sort()).toEqual(['2026-04-02', '2026-04-05']);
  await context.close();
});
