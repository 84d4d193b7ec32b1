/**
 * A household's bill whose amount is edited with no signal, in an engine other than Chromium
 * (outbox.test.ts and households-edit-amount.test.ts hold the rule): the row shows at once the new
 * amount in its shares' proportions (web/src/data/expense-changes.ts, resplitCents), and once the
 * signal is back the server saves the same shares.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const SAY = {
  fr: { typed: '60,00', amount: '60,00 €', split: 'toi 30,00 €, Marie 30,00 €' },
  en: { typed: '60.00', amount: '€60.00', split: 'you €30.00, Marie €30.00' },
} as const;

/** Registers the step after itJoinsAHouseholdAndSplitsABill, on its 48 € bill shared by two. */
export function itEditsABillAmountOfflineAndShowsItsShares(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('edits a household bill’s amount with no signal: its shares follow at once, and the server keeps them', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const { households } = await (await stack.api.households.$get()).json();
    const coloc = households.find((h) => h.name === 'Coloc');
    const bills = async () =>
      (await (await stack.api.expenses.$get({ query: { householdId: coloc?.id ?? '' } })).json()).expenses;
    const bill = (await bills()).find((b) => b.amount === '48.00');
    expect(bill?.split?.map((s) => s.cents)).toEqual([2400, 2400]);
    const rowOf = async () => (await app.rows()).find((r) => r.id === bill?.id);

    await app.untilControlled();
    await tab.setOffline(true);
    await app.openRow((bill?.description ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await tab.fill(app.say.amount, say.typed);
    await tab.click('button', app.say.save);
    const shown = await waitFor('the new amount and its shares, at once', async () => {
      const row = await rowOf();
      return row?.text.includes(say.amount) && row.text.includes(say.split) ? row : null;
    });
    expect(shown.unsent).toBe(false);
    expect((await bills()).find((b) => b.id === bill?.id)?.amount).toBe('48.00');

    await tab.setOffline(false);
    await waitFor(
      'the edit on the server',
      async () => ((await bills()).find((b) => b.id === bill?.id)?.amount === '60.00' ? true : null),
      30_000,
    );
    const saved = (await bills()).find((b) => b.id === bill?.id);
    expect(saved?.split?.map((s) => s.cents)).toEqual([3000, 3000]);
    // The server's answer to the edit is in the copy: the same shares.
    await waitFor('the row as the server saved it', async () =>
      (await rowOf())?.text.includes(say.split) ? true : null,
    );
  });
}
