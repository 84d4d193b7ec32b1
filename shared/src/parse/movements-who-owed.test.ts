import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

/* Round 13 of issue 29: who owed whom, fees around a transfer, money given for one's own things. */
describe('money that moved, read from who owed whom', () => {
  it.each([
    // Money that came in and was owed to the speaker pays a debt back, whatever the verb.
    ["Inès m'a filé les 15 € qu'elle me devait", 'repayment', '15.00', 'EUR'],
    ["mes cousins m'ont envoyé 80 € qu'ils me devaient", 'repayment', '80.00', 'EUR'],
    ['Sam sent me 12 pounds he owed me', 'repayment', '12.00', 'GBP'],
    ['my neighbour gave me 30 euros she owed me', 'repayment', '30.00', 'EUR'],
    // A person giving back what the speaker lent is a repayment; the loan is its story.
    ['Mark returned the 45 euros I lent him', 'repayment', '45.00', 'EUR'],
    ["ma sœur m'a renvoyé les 70 € que je lui avais prêtés", 'repayment', '70.00', 'EUR'],
    // Money given for the speaker's own things is a present, not paid back.
    ["mon oncle m'a viré 60 € pour mes livres de cours", 'income', '60.00', 'EUR'],
    ['my dad sent me 50 euros for my train tickets', 'income', '50.00', 'EUR'],
  ])('"%s" is a %s of %s %s', (text, kind, amount, currency) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount, currency });
  });

  it.each([
    // The fee of a transfer, a withdrawal or an exchange is spent, not moved.
    ['frais de virement international, 15 €', '15.00'],
    ['wire transfer fee, 25 euros', '25.00'],
    ['frais de retrait au distributeur, 5 €', '5.00'],
    ['withdrawal charge at the cash machine, 4 euros', '4.00'],
  ])('"%s" is an expense of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount, category: 'other' }]);
    expect(got.movement).toBeUndefined();
  });

  it('still reads the money moved beside a fee said apart', () => {
    expect(parse("j'ai viré 200 € sur mon livret A").movement).toMatchObject({ kind: 'transfer' });
    expect(parse("Léa m'a envoyé 14 € pour le ciné").movement).toMatchObject({ kind: 'repayment' });
  });
});

describe('money that came in, and money spent beside a movement', () => {
  it.each([
    ['le virement de la boîte est bien rentré, 1 900 €', 'income', '1900.00'],
    ['mes honoraires sont rentrés, 450 €', 'income', '450.00'],
  ])('"%s" is a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });

  it('keeps a thing that came back as what it cost', () => {
    expect(parse('le chat est rentré du véto, 80 €').movement).toBeUndefined();
  });

  it.each([
    ['Withdrew 50 euros and paid 4 for parking', '4.00', 'transport'],
    ['Sold my desk for 60 euros and bought a lamp for 9', '9.00', 'shopping'],
  ])('"%s" keeps the bare figure spent beside the movement: %s', (text, amount, category) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount, category }]);
    expect(got.movement).toBeDefined();
  });
});

