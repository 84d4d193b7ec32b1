import { describe, expect, it } from 'vitest';
import { DOUBTED_VALUE_CONFIDENCE, PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { readLocally, settleLocally } from './settle-locally.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => parseExpenseText(text, TEST_OPTS);
const confidence = (text: string) => read(text).confidence;
/** What the reading says, a doubt or not: it must be the same value either way. */
const values = (text: string) =>
  read(text).expenses.map((e) => [e.amount, e.currency, e.category, e.date, e.reimbursable === true]);

describe('the day read is a guess (doubts-said.ts dayGuessed)', () => {
  it.each([
    // The day a thing is for, read as a day gone by: one buys for a day to come.
    ['un gâteau pour le samedi, 18 €', '2026-11-21'],
    ['une tresse au beurre pour le dimanche, 6 €', '2026-11-22'],
    // A part of a month that no date reading took: the day read is not the one said.
    ['le prélèvement du loyer fin du mois, 700 €', '2026-11-24'],
  ])('%s is read as before (%s) and waits for a look', (text, date) => {
    expect(read(text).expenses[0]?.date).toBe(date);
    expect(confidence(text)).toBe(DOUBTED_VALUE_CONFIDENCE);
  });

  it.each([
    // A day to come the thing is for: dated today, the day it was paid.
    ['des places de cinéma pour dimanche, 22 €'],
    // A day said as the day it was bought.
    ['samedi, un gâteau, 18 €'],
    // A part of a month the date reading took (« fin du mois » told in the past is last month's end).
    ["à la fin du mois j'ai payé le loyer, 700 €"],
    ['the gym fee went out at the start of the month, 30 euros'],
  ])('%s stays sure', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
  });
});

describe('a payback guessed from "for work" alone (doubts-said.ts paybackGuessed)', () => {
  it.each([
    ['une formation Excel pour le boulot, 300 €'],
    ['un casque pour le boulot, 80 €'],
    ['a laptop stand for work, 40 euros'],
  ])('%s stays reimbursable and waits for a look', (text) => {
    expect(read(text).expenses[0]?.reimbursable).toBe(true);
    expect(confidence(text)).toBe(DOUBTED_VALUE_CONFIDENCE);
  });

  it.each([
    // Fares, tolls and meals for work: an employer repays them as a rule.
    ['un taxi pour le boulot, 30 €'],
    ['Péage 14 euros pour le travail.'],
    // The payback is said.
    ['a laptop stand for work, 40 euros, work is paying'],
    ['un casque pour le boulot, 80 €, je me le fais rembourser'],
  ])('%s stays sure', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
  });
});

describe('a doubt of a value changes no value', () => {
  it('reads the same amounts, dates, categories and payback with or without the doubt', () => {
    // The same words with the doubt's cause taken away read the same values.
    expect(values('un casque pour le boulot, 80 €')).toEqual([
      ['80.00', 'EUR', 'shopping', '2026-11-24', true],
    ]);
    expect(values('un gâteau pour le samedi, 18 €')).toEqual(values('samedi, un gâteau, 18 €'));
  });

  it('sends a doubted reading to the model, and with none keeps it for a look', () => {
    const text = 'une formation Excel pour le boulot, 300 €';
    const local = readLocally(text, TEST_OPTS);
    expect(settleLocally(text, local, true)).toBeNull();
    const alone = settleLocally(text, local, false);
    expect(alone?.outcome).toBe('needs_review');
    expect(alone?.expenses[0]?.amount).toBe('300.00');
  });
});
