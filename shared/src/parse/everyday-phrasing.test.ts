import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

describe('shares, tips, asides and names as people say them', () => {
  it.each([
    // A count said apart from the bill, when the words share it.
    ["resto à trois, 90 € l'addition, on partage", '30.00'],
    ['resto à quatre, 160 €, chacun paie sa part', '40.00'],
    // Friends and the speaker.
    ['Split the Airbnb with two friends, 360 euros total', '120.00'],
    ['dinner with 3 friends, 120 euros, we split it', '30.00'],
    // Nothing shared: the whole bill.
    ['dinner with two friends, 90 euros', '90.00'],
    // A tip left on top, said with its verb.
    ["coiffeur 30 €, j'ai laissé 3 € de pourboire", '33.00'],
    ['Dinner 40 euros, left a 5 euro tip', '45.00'],
    // A brand's number is its name.
    ['lunettes chez Optic 2000, 189 €', '189.00'],
    ['Forever 21, 30 euros', '30.00'],
  ])('%s → %s', (text, amount) => {
    expect(parse(text).expenses.map((e) => e.amount)).toEqual([amount]);
  });

  it('keeps the whole amount when the mutuelle « en prend une partie », marked reimbursable', () => {
    const e = parse('orthodontiste pour la petite, 120 €, la mutuelle en prend une partie').expenses[0];
    expect(e).toMatchObject({ amount: '120.00', category: 'health', reimbursable: true });
  });

  it('files what is bought for school under education, and a hotel for a conference under travel', () => {
    expect(parse('le 20/11, livres pour la fac, 46 €').expenses[0]?.category).toBe('education');
    expect(parse("chaussures pour l'école, 40 €").expenses[0]?.category).toBe('education');
    expect(parse('Hotel in Lyon for the conference, 140 euros').expenses[0]?.category).toBe('travel');
  });
});

describe('prices as shops and trades say them', () => {
  it.each([
    // What is added to the price, and what is taken off it.
    ['commande sur Vinted, 18 € plus 4,50 de frais de port', '22.50'],
    ['Ordered a lamp online, 35 plus 6 shipping', '41.00'],
    ['jean à 60 €, moins 20 %, donc 48 au final', '48.00'],
    ['Shoes, 80 euros with 25% off, so 60', '60.00'],
    ['pull 40 € avec 30 % de remise', '28.00'],
    // Decimals said aloud.
    ['essence, quarante-huit virgule cinquante', '48.50'],
    ['Petrol, forty-two point five', '42.50'],
    ['douze virgule zéro cinq le kebab', '12.05'],
    // A rate per hour, not years; a fuel grade, not money.
    ['Cleaner for 3 hours at 14 an hour', '42.00'],
    ['plein de SP95-E10, 71 €', '71.00'],
    // People counted apart from the split.
    ['Five of us at dinner, 150 euros, we split it', '30.00'],
  ])('%s → %s', (text, amount) => {
    expect(parse(text).expenses.map((e) => e.amount)).toEqual([amount]);
  });

  it('keeps the whole bill when insurance pays part of it back', () => {
    for (const text of [
      'Crown at the dentist, 500 euros, insurance covers half',
      'couronne chez le dentiste, 500 €, la mutuelle en rembourse 300',
    ])
      expect(parse(text).expenses).toMatchObject([{ amount: '500.00', reimbursable: true }]);
  });

  it.each([
    ['garderie du mercredi, 8 €', '2026-11-24', undefined],
    ['In a week, car inspection, 80 euros', '2026-12-01', 'future_date'],
    ['dans quinze jours, vol pour Rome, 90 €', '2026-12-08', 'future_date'],
    ["le 10 janvier je paie l'assurance, 400 €", '2027-01-10', 'future_date'],
    ['le 28 octobre, assurance scolaire, 12 €', '2026-10-28', undefined],
  ])('%s is dated %s', (text, date, reason) => {
    const e = parse(text).expenses[0];
    expect(e?.date).toBe(date);
    expect(e?.reviewReason).toBe(reason);
  });

  it.each([
    ['Wages came in, 1,900 euros', 'income'],
    ['Put 300 into my ISA', 'transfer'],
    ["j'ai viré 300 € sur mon PEL", 'transfer'],
  ])('%s is money moved (%s), not spent', (text, kind) => {
    expect(parse(text)).toMatchObject({ expenses: [], movement: { kind } });
  });
});

describe('money that moves, said as people say it', () => {
  it.each([
    ["maman m'a viré 50 € pour mon anniversaire", 'income'],
    ['Mum sent me 50 euros for my birthday', 'income'],
    ["j'ai dépanné un collègue de 20 €", 'loan'],
    ["j'ai sorti 50 € en liquide", 'transfer'],
    ["prime d'activité, 160 €", 'income'],
    ["un client m'a payé ma facture, 800 €", 'income'],
    ['les APL sont tombées, 210 €', 'income'],
    ['Child benefit came in, 95 pounds', 'income'],
  ])('%s → %s', (text, kind) => {
    expect(parse(text)).toMatchObject({ expenses: [], movement: { kind } });
  });

  it('keeps a retirement present, a part paid to a friend and someone else paying as what they are', () => {
    expect(parse("cadeau pour le départ à la retraite d'un collègue, 15 €").expenses[0]?.category).toBe(
      'gifts',
    );
    expect(parse("j'ai fait un Lydia de 12 € à Tom pour ma part de pizza").expenses[0]?.amount).toBe('12.00');
    expect(parse("c'est papa qui a payé le resto, 90 €").expenses[0]?.reviewReason).toBe('not_paid');
  });
});
