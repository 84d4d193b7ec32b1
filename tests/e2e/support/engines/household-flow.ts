/**
 * A household in an engine other than Chromium (live-updates.test.ts holds the whole story there):
 * Marie, on the laptop, creates « Coloc » and reads its code out; the phone (Paul) joins with it in
 * the settings' « Foyer », types a bill shared with Coloc with no signal (its split shown at once),
 * sends it once when the signal is back, and the month says who owes whom.
 */
import { expect, it } from 'vitest';
import type { PhoneOnStack } from './core-flows.ts';
import { waitFor } from './phone-tab.ts';

/** Registers the step on a French phone of describeCoreFlows (after its flows, on the same phone). */
export function itJoinsAHouseholdAndSplitsABill(held: PhoneOnStack): void {
  it('joins a household by its code, splits a bill typed offline, sends it once, and says who owes whom', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const created = await stack.api.households.$post({ json: { name: 'Coloc', memberName: 'Marie' } });
    expect(created.status).toBe(201);
    const household = await created.json();
    const says = (words: string) =>
      waitFor(`"${words}"`, async () => ((await app.text()).includes(words) ? true : null));

    await tab.click('button', 'Réglages');
    await tab.click('button', 'Foyer');
    await tab.fill('Ton prénom (comme le foyer te verra)', 'Paul');
    await tab.fill('Code d’invitation', household.invite.code);
    await tab.click('button', 'Rejoindre');
    await says('Bienvenue dans le foyer « Coloc ».');
    await says('Marie');
    await tab.click('button', 'Fermer');
    await tab.click('switch', 'Partagé avec Coloc');

    await tab.setOffline(true);
    await app.typeNote('48 € au resto, on partage');
    const bill = await waitFor(
      'the bill and its split, not sent',
      async () =>
        (await app.rows()).find(
          (r) =>
            r.unsent && r.text.includes('48,00 €') && r.text.includes('partagé : toi 24,00 €, Marie 24,00 €'),
        ) ?? null,
    );
    await tab.setOffline(false);
    await waitFor(
      'the bill sent',
      async () => ((await app.rows()).some((r) => r.clientId === bill.clientId && !r.unsent) ? true : null),
      30_000,
    );
    const bills = (await (await stack.api.expenses.$get({ query: { householdId: household.id } })).json())
      .expenses;
    expect(bills.map((b) => [b.clientId, b.amount, b.split?.map((s) => s.cents)])).toEqual([
      [bill.clientId, '48.00', [2400, 2400]],
    ]);

    await app.showMonth();
    await says('Marie te doit 24,00 €');
    await app.showCapture();
  });
}
