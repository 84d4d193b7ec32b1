/**
 * A household's bill typed with no signal, its payer and shares changed before it is sent, in an
 * engine other than Chromium (households-unsent-split.test.ts holds it there;
 * web/src/data/provisional-outbox.ts): shared with Coloc, « 30 € de courses » shows at once the
 * shares the server will make (15,00 € each) and its dialog offers « Qui a payé, qui doit quoi »
 * before the note is sent; Marie is said to have paid it and the phone (Paul) to bear it all. The
 * row says so at once, the server has nothing yet; back online, the bill is saved with that payer
 * and those shares, and the server's balances follow.
 */
import { decimalToCents, signedCentsToDecimal } from '@voicetrack/shared';
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import { householdReads } from './household-reads.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const SAY = {
  fr: {
    shared: 'Partagé avec Coloc',
    note: '30 € de courses',
    description: 'Courses',
    amount: '30,00 €',
    split: 'partagé : toi 15,00 €, Marie 15,00 €',
    paidBy: 'Payé par',
    bears: 'Marie participe',
    changed: 'partagé : toi 30,00 € · payé par Marie',
  },
  en: {
    shared: 'Shared with Coloc',
    note: '30 euros of groceries',
    description: 'Groceries',
    amount: '€30.00',
    split: 'shared: you €15.00, Marie €15.00',
    paidBy: 'Paid by',
    bears: 'Marie shares it',
    changed: 'shared: you €30.00 · paid by Marie',
  },
} as const;

/** Registers the step on a phone of describeCoreFlows, once it is in Coloc (itJoinsAHouseholdAndSplitsABill). */
export function itChangesAnUnsentBillsPayerAndShares(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('changes the payer and shares of a household bill typed offline before it is sent, and the server keeps them once it is', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const { households } = await (await stack.api.households.$get()).json();
    const coloc = households.find((h) => h.name === 'Coloc');
    const householdId = coloc?.id ?? '';
    const marie = coloc?.members.find((m) => m.name === 'Marie');
    const { bills, balances } = householdReads(stack, householdId);
    const before = await balances();
    const known = new Set((await bills()).map((b) => b.id));

    // « Partagé avec Coloc » on (an earlier step turned it on; a reload keeps it).
    const sharing = () =>
      tab.evaluate(() => document.querySelector<HTMLInputElement>('input[role="switch"]')?.checked ?? null);
    if ((await sharing()) === false) await tab.click('switch', say.shared);
    expect(await sharing()).toBe(true);

    await app.untilControlled();
    await tab.setOffline(true);
    await app.typeNote(say.note);
    const unsent = await waitFor(
      'the bill and the shares the server will make, not sent',
      async () =>
        (await app.rows()).find(
          (r) => r.unsent && r.text.includes(say.amount) && r.text.includes(say.split),
        ) ?? null,
    );
    await app.openRow(`${say.description}.*${say.amount.replace('.', '\\.')}`);
    await tab.select(say.paidBy, 'Marie');
    await tab.click('checkbox', say.bears);
    await tab.click('button', app.say.save);
    // Shown at once, still unsent; the server has nothing of it yet.
    await waitFor(`the unsent row saying "${say.changed}"`, async () =>
      (await app.rows()).some(
        (r) => r.clientId === unsent.clientId && r.unsent && r.text.includes(say.changed),
      )
        ? true
        : null,
    );
    expect((await bills()).filter((b) => !known.has(b.id))).toEqual([]);

    await tab.setOffline(false);
    const sent = await waitFor(
      'the bill on the server',
      async () => (await bills()).find((b) => b.clientId === unsent.clientId) ?? null,
      30_000,
    );
    // Saved with the phone's payer and shares: Marie paid, Marie bears nothing, the phone all 30 €.
    await waitFor(
      'the payer and shares on the server',
      async () => {
        const bill = (await bills()).find((b) => b.id === sent.id);
        return bill?.paidBy === marie?.id && bill?.split?.map((s) => s.cents).join() === '0,3000'
          ? true
          : null;
      },
      30_000,
    );
    expect((await bills()).find((b) => b.id === sent.id)?.amount).toBe('30.00');
    // 30 € more that the phone owes Marie.
    const moved = (line: string, cents: number) => {
      const [name = '', net = ''] = line.split(' ');
      const was = (decimalToCents(net.replace('-', '')) ?? 0) * (net.startsWith('-') ? -1 : 1);
      return `${name} ${signedCentsToDecimal(was + cents)}`;
    };
    expect(await balances()).toEqual(
      before.map((line) => moved(line, line.startsWith('Marie ') ? 3000 : -3000)),
    );
    await waitFor('the row as the server saved it', async () =>
      (await app.rows()).some((r) => r.id === sent.id && !r.unsent && r.text.includes(say.changed))
        ? true
        : null,
    );
  });
}
