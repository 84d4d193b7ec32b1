/**
 * Reconciliation by hand in an engine other than Chromium (statements-pairing.test.ts holds the
 * whole story there): « 40 € au resto » said on the 18th of last month, the bank's statement with
 * 44,00 € on the 20th picked from the phone's files; in the month against the bank, the person
 * says it is an expense already said (« C’est une dépense déjà dite »), picks it, reads that the
 * bank's amount will be kept, pairs them: the month's total is the bank's; undone, the 40 € back.
 * Controls are found by role and accessible name and the page is read as text, never by its CSS
 * classes (the reconciliation page's layout may move).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { textNote } from '../../../support/edge-app.ts';
import { parisMonth } from '../paris-time.ts';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const SAY = {
  fr: {
    previousMonth: 'Mois précédent',
    region: 'Rapprochement',
    read: '1 ligne lue : 0 rapprochée, 1 à ajouter.',
    details: 'Voir le détail',
    saidOther: 'C’est une dépense déjà dite',
    pick: (what: string) => new RegExp(`^C’est celle-ci\\s:\\s${what}, `),
    retold: 'Dit 40,00 €, la banque 44,00 € : le montant de la banque sera gardé',
    confirm: 'Rapprocher',
    paired: (what: string) => `Rapprochée : ${what}, à 44,00 €`,
    undo: 'Annuler',
    total: (amount: string) => new RegExp(`Total EUR\\s*${amount.replace('.', ',')} €`),
  },
  en: {
    previousMonth: 'Previous month',
    region: 'Reconciliation',
    read: '1 line read: 0 matched, 1 to add.',
    details: 'Show details',
    saidOther: 'It’s an expense I said',
    pick: (what: string) => new RegExp(`^This one:\\s${what}, `),
    retold: 'Said €40.00, the bank €44.00: the bank’s amount will be kept',
    confirm: 'Match',
    paired: (what: string) => `Matched: ${what}, at €44.00`,
    undo: 'Undo',
    total: (amount: string) => new RegExp(`Total EUR\\s*€${amount.replace('.', '\\.')}`),
  },
} as const;

/** Last month in Paris, where the phone's « Mois précédent » goes. */
const month = () => parisMonth(1);

/** A French bank's CSV of last month: the bistrot's 44,00 € on the 20th. */
function bistrotStatement(): string {
  const [y, m] = month().split('-') as [string, string];
  const file = join(mkdtempSync(join(tmpdir(), 'vt-statement-')), 'bistrot.csv');
  writeFileSync(
    file,
    ['Date;Libellé;Montant;Devise', `20/${m}/${y};CB LE BISTROT 19/${m};-44,00;EUR`, ''].join('\n'),
  );
  return file;
}

/** Registers the step on a phone of describeCoreFlows (after its flows, on the same paired phone). */
export function itPairsABankLineWithAnExpenseSaidAtAnotherAmount(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('pairs a bank line with an expense said at another amount, keeping the bank’s, and undo gives the said amount back', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const day18 = `${month()}-18`;
    const resto = async () => (await stack.expenses()).find((e) => e.date === day18);
    await stack.api.text.$post({
      json: textNote('40 € au resto', { recordedAt: `${day18}T21:00:00+01:00` }),
    });
    const said = await resto();
    expect([said?.amount, said?.provenance?.amount]).toEqual(['40.00', { from: 'heard' }]);
    const what = said?.description ?? '';
    const says = (words: string | RegExp) =>
      waitFor(`"${String(words)}"`, async () => {
        const text = await app.text();
        return (typeof words === 'string' ? text.includes(words) : words.test(text)) ? true : null;
      });

    // The month's reconciliation panel's own buttons (a toast above may have its « Annuler » too).
    const inBank = { within: say.region };
    await app.showMonth();
    // Tapped again while the screen still shows this month: a tap was seen lost once (Firefox,
    // beside 25 other processes; the page on this month, its « ‹ » drawn), while the screen drew
    // the household's « Qui doit quoi » above the month — likely the button moved under the tap.
    const lastMonth = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month()}-15T12:00:00Z`));
    for (let tap = 1; ; tap++) {
      await tab.click('button', say.previousMonth);
      const there = await waitFor(
        `« ${lastMonth} »`,
        async () => ((await app.text()).includes(lastMonth) ? true : null),
        6_000,
      ).catch(() => false);
      if (there) break;
      if (tap === 3) throw new Error(`three taps on « ${say.previousMonth} » never showed ${lastMonth}`);
    }
    await says(say.total('40.00'));
    await tab.upload(app.say.statementFile, bistrotStatement());
    await says(say.read);
    await tab.click('button', say.details, inBank);
    await tab.click('button', say.saidOther, inBank);
    await tab.click('button', say.pick(what), inBank);
    // Said before it is done: nothing changed yet.
    await says(say.retold);
    expect((await resto())?.amount).toBe('40.00');

    await tab.click('button', say.confirm, inBank);
    await says(say.paired(what));
    expect(await resto()).toMatchObject({
      amount: '44.00',
      provenance: { amount: { from: 'bank' } },
      bankLineId: expect.any(String),
    });
    await says(say.total('44.00'));

    await tab.click('button', say.undo, inBank);
    await says(say.total('40.00'));
    expect(await resto()).toMatchObject({ amount: '40.00', bankLineId: null, provenance: said?.provenance });
    // The line asks again.
    await says(say.saidOther);
    await app.showCapture();
  });
}
