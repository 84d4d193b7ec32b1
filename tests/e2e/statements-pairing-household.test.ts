/**
 * A household's bill paired with the bank's line by hand, as deployed (Caddy, pairing), from the
 * « Rapprochement » view of a member's phone: Marie creates « Coloc » on her phone and Paul joins
 * from his own device, where he says « 40 € au resto, on partage » (20,00 € each, paid by him); the
 * bank saw 44,00 € (the tip). Marie pairs them, told first that the bank's amount will be kept: the
 * bill is 44,00 €, split again in its proportions (22,00 € each), « Qui doit quoi » follows (« Tu
 * dois 22,00 € à Paul »), and the undo gives back the 40,00 € and the shares as they were.
 */
import { expect, it } from 'vitest';
import { textNote } from '../support/edge-app.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { balancesOf, billOf, createHousehold, joinOnOwnDevice, sees } from './support/households.ts';
import { parisMonth } from './support/paris-time.ts';
import { shot } from './support/shots.ts';

const e2e = useBrowserAndStack({ microphone: false });
const PHONE = { width: 390, height: 844 };
const MONTH = parisMonth(1);
const [y, m] = MONTH.split('-');
const CSV = ['Date;Libellé;Montant;Devise', `20/${m}/${y};CB LE BISTROT 19/${m};-44,00;EUR`, ''].join('\n');

it('pairs a household’s bill with the bank’s amount from a member’s phone, the shares and balances following, and undoes it', async () => {
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const marie = new CapturePage(await context.newPage());
  await marie.open(e2e.stack.url);
  const { code, householdId } = await createHousehold(marie.page, 'Marie', 'Coloc');

  // Paul, on a device of his own, joins and says the bill in the household.
  const paul = await joinOnOwnDevice(e2e.stack, code, 'Paul');
  const said = await paul.text.$post({
    json: textNote('40 € au resto, on partage', { householdId, recordedAt: `${MONTH}-18T21:00:00+01:00` }),
  });
  expect(said.status).toBe(201);
  const bill = () => billOf(e2e.stack, householdId);
  const before = await bill();
  expect([before.amount, before.split?.map((s) => s.cents)]).toEqual(['40.00', [2000, 2000]]);
  const balances = () => balancesOf(e2e.stack, householdId);
  expect(await balances()).toEqual({ Marie: '-20.00', Paul: '20.00' });

  // Marie's phone, on the bill's month: the statement, then the line paired by hand.
  await marie.page.reload();
  await marie.recordButton.waitFor();
  await marie.page.getByRole('button', { name: 'Mois', exact: true }).click();
  await marie.page.getByRole('button', { name: 'Mois précédent' }).click();
  await sees(marie.page, 'Tu dois 20,00 € à Paul').waitFor({ timeout: 20_000 });
  await marie.page.getByLabel('Importer un relevé').setInputFiles({
    name: 'bistrot.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  const data = marie.page.getByRole('region', { name: 'Relevé bancaire' });
  await expect
    .poll(() => data.getByRole('status').textContent(), { timeout: 20_000 })
    .toBe('1\u00a0ligne lue\u00a0: 0\u00a0rapprochée, 1\u00a0à ajouter.');
  const bank = marie.page.getByRole('region', { name: 'Rapprochement' });
  await bank.getByRole('button', { name: 'Voir le détail' }).click();
  await bank.getByRole('button', { name: 'C’est une dépense déjà dite' }).click();
  const list = bank.getByRole('list', { name: 'Vos dépenses de ces jours-là' });
  await list
    .getByRole('button', { name: new RegExp(`^C’est celle-ci : ${before.description}, `, 'u') })
    .click({ timeout: 20_000 });
  const retold = bank.getByRole('group', {
    name: 'Dit 40,00\u00a0€, la banque 44,00\u00a0€\u00a0: le montant de la banque sera gardé',
  });
  await retold.waitFor();
  // Said before it is done: nothing changed yet.
  expect(await bill()).toEqual(before);
  await bank.scrollIntoViewIfNeeded();
  await shot(marie.page, 'household-retold-fr-light');
  await retold.getByRole('button', { name: 'Rapprocher' }).click();
  await expect
    .poll(() => bank.getByRole('status').textContent(), { timeout: 20_000 })
    .toContain(`Rapprochée\u00a0: ${before.description}, à 44,00\u00a0€`);
  const after = await bill();
  expect([after.amount, after.split?.map((s) => s.cents), after.paidBy, after.bankLineId]).toEqual([
    '44.00',
    [2200, 2200],
    before.paidBy,
    expect.any(String),
  ]);
  expect(await balances()).toEqual({ Marie: '-22.00', Paul: '22.00' });
  await sees(marie.page, 'Tu dois 22,00 € à Paul').waitFor({ timeout: 20_000 });

  await bank.getByRole('button', { name: 'Annuler' }).click();
  await expect.poll(async () => (await bill()).amount, { timeout: 20_000 }).toBe('40.00');
  const undone = await bill();
  expect([undone.split, undone.paidBy, undone.bankLineId]).toEqual([before.split, before.paidBy, null]);
  expect(await balances()).toEqual({ Marie: '-20.00', Paul: '20.00' });
  await sees(marie.page, 'Tu dois 20,00 € à Paul').waitFor({ timeout: 20_000 });
  await context.close();
});
