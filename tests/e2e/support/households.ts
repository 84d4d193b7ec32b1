/**
 * The household's screens as the e2e tests use them (households in live-updates.test.ts): the
 * « Foyer » panel of the settings, text as a person reads it, the month's EUR total; and, as
 * deployed (households-edit-split, statements-pairing-household), a household created on a phone,
 * a member joining from a device of their own, its balances and its bill as the server has them.
 */
import type { App } from '@voicetrack/edge/wire.ts';
import { hc } from 'hono/client';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PUBLIC_ORIGIN } from './deployed.ts';
import type { Api, Stack } from './stack.ts';

/** The text as a person reads it (French writes no-break spaces in amounts). */
export const readText = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');

/** Words on the page, within a longer text. */
export const sees = (page: Page, text: string) => page.getByText(text, { exact: false });

/** Opens the settings on their « Foyer » panel: the dialog. */
export async function openFoyer(page: Page) {
  await page.getByRole('button', { name: 'Réglages', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Réglages' });
  await dialog.getByText('Foyer', { exact: true }).click();
  return dialog;
}

/** The month's total in euros as shown (« 24,00 € »). */
export const monthTotal = async (page: Page) =>
  (await readText(page, '[data-currency="EUR"]')).match(/[\d ]+,\d\d €/)?.[0];

/** « 78,00 € » for 7800 cents. */
export const euros = (cents: number) => `${(cents / 100).toFixed(2).replace('.', ',')} €`;

/** The id of the household the phone shows, as it remembers it. */
export const householdOf = (page: Page) =>
  page.evaluate(
    () => (JSON.parse(localStorage.getItem('voicetrack.households') ?? 'null') as { chosen: string }).chosen,
  );

/** Creates the household `name` on the phone as `me` from the « Foyer » panel: its invite code and id. */
export async function createHousehold(page: Page, me: string, name: string) {
  const foyer = await openFoyer(page);
  await foyer.getByRole('textbox', { name: /Ton prénom/ }).fill(me);
  await foyer.getByRole('textbox', { name: 'Nom du foyer' }).fill(name);
  await foyer.getByRole('button', { name: 'Créer le foyer' }).click();
  const code = (await foyer.locator('[data-invite-code]').textContent()) ?? '';
  await foyer.getByRole('button', { name: 'Fermer' }).click();
  return { code, householdId: await householdOf(page) };
}

/**
 * A device of its own, paired through Caddy as the laptop is, joined to the household with `code`
 * under `name`; answers its client, a member's (who may invite the next).
 */
export async function joinOnOwnDevice(stack: Stack, code: string, name: string): Promise<Api> {
  const deployment = stack.deployment;
  if (!deployment) throw new Error('not deployed');
  const token = await deployment.pairLaptop(`Téléphone de ${name}`);
  const api = hc<App>(PUBLIC_ORIGIN, {
    fetch: deployment.fetch,
    headers: { authorization: `Bearer ${token}` },
  }).api;
  const res = await api.households.join.$post({ json: { code, name } });
  expect(res.status, await res.clone().text()).toBe(200);
  return api;
}

/** Each member's net in euros, by name, as the server has them. */
export const balancesOf = async (stack: Stack, householdId: string) =>
  Object.fromEntries(
    (
      await (
        await stack.api.households[':id'].balances.$get({
          param: { id: householdId },
          query: { currency: 'EUR' },
        })
      ).json()
    ).balances.map((b) => [b.name, b.net]),
  );

/** The household's one bill, as the server has it. */
export const billOf = async (stack: Stack, householdId: string) => {
  const [bill] = (await (await stack.api.expenses.$get({ query: { householdId } })).json()).expenses;
  if (!bill) throw new Error('no bill');
  return bill;
};
