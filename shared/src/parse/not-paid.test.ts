import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

describe('money said but not paid by the speaker', () => {
  it.each([
    // Denied: a payment verb after « pas », « rien », "didn't", "haven't".
    ["je n'ai pas payé l'entrée du musée, 12 €"],
    ["j'ai pas pris le menu à 25 €"],
    ["je n'ai encore rien payé au peintre, il demande 800 €"],
    ["I didn't buy the 70 euro boots"],
    ["Haven't paid the vet yet, 55 euros"],
    // Refused or given up.
    ["le garagiste voulait 300 €, j'ai refusé"],
    ['the seller asked 90 euros and I said no'],
    ['je regardais un vélo à 400 €, finalement non'],
    // A plan of the past, not done; still thinking.
    ["j'allais réserver l'hôtel à 120 € mais c'était complet"],
    ['je comptais acheter le guide à 22 €'],
    ['la console est à 450 €, je réfléchis'],
    ['le manteau coûte 120 €, je vais voir'],
    // Tempted: after being or a degree, or before « par ».
    ['je suis tenté par le vélo à 300 €'],
    ["j'ai été tentée par la robe à 80 €"],
    ['très tentée par les bottes à 120 €'],
    ["j'ai décidé de ne pas prendre le forfait à 40 €"],
    ['The trip was 500 euros, we decided not to go'],
    // Someone else paid: a husband, a neighbour, the company; "got" and « réglé » are paying too.
    ['mon mari a payé le plein, 70 €'],
    ["c'est l'entreprise qui a réglé le billet, 95 €"],
    ['My neighbour got the pizzas, 30 euros'],
    ["c'est ma sœur qui a pris les places, 40 €"],
  ])('keeps "%s" only flagged not_paid', (text) => {
    const got = parse(text);
    expect(got.expenses.length).toBeGreaterThan(0);
    for (const e of got.expenses) expect(e.reviewReason).toBe('not_paid');
  });

  it.each([
    ["j'ai hésité à prendre la grande pizza à 16 €, j'ai pris la petite à 11 €", '11.00'],
    ['ma sœur a payé le taxi, 20 €, et moi le resto, 45 €', '45.00'],
  ])('beside money spent, "%s" is only the money spent (%s)', (text, amount) => {
    const got = parse(text);
    expect(got.expenses.map((e) => [e.amount, e.reviewReason])).toEqual([[amount, undefined]]);
  });

  it.each([
    ['pas cher, le coiffeur, 15 €'],
    ["je n'ai pas regardé le prix, mais j'ai payé 30 € chez le caviste"],
    ['I got a haircut, 25 euros'],
    ["j'allais au resto avec Paul, 32 €"],
    // « tente » the tent, « tenté » tried: bought, not only thought of.
    ['une tente 4 places, 89 €'],
    ['acheté une tente de plage, 35 €'],
    ['on a tenté le nouveau resto thaï, 46 €'],
  ])('"%s" is spent and stays unflagged', (text) => {
    const got = parse(text);
    expect(got.expenses).toHaveLength(1);
    expect(got.expenses[0]?.reviewReason).toBeUndefined();
  });
});

describe('a price the thing had, then the price got for it', () => {
  const amounts = (text: string) => parse(text).expenses.map((e) => e.amount);
  it.each([
    ["le manteau était à 200 mais je l'ai eu à 140 en soldes", ['140.00']],
    ['la robe coûtait 90, avec la réduction 63', ['63.00']],
    ["les chaussures étaient à 120, j'ai payé 95 avec la remise", ['95.00']],
    ['the jacket was listed at 90 but I got it for 70', ['70.00']],
    // Nothing got or brought down after: two things priced, both bought.
    ['le pull coûtait 30 et le pantalon 40', ['30.00', '40.00']],
    ['le resto était à 40 euros et le taxi 15', ['40.00', '15.00']],
  ])('%s → %j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});
