/**
 * A household in an engine other than Chromium (live-updates.test.ts holds the whole story there):
 * Marie, on the laptop, creates « Coloc » and reads its code out; the phone (Paul) joins with it in
 * the settings' « Foyer », types a bill shared with Coloc with no signal (its split shown at once),
 * sends it once when the signal is back, and the month says who owes whom; then Marie pays the
 * phone back, which it notes with « Régler » (asked first), and both are square.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const SAY = {
  fr: {
    settings: 'Réglages',
    household: 'Foyer',
    myName: 'Ton prénom (comme le foyer te verra)',
    code: 'Code d’invitation',
    join: 'Rejoindre',
    welcome: 'Bienvenue dans le foyer « Coloc ».',
    close: 'Fermer',
    shared: 'Partagé avec Coloc',
    bill: '48 € au resto, on partage',
    amount: '48,00 €',
    split: 'partagé : toi 24,00 €, Marie 24,00 €',
    owesMe: 'Marie te doit 24,00 €',
    settle: /^Régler\s:\sMarie te doit 24,00\s€$/,
    settleAsk: 'Marie t’a remboursé 24,00 € ?',
    confirm: 'Confirmer',
    settled: 'Remboursement de 24,00 € noté.',
    square: 'Vous êtes quittes.',
  },
  en: {
    settings: 'Settings',
    household: 'Household',
    myName: 'Your first name (as the household will see you)',
    code: 'Invite code',
    join: 'Join',
    welcome: 'Welcome to the household “Coloc”.',
    close: 'Close',
    shared: 'Shared with Coloc',
    bill: '48 euros for dinner',
    amount: '€48.00',
    split: 'shared: you €24.00, Marie €24.00',
    owesMe: 'Marie owes you €24.00',
    settle: /^Settle:\sMarie owes you €24\.00$/,
    settleAsk: 'Did Marie pay you back €24.00?',
    confirm: 'Confirm',
    settled: 'Repayment of €24.00 recorded.',
    square: 'You are all square.',
  },
} as const;

/** Registers the step on a phone of describeCoreFlows (after its flows, on the same phone). */
export function itJoinsAHouseholdAndSplitsABill(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('joins a household by its code, splits a bill typed offline, sends it once, and says who owes whom', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const created = await stack.api.households.$post({ json: { name: 'Coloc', memberName: 'Marie' } });
    expect(created.status).toBe(201);
    const household = await created.json();
    const says = (words: string) =>
      waitFor(`"${words}"`, async () => ((await app.text()).includes(words) ? true : null));

    await tab.click('button', say.settings);
    await tab.click('button', say.household);
    await tab.fill(say.myName, 'Paul');
    await tab.fill(say.code, household.invite.code);
    await tab.click('button', say.join);
    await says(say.welcome);
    await says('Marie');
    await tab.click('button', say.close);
    await tab.click('switch', say.shared);

    // The app's worker in control (its precache holds the parser that reads the bill offline).
    await app.untilControlled();
    await tab.setOffline(true);
    await app.typeNote(say.bill);
    const bill = await waitFor(
      'the bill and its split, not sent',
      async () =>
        (await app.rows()).find(
          (r) => r.unsent && r.text.includes(say.amount) && r.text.includes(say.split),
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
    await says(say.owesMe);
    await app.showCapture();
  });
}

/**
 * Registers the settling up after itJoinsAHouseholdAndSplitsABill: Marie owes the phone half the
 * bill; « Régler » asks whether she paid it back, and, confirmed, the household is square on the
 * server, the month saying so, its total unchanged (a repayment is in no total).
 */
export function itSettlesUpWithTheHousehold(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('settles up: asked first, then square on the server and in the month, whose total a repayment leaves alone', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const { households } = await (await stack.api.households.$get()).json();
    const coloc = households.find((h) => h.name === 'Coloc');
    expect(coloc).toBeDefined();
    const balances = async () =>
      (
        await (
          await stack.api.households[':id'].balances.$get({
            param: { id: coloc?.id ?? '' },
            query: { currency: 'EUR' },
          })
        ).json()
      ).balances.map((b) => `${b.name} ${b.net}`);
    const says = (words: string) =>
      waitFor(`"${words}"`, async () => ((await app.text()).includes(words) ? true : null));
    const total = async () => /Total EUR\s*(\S+\s?\S*)/.exec(await app.text())?.[1];

    await app.showMonth();
    await says(say.owesMe);
    const before = await total();
    expect(before).toBeDefined();
    await tab.click('button', say.settle);
    await says(say.settleAsk);
    // Asked, not done yet.
    expect((await balances()).sort()).toEqual(['Marie -24.00', 'Paul 24.00']);
    await tab.click('button', say.confirm);
    await says(say.square);
    await says(say.settled);
    expect((await balances()).sort()).toEqual(['Marie 0.00', 'Paul 0.00']);
    expect(await total()).toBe(before);
    await app.showCapture();
  });
}
