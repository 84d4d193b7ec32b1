import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a day said with a present of what one does is ahead, with a past it is behind', () => {
  it.each([
    ["samedi j'achète un cadeau pour Paul, 40 €", '2026-11-28'],
    ['jeudi je passe au contrôle technique, 78 €', '2026-11-26'],
    ['vendredi on va au resto, 80 €', '2026-11-27'],
    ['dimanche je fais le plein, 55 €', '2026-11-29'],
    ['le 30, je règle la cantine, 52 €', '2026-11-30'],
    ['le 3, je paie la nounou, 400 €', '2026-12-03'],
    ['lundi je dois payer la mutuelle, 48 €', '2026-11-30'],
    ["On Saturday I'm buying a new bike, 350 euros", '2026-11-28'],
    ['The gym takes 30 euros on the 1st', '2026-12-01'],
    ['Rent goes out on the 1st, 1,150 euros', '2026-12-01'],
  ])('%s → %s, to confirm', (text, date) => {
    const e = first(text);
    expect(e?.date).toBe(date);
    expect(e?.reviewReason).toBe('future_date');
  });

  it.each([
    ["samedi j'ai fait le marché, 27 €", '2026-11-21'],
    ['le 3, je crois, plein d’essence, 61 €', '2026-11-03'],
    ["jeudi, coiffeur, c'était 35 €, je paie toujours en liquide", '2026-11-19'],
    ['Samedi, coiffeur 32 €, je me ferai pas rembourser', '2026-11-21'],
    ['On Sunday, 12 euros for the movies', '2026-11-22'],
    ['On Monday I bought a printer, 89 euros, it takes ink cartridges', '2026-11-23'],
  ])('%s → %s', (text, date) => {
    const e = first(text);
    expect(e?.date).toBe(date);
    expect(e?.reviewReason).toBeUndefined();
  });

  it('reads « je paie » as paying, not as a pay slip', () => {
    const r = parseExpenseText('demain je paie le garagiste, 230 €', TEST_OPTS);
    expect(r.movement).toBeUndefined();
    expect(r.expenses[0]).toMatchObject({
      amount: '230.00',
      date: '2026-11-25',
      reviewReason: 'future_date',
    });
  });
});
