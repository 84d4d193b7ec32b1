/**
 * The categories this round's helpers left (left19), through the whole parser on Tuesday 24
 * November 2026, each beside a look-alike: a brand that is also an everyday word in the other
 * language's list counts only written with a capital ("kayak" the boat, "Kayak" the travel site);
 * a cable named by its plug is a thing, "cable" alone the TV service; a bank card named by its
 * network is the bank's fee, a visa alone is travel.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const category = (text: string) =>
  parseExpenseText(text, TEST_OPTS)
    .expenses.map((e) => e.category)
    .join(' ');

describe('categories the round left', () => {
  it.each([
    ['a kayak hire for the afternoon, 53 euros', 'leisure'],
    ['booked the flight on Kayak, 230 euros', 'travel'],
    ["location d'un kayak, 30 €", 'leisure'],
    ['34 euros for an HDMI cable', 'shopping'],
    ['a USB cable, 9 euros', 'shopping'],
    ['cable bill, 40 euros', 'utilities'],
    ["ma banque m'a facturé 45 € pour la carte Visa cette année", 'other'],
    ['annual fee for my Visa card, 60 euros', 'other'],
    ['frais de visa pour le Canada, 7 €', 'travel'],
    ['visa for India, 80 euros', 'travel'],
  ])('%s → %s', (text, want) => {
    expect(category(text)).toBe(want);
  });
});
