/**
 * « Qui a payé, qui doit quoi » in a household bill's edit dialog, in an engine other than
 * Chromium (households-edit-split.test.ts holds the whole story there;
 * web/src/households/bill-shares-editor.tsx): on the Coloc bill of 60 € paid by the phone (Paul)
 * and shared by two, with no signal, Marie is said to have paid it and to bear none of it (the
 * payer's select, « À parts égales » and her tick); the row says so at once and the outbox sends
 * it when the signal is back. Then « Montants » typed by hand that do not add up are refused in
 * words (« Il manque 10,00 € pour faire le total. »), nothing saved, and saved once they do. The
 * balances are the server's each time, and the month says who owes whom.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import { householdReads } from './household-reads.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const SAY = {
  fr: {
    dialog: 'Modifier la dépense',
    group: 'Qui a payé, qui doit quoi',
    paidBy: 'Payé par',
    me: 'Paul (toi)',
    equal: 'À parts égales',
    amounts: 'Montants',
    bears: (name: string) => `${name} participe`,
    shareOf: (name: string) => `Part de ${name}`,
    exact: 'Le compte est bon.',
    missing: 'Il manque 10,00 € pour faire le total.',
    line: (name: string, amount: string) => `${name}${amount}€`,
    row: 'partagé : toi 60,00 € · payé par Marie',
    rowTyped: 'partagé : toi 50,00 €, Marie 10,00 € · payé par Marie',
    owes: 'Tu dois 84,00 € à Marie',
  },
  en: {
    dialog: 'Edit expense',
    group: 'Who paid, who owes what',
    paidBy: 'Paid by',
    me: 'Paul (you)',
    equal: 'Equally',
    amounts: 'Amounts',
    bears: (name: string) => `${name} shares it`,
    shareOf: (name: string) => `${name}’s share`,
    exact: 'The shares add up.',
    missing: '€10.00 missing to make the total.',
    line: (name: string, amount: string) => `${name}€${amount}`,
    row: 'shared: you €60.00 · paid by Marie',
    rowTyped: 'shared: you €50.00, Marie €10.00 · paid by Marie',
    owes: 'You owe Marie €84.00',
  },
} as const;

/** What the shares' group of the open dialog shows: its payer, its mode, each member's line, its sum. */
interface SharesShown {
  payer: string | null;
  mode: string | null;
  lines: { text: string; ticked: boolean | null; typed: string | null }[];
  said: string | null;
}

/** Sent as source: the group whose legend is `title`, read as text (spaces made plain). */
function readSharesGroup(title: string): SharesShown | null {
  const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const group = [...document.querySelectorAll('dialog[open] fieldset')].find(
    (f) => plain(f.querySelector('legend')?.textContent) === title,
  );
  if (!group) return null;
  const select = group.querySelector('select');
  const mode = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.checked);
  return {
    payer: select ? plain(select.selectedOptions[0]?.label) : null,
    mode: mode ? plain(mode.closest('label')?.textContent) : null,
    lines: [...group.querySelectorAll('li')].map((li) => {
      const tick = li.querySelector<HTMLInputElement>('input[type="checkbox"]');
      // (Not `:not([type])`: Preact keeps the tick's input for the amount, its type emptied.)
      const input = li.querySelector<HTMLInputElement>('input');
      const box = input && input.type !== 'checkbox' ? input : null;
      return {
        text: plain(li.textContent).replace(/\s/g, ''),
        ticked: tick ? tick.checked : null,
        typed: box ? box.value : null,
      };
    }),
    said: plain(group.querySelector('[aria-live]')?.textContent),
  };
}

