import { describe, expect, it } from 'vitest';
import { amountsInText, PARSER_CONFIDENT, parseExpenseText } from './parse-expense-text.ts';

// A Tuesday, lunchtime in Paris.
const NOW = new Date('2026-11-24T12:30:00+01:00');
const parse = (text: string, currency = 'EUR', timeZone = 'Europe/Paris') =>
  parseExpenseText(text, { now: NOW, timeZone, currency });
const brief = (text: string, currency?: string) =>
  parse(text, currency).expenses.map((e) => `${e.amount} ${e.currency} ${e.category} ${e.date}`);

describe('parseExpenseText', () => {
  it.each([
    // amounts and currencies
    ['douze euros cinquante au resto ce midi', ['12.50 EUR dining 2026-11-24']],
    ['12,50 € resto', ['12.50 EUR dining 2026-11-24']],
    ['Paid 2.80 for the bus', ['2.80 EUR transport 2026-11-24']],
    ['mille deux cents euros de loyer', ['1200.00 EUR housing 2026-11-24']],
    ['vingt balles de frites', ['20.00 EUR dining 2026-11-24']],
    ['fifteen bucks for a taxi', ['15.00 USD transport 2026-11-24']],
    ['3 k de travaux', ['3000.00 EUR housing 2026-11-24']],
    ['cent balles chez Decathlon', ['100.00 EUR shopping 2026-11-24']],
    ['36 francs suisses de fondue', ['36.00 CHF dining 2026-11-24']],
    ['£30 groceries at Tesco', ['30.00 GBP groceries 2026-11-24']],
    ['twenty US dollars for the museum', ['20.00 USD leisure 2026-11-24']],
    ['deux euros et demi le croissant', ['2.50 EUR groceries 2026-11-24']],
    ['twelve dollars and fifty cents for parking', ['12.50 USD transport 2026-11-24']],
    ['cinquante centimes de pourboire', ['0.50 EUR dining 2026-11-24']],
    // dates
    ['hier, un ticket de bus à 2 euros', ['2.00 EUR transport 2026-11-23']],
    ['avant-hier 30 € de courses', ['30.00 EUR groceries 2026-11-22']],
    ['lundi dernier 12 € de pizza', ['12.00 EUR dining 2026-11-23']],
    ['mardi, 10 euros de métro', ['10.00 EUR transport 2026-11-17']],
    ['le 3, 45 € de train', ['45.00 EUR transport 2026-11-03']],
    ['le 28, 60 euros de courses', ['60.00 EUR groceries 2026-10-28']],
    ['le 12 novembre, 75 euros de vêtements', ['75.00 EUR shopping 2026-11-12']],
    ['il y a trois jours, 13 € de burger', ['13.00 EUR dining 2026-11-21']],
    ['last Friday I spent 40 pounds on dinner', ['40.00 GBP dining 2026-11-20']],
    ['yesterday 9 dollars of coffee', ['9.00 USD dining 2026-11-23']],
    ['hier, non, avant-hier, 20 euros de courses', ['20.00 EUR groceries 2026-11-22']],
    // several, corrections, quantities
    ['8 € de pain et 23 € de fromage', ['8.00 EUR groceries 2026-11-24', '23.00 EUR groceries 2026-11-24']],
    [
      "hier 20 euros de taxi et aujourd'hui 18 euros de resto",
      ['20.00 EUR transport 2026-11-23', '18.00 EUR dining 2026-11-24'],
    ],
    ['15 euros, non pardon, 18 au resto', ['18.00 EUR dining 2026-11-24']],
    ['pharmacy 11 euros, uh, 12 euros actually', ['12.00 EUR health 2026-11-24']],
    ['trois bières à 6 € chacune', ['18.00 EUR dining 2026-11-24']],
    ['3 places de ciné pour 30 euros', ['30.00 EUR leisure 2026-11-24']],
    ['hotel, 110 euros per night for 2 nights', ['220.00 EUR travel 2026-11-24']],
    ['rdv à 14h au resto, 23 euros', ['23.00 EUR dining 2026-11-24']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    "rappelle-moi d'appeler maman",
    'il fait beau aujourd’hui',
    "combien j'ai dépensé ce mois-ci ?",
    'on m’a remboursé 20 €',
    'Paul me doit 30 euros',
    'appelle le 06 12 34 56 78 pour le plombier',
    'What did I spend last week?',
    '',
  ])('finds no expense in %j', (text) => {
    expect(parse(text).expenses).toEqual([]);
  });

  it('uses the default currency, and dollars mean the local dollar', () => {
    expect(brief('12 de taxi', 'CHF')).toEqual(['12.00 CHF transport 2026-11-24']);
    expect(parse('12 de taxi', 'CHF').confidence).toBeLessThan(PARSER_CONFIDENT);
    expect(brief('12,00 taxi', 'CHF')).toEqual(['12.00 CHF transport 2026-11-24']);
    expect(brief('20 dollars of gas', 'CAD')).toEqual(['20.00 CAD transport 2026-11-24']);
  });

  it('takes the date in the user time zone', () => {
    const lateInTokyo = parseExpenseText('5 € de café', {
      now: new Date('2026-11-24T16:00:00Z'),
      timeZone: 'Asia/Tokyo',
      currency: 'EUR',
    });
    expect(lateInTokyo.expenses[0]?.date).toBe('2026-11-25');
  });

  it('writes a short description without the amount or the date', () => {
    expect(parse('Quinze euros de courses chez Aldi hier').expenses[0]?.description).toBe(
      'Courses chez Aldi',
    );
  });

  it('is sure of plain sentences and unsure of hedged or bare ones', () => {
    expect(parse('douze euros cinquante au resto').confidence).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
    expect(parse('euh je crois trente-deux euros quarante pour le truc').confidence).toBeLessThan(
      PARSER_CONFIDENT,
    );
    expect(parse('Loyer 780').confidence).toBeLessThan(PARSER_CONFIDENT);
    expect(parse('je ne sais plus, 14 ou 15 peut-être').confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it('lists every amount the words state, in digits or words', () => {
    expect(amountsInText('douze euros cinquante et 3 cafés à 2,10')).toEqual(
      expect.arrayContaining([1250, 210, 630]),
    );
    expect(amountsInText('trente-deux euros quarante')).toContain(3240);
    expect(amountsInText('un café à 2 €')).not.toContain(100_000_000);
  });
});