describe('more ways of saying who moved the money', () => {
  it.each([
    // Paid, said in the passive; the sale of a thing of one's own.
    ["j'ai été payé pour la traduction, 300 €", 'income', '300.00'],
    ['la vente de mon scooter, 900 €', 'income', '900.00'],
    // Slipped or handed to the speaker.
    ["ma tante m'a glissé 10 €", 'income', '10.00'],
    // Lent to the speaker; lent to a person whose name a shop also bears.
    ["ma voisine m'a avancé 40 €", 'loan', '40.00'],
    ["j'ai prêté 30 € à Jules", 'loan', '30.00'],
    // The tax office sending money gives back what was paid.
    ['the tax man sent me 210 euros', 'refund', '210.00'],
    // Given for a thing paid, as sent money is: paid back; the speaker giving a person back.
    ['my roommate gave me 25 euros for the internet bill', 'repayment', '25.00'],
    ['gave Lily back the 12 euros', 'repayment', '12.00'],
    ['got 40 euros cash out at the station', 'transfer', '40.00'],
  ])('"%s" is a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });

  it('keeps an advance paid at a shop, and a gift for a birthday, as they were', () => {
    expect(parse("j'ai avancé 40 € à la pharmacie").expenses).toMatchObject([{ amount: '40.00' }]);
    expect(parse("mamie m'a donné 20 € pour mon anniversaire").movement).toMatchObject({ kind: 'income' });
  });
});

describe('givers named many ways', () => {
  it.each([
    ["un gars m'a pris ma vieille guitare pour 150 €", 'income', '150.00'],
    ["j'ai eu 30 € de mon parrain", 'income', '30.00'],
    ["j'ai eu 25 € de ma voisine", 'income', '25.00'],
    ["mes grands-parents m'ont fait un virement de 500 €", 'income', '500.00'],
    ["rentrée d'argent de 250 € de mon client", 'income', '250.00'],
    ['made 60 euros for walking the neighbours’ dogs', 'income', '60.00'],
    ['la CPAM vient de me rembourser 19 €', 'refund', '19.00'],
    ["Nature Découvertes m'a remboursé le puzzle, 24 €", 'refund', '24.00'],
    ["le propriétaire m'a restitué la caution, 800 €", 'refund', '800.00'],
    ["j'ai transféré 90 € à ma fille", 'transfer', '90.00'],
  ])('"%s" is a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });

  it('keeps a person named after a word that opens the sentence, and a charge taken, as they were', () => {
    expect(parse("Hier Marie m'a remboursé 20 €").movement).toMatchObject({ kind: 'repayment' });
    expect(parse("le garagiste m'a pris 80 € pour la vidange").expenses).toMatchObject([{ amount: '80.00' }]);
    expect(parse('got a parking ticket for 35 euros').movement).toBeUndefined();
  });
});

describe('back, and a loan named as a debt', () => {
  it.each([
    ["Inès m'a renvoyé l'argent du ciné, 11 €", 'repayment', '11.00'],
    ['the store gave me 25 euros back for the faulty kettle', 'refund', '25.00'],
    ["j'ai fait un emprunt de 8 000 € pour les travaux", 'loan', '8000.00'],
    ['took out a loan of 5,000 euros', 'loan', '5000.00'],
  ])('"%s" is a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });

  it('keeps a loan paid back by the speaker as spent', () => {
    const got = parse("j'ai remboursé le prêt de la moto, 180 €");
    expect(got.expenses).toMatchObject([{ amount: '180.00' }]);
    expect(got.movement).toBeUndefined();
  });
});

describe('money paid in at the bank', () => {
  it.each([
    ["j'ai déposé un chèque de 230 €", '230.00'],
    ['deposited 120 euros cash at the branch', '120.00'],
  ])('"%s" is a transfer of %s', (text, amount) => {
    expect(parse(text).movement).toMatchObject({ kind: 'transfer', amount });
  });

  it('keeps a thing left somewhere, and cash paid, as spent', () => {
    expect(parse("j'ai déposé ma voiture au garage, 300 €").expenses).toMatchObject([{ amount: '300.00' }]);
    expect(parse('paid in cash, 20 euros for the taxi').expenses).toMatchObject([{ amount: '20.00' }]);
  });
});

describe('said from the other side', () => {
  it.each([
    ["j'ai fait une vente sur Leboncoin, 45 €", 'income', '45.00'],
    ["mon frère m'a fait un virement pour me rembourser, 60 €", 'repayment', '60.00'],
    ['je me suis fait rembourser par Léo, 14 €', 'repayment', '14.00'],
    ['je me suis fait prêter 200 € par ma tante', 'loan', '200.00'],
    ['got 90 euros from a customer', 'income', '90.00'],
    ['got 12 euros back on my electricity bill', 'refund', '12.00'],
    ['returned the 20 euros to my sister', 'repayment', '20.00'],
  ])('"%s" is a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });
});

describe('a person, and the speaker, sending money back', () => {
  it.each([
    ["j'ai remboursé mes parents, 300 €", 'repayment', '300.00'],
    ['got 55 euros for my old bike', 'income', '55.00'],
    ['Tess transferred 16 euros for the cinema', 'repayment', '16.00'],
    ['paid 25 euros back to Omar', 'repayment', '25.00'],
  ])('"%s" is a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });

  it('keeps the speaker sending money for a thing as spent', () => {
    expect(parse('transferred 45 euros to the plumber for the repair').movement).toBeUndefined();
  });
});

describe('money said first, then whose it was', () => {
  it.each([
    ['210 € de la CAF', 'income', '210.00'],
    ['15 balles de Hugo pour le kebab', 'repayment', '15.00'],
    ['25 euros from Leo for the drinks', 'repayment', '25.00'],
    ['prêt à Julie, 40 €', 'loan', '40.00'],
    ['60 € prêtés à ma cousine', 'loan', '60.00'],
  ])('"%s" is a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });

  it.each([
    ['50 € de courses', '50.00'],
    ['40 € de la mutuelle', '40.00'],
    ['prêt-à-porter, une veste à 80 €', '80.00'],
  ])('keeps "%s" spent: %s', (text, amount) => {
    expect(parse(text).expenses).toMatchObject([{ amount }]);
    expect(parse(text).movement).toBeUndefined();
  });
});

describe('gifts to us, earnings, and money named by what it paid for', () => {
  it.each([
    ["mon parrain m'a fait cadeau de 80 €", 'income', '80.00'],
    ['mes parents nous ont donné 300 € pour la naissance', 'income', '300.00'],
    ["la location du parking m'a rapporté 60 €", 'income', '60.00'],
    ["Manon m'a viré l'argent du ciné, 12 €", 'repayment', '12.00'],
    ["j'ai fait une avance de 150 € à ma nièce", 'loan', '150.00'],
  ])('"%s" is a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });

  it("keeps a fine that « m'a rapporté » as spent", () => {
    expect(parse("ça m'a rapporté 35 € d'amende").expenses).toMatchObject([{ amount: '35.00' }]);
  });
});