/** Registers the step after itEditsABillAmountOfflineAndShowsItsShares, on its 60 € bill (30 + 30). */
export function itChangesWhoPaidAndTheSharesOfABill(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('changes who paid and who bears a household bill from its dialog offline, refuses shares that do not add up, and the server’s balances follow', async () => {
    const { app, stack } = held;
    const tab = held.phone.tab;
    const { households } = await (await stack.api.households.$get()).json();
    const coloc = households.find((h) => h.name === 'Coloc');
    const householdId = coloc?.id ?? '';
    const { bills, balances } = householdReads(stack, householdId);
    const bill = (await bills()).find((b) => b.amount === '60.00');
    expect(bill?.split?.map((s) => s.cents)).toEqual([3000, 3000]);
    const saved = async () => (await bills()).find((b) => b.id === bill?.id);
    const shown = () => tab.evaluate(readSharesGroup, say.group);
    const shows = (what: string, check: (s: SharesShown) => boolean) =>
      waitFor(what, async () => {
        const now = await shown();
        return now && check(now) ? now : null;
      });
    const dialogAlerts = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('dialog[open] [role="alert"]')].map((a) =>
          (a.textContent ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim(),
        ),
      );
    const rowSays = (words: string) =>
      waitFor(`the row saying "${words}"`, async () =>
        (await app.rows()).some((r) => r.id === bill?.id && r.text.includes(words)) ? true : null,
      );
    const openBill = () => app.openRow((bill?.description ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // The phone paid 60 €, both bear 30 €; Marie had paid the phone back 24 € of an earlier 48 €.
    expect(await balances()).toEqual(['Marie -6.00', 'Paul 6.00']);

    // No signal: Marie paid it, and she bears none of it.
    await app.untilControlled();
    await tab.setOffline(true);
    await openBill();
    expect(await shown()).toEqual({
      payer: say.me,
      mode: say.equal,
      lines: [
        { text: say.line('Marie', lang === 'fr' ? '30,00' : '30.00'), ticked: true, typed: null },
        {
          text: say.line(say.me.replace(/\s/g, ''), lang === 'fr' ? '30,00' : '30.00'),
          ticked: true,
          typed: null,
        },
      ],
      said: say.exact,
    });
    await tab.select(say.paidBy, 'Marie');
    await tab.click('checkbox', say.bears('Marie'));
    const changed = await shows('Marie paying, the phone bearing all', (s) => s.lines[0]?.ticked === false);
    expect(changed).toEqual({
      payer: 'Marie',
      mode: say.equal,
      lines: [
        { text: say.line('Marie', lang === 'fr' ? '0,00' : '0.00'), ticked: false, typed: null },
        {
          text: say.line(say.me.replace(/\s/g, ''), lang === 'fr' ? '60,00' : '60.00'),
          ticked: true,
          typed: null,
        },
      ],
      said: say.exact,
    });
    await tab.click('button', app.say.save);
    // Shown at once, not sent yet.
    await rowSays(say.row);
    expect(await balances()).toEqual(['Marie -6.00', 'Paul 6.00']);
    await tab.setOffline(false);
    await waitFor(
      'the change in the server’s balances',
      async () => ((await balances()).join() === 'Marie 84.00,Paul -84.00' ? true : null),
      30_000,
    );
    expect((await saved())?.split?.map((s) => s.cents)).toEqual([0, 6000]);
    await app.showMonth();
    await waitFor(`the month saying "${say.owes}"`, async () =>
      (await app.text()).includes(say.owes) ? true : null,
    );
    await app.showCapture();

    // Amounts typed by hand: refused in words, nothing saved, until they add up.
    await openBill();
    await tab.click('radio', say.amounts);
    await tab.fill(say.shareOf('Marie'), '10');
    await tab.fill(say.shareOf(say.me), '40');
    await shows(`"${say.missing}"`, (s) => s.said === say.missing);
    await tab.click('button', app.say.save);
    // Refused: the dialog stays, saying what is missing; the server holds what it held.
    await waitFor('the refusal in the dialog', async () =>
      (await tab.has('dialog', say.dialog)) && (await dialogAlerts()).includes(say.missing) ? true : null,
    );
    expect((await saved())?.split?.map((s) => s.cents)).toEqual([0, 6000]);
    await tab.fill(say.shareOf(say.me), '50');
    const added = await shows(`"${say.exact}"`, (s) => s.said === say.exact);
    expect([added.payer, added.mode, added.lines.map((l) => l.typed)]).toEqual([
      'Marie',
      say.amounts,
      ['10', '50'],
    ]);
    await tab.click('button', app.say.save);
    await waitFor(
      'the typed shares on the server',
      async () => ((await saved())?.split?.map((s) => s.cents).join() === '1000,5000' ? true : null),
      30_000,
    );
    expect(await balances()).toEqual(['Marie 74.00', 'Paul -74.00']);
    expect(await dialogAlerts()).toEqual([]);
    await rowSays(say.rowTyped);
  });
}
