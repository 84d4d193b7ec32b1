/**
 * A household's bill typed with no signal, its payer and shares changed before it is sent, as
 * deployed (Caddy, pairing): Marie creates « Coloc », Paul and Léa join from their own devices.
 * Offline, Marie types « 48 € au resto, on partage »: the row shows at once the shares the server
 * will make (16,00 € each), and its dialog offers « Qui a payé, qui doit quoi » before the note is
 * sent; she says Paul paid and Léa was not there. Back online, the server's balances are hers.
 * Then a bill all Léa's, typed offline while Léa leaves the household: the bill is kept as the
 * server split it, and the phone says the shares were not kept, and why.
 */
import { expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { balancesOf, createHousehold, joinOnOwnDevice, openFoyer, readText } from './support/households.ts';
import { untilControlled } from './support/service-worker.ts';
import { shot } from './support/shots.ts';

const e2e = useBrowserAndStack({ microphone: false });
const PHONE = { width: 390, height: 844 };

it('changes an unsent bill’s payer and shares offline, and the server keeps them once it is sent', async () => {
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const marie = new CapturePage(await context.newPage());
  await marie.open(e2e.stack.url);
  const { householdId, code } = await createHousehold(marie.page, 'Marie', 'Coloc');
  const paul = await joinOnOwnDevice(e2e.stack, code, 'Paul');
  const invite = await (await paul.households[':id'].invites.$post({ param: { id: householdId } })).json();
  const lea = await joinOnOwnDevice(e2e.stack, 'code' in invite ? invite.code : '', 'Léa');
  await marie.page.reload();
  await marie.recordButton.waitFor();
  await openFoyer(marie.page).then(async (d) => {
    await d.getByRole('list', { name: 'Membres' }).getByText('Léa').waitFor({ timeout: 20_000 });
    await d.getByRole('button', { name: 'Fermer' }).click();
  });
  const balances = () => balancesOf(e2e.stack, householdId);
  const bills = async () =>
    (await (await e2e.stack.api.expenses.$get({ query: { householdId } })).json()).expenses;

  // The worker in control: the app's chunks (the split's words among them) are there offline.
  await untilControlled(marie.page);
  await context.setOffline(true);
  await marie.page.getByRole('switch', { name: 'Partagé avec Coloc' }).check();
  await marie.typedInput.fill('48 € au resto, on partage');
  await marie.typedInput.press('Enter');
  const unsent = marie.page.locator('.expense[data-unsent]').filter({ hasText: /48[,.]00/ });
  await expect
    .poll(() => readText(marie.page, '.expense[data-unsent]'), { timeout: 20_000 })
    .toContain('partagé : toi 16,00 €, Paul 16,00 €, Léa 16,00 €');

  await unsent.getByRole('button').first().click();
  const dialog = marie.page.getByRole('dialog', { name: 'Modifier la dépense' });
  const shares = dialog.getByRole('group', { name: 'Qui a payé, qui doit quoi' });
  const payer = shares.getByRole('combobox', { name: 'Payé par' });
  expect(await payer.inputValue()).toBe(
    (await (await paul.households.$get()).json()).households[0]?.members.find((m) => m.name === 'Marie')?.id,
  );
  await payer.selectOption({ label: 'Paul' });
  await shares.getByRole('checkbox', { name: 'Léa participe' }).uncheck();
  expect((await shares.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s/gu, ' '))).toEqual([
    'Marie (toi)24,00 €',
    'Paul24,00 €',
    'Léa0,00 €',
  ]);
  // The fields not touched are as the note's words said.
  expect(await dialog.getByRole('textbox', { name: 'Montant' }).inputValue()).toBe('48,00');
  expect(await dialog.getByRole('textbox', { name: 'Description' }).inputValue()).toMatch(/resto/i);
  await shares.locator('.shares-sum').scrollIntoViewIfNeeded();
  await shot(marie.page, 'unsent-split-dialog-fr-light');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  // Shown at once, still unsent; the server has nothing yet.
  await expect
    .poll(() => readText(marie.page, '.expense[data-unsent]'))
    .toContain('partagé : toi 24,00 €, Paul 24,00 € · payé par Paul');
  expect(await bills()).toEqual([]);

  await context.setOffline(false);
  await expect.poll(balances, { timeout: 20_000 }).toEqual({ Marie: '-24.00', Paul: '24.00', Léa: '0.00' });
  const [bill] = await bills();
  expect([bill?.amount, bill?.split?.map((s) => s.cents), bill?.provenance?.split?.from]).toEqual([
    '48.00',
    [2400, 2400, 0],
    'person',
  ]);
  await expect
    .poll(() => readText(marie.page, '.expense:not([data-unsent])'), { timeout: 20_000 })
    .toContain('payé par Paul');

  // Offline again: a bill all Léa's, while Léa leaves.
  await context.setOffline(true);
  await marie.typedInput.fill('30 € de courses, on partage');
  await marie.typedInput.press('Enter');
  const courses = marie.page.locator('.expense[data-unsent]').filter({ hasText: /30[,.]00/ });
  await courses.waitFor({ timeout: 20_000 });
  await courses.getByRole('button').first().click();
  const again = marie.page.getByRole('dialog', { name: 'Modifier la dépense' });
  const theirs = again.getByRole('group', { name: 'Qui a payé, qui doit quoi' });
  await theirs.getByRole('checkbox', { name: 'Marie (toi) participe' }).uncheck();
  await theirs.getByRole('checkbox', { name: 'Paul participe' }).uncheck();
  await again.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  const leaId = (await (await lea.households.$get()).json()).households[0]?.me ?? '';
  const left = await lea.households[':id'].members[':memberId'].$delete({
    param: { id: householdId, memberId: leaId },
  });
  expect(left.status).toBe(204);
  await context.setOffline(false);
  await marie.page
    .getByText(
      /^Courses, 30,00\s€\s: votre modification \(parts\) n’a pas été gardée, car une personne choisie n’est plus membre du foyer\. La dépense, elle, est gardée\.$/u,
    )
    .waitFor({ timeout: 20_000 });
  await shot(marie.page, 'unsent-split-refused-fr-light');
  await expect
    .poll(async () => (await bills()).find((e) => e.amount === '30.00')?.split?.map((s) => s.cents), {
      timeout: 20_000,
    })
    .toEqual([1500, 1500]);
  // Léa, gone and square, is in no balance any more.
  expect(await balances()).toEqual({ Marie: '-9.00', Paul: '9.00' });
  await context.close();
});
