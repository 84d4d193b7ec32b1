import { describe, expect, it } from 'vitest';
import { matchCurrency } from './currencies.ts';
import { NAMED_CODES, NAMED_SCALES } from './currencies-named.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import { tokenize } from './tokenize.ts';

const money = (text: string) => parseExpenseText(text, TEST_OPTS).expenses.map((e) => [e.amount, e.currency]);
const flagged = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map((e) => e.reviewReason ?? null);

describe('every currency by the names CLDR gives it', () => {
  it.each([
    // A head of one currency, singular or plural, French or English.
    ['Lagos, le taxi 6 000 nairas', '6000.00', 'NGN'],
    ['trotro from Kumasi, 40 cedis', '40.00', 'GHS'],
    ['Maputo, le bateau, 900 meticais', '900.00', 'MZN'],
    ['un chai à Almaty, 150 tenges', '150.00', 'KZT'],
    // A head several share: the adjective after it (French) or before it (English) says whose.
    ['le matatu jusqu’à Nakuru, 400 shillings kényans', '400.00', 'KES'],
    ['le boda-boda, 5 000 shillings ougandais', '5000.00', 'UGX'],
    ['the shuttle, 600 Ugandan shillings', '600.00', 'UGX'],
    ['Muscat, the hotel, 45 Omani rials', '45.00', 'OMR'],
    ['le taxi, 250 livres égyptiennes', '250.00', 'EGP'],
    ['tuk-tuk in Kandy, 600 Sri Lankan rupees', '600.00', 'LKR'],
    ['le bus, 2 dollars fidjiens', '2.00', 'FJD'],
    ['dinner 280 Namibian dollars', '280.00', 'NAD'],
    ['le jerk chicken, 1 800 dollars jamaïcains', '1800.00', 'JMD'],
    // CLDR's names win over the hand list where they say more: « couronnes » alone are teeth.
    ['le hot-dog, 700 couronnes islandaises', '700.00', 'ISK'],
    ['le vin à la cave, 200 lei moldaves', '200.00', 'MDL'],
    ['le musée, 15 roubles biélorusses', '15.00', 'BYN'],
    // A country named in the note, opening as the adjective does.
    ['the lodge in Zambia, 2,400 kwacha', '2400.00', 'ZMW'],
    ['à Tunis, la chéchia, 35 dinars', '35.00', 'TND'],
    // Alone, a shared head the hand list does not know is the one most people mean.
    ['à Nairobi, un chapati, 150 shillings', '150.00', 'KES'],
    ['Riyad, le shawarma 15 riyals', '15.00', 'SAR'],
    // A dollar's country before the sign, in capitals.
    ['R$60 for the Uber', '60.00', 'BRL'],
    // Codes, in capitals.
    ['KES 1,200 for the shoe repair', '1200.00', 'KES'],
    ['AED 45 for the abra', '45.00', 'AED'],
    // A word that is a thing too is money when nothing else in the note is.
    ['Port-au-Prince, le tap-tap, 50 gourdes', '50.00', 'HTG'],
    ['Lima, un ceviche, 45 sols', '45.00', 'PEN'],
    // A money named with no number beside it is the money of the number said with none.
    ['Peruvian soles, 30 for the alpaca scarf', '30.00', 'PEN'],
    ['Qatari riyals, 35 for the camel ride', '35.00', 'QAR'],
  ])('%s → %s %s', (text, amount, currency) => {
    expect(money(text)).toEqual([[amount, currency]]);
  });

  it.each([
    // The name is a word here, and the money is the euro.
    ['une gourde isotherme pour la rando, 22 €'],
    ['2 gourdes pour les enfants, 18 euros'],
    ['3 Sol au bar, 15 €'],
    ['un dram de whisky au pub, 9 €'],
    ['un livre de cuisine libanaise, 26 €'],
    ['2 pounds of cherries at the market, 7 euros'],
    ['a real leather belt, 40 euros'],
    ['un hôtel à Córdoba, 70 euros la nuit'],
    ['pour être franc, le resto à 60 € c’était cher'],
  ])('%s stays in euros', (text) => {
    expect(money(text).map(([, currency]) => currency)).toEqual(['EUR']);
  });

  it('reads no word that is a word first as money without its adjective', () => {
    const at = (text: string, i: number) => matchCurrency(tokenize(text), i);
    expect(at('18 marks on the test', 1)).toBeNull();
    expect(at('20 real quick', 1)).toBeNull();
    expect(at('12 marks convertibles', 1)?.word.code).toBe('BAM');
    expect(at('60 Romanian lei', 1)?.word.code).toBe('RON');
    // « francs contre »: the stems are four letters at least, « con » would be Congo's.
    expect(at('20 francs contre 18 €', 1)?.word.code).toBe('CHF');
    // "a 3 pound bag": the word beside a number is no money of the others.
    expect(money('a 3 pound bag of onions at 2.49')).toEqual([['2.49', 'EUR']]);
  });

  it('keeps a shared head with nothing to say whose a number to look at', () => {
    // « dîner, 45 dinars »: Tunisia's, Algeria's, Jordan's… none said.
    expect(flagged('dîner, 45 dinars')).toEqual(['unclear_amount']);
  });

  it('scales the limit to moneys of small units', () => {
    expect(flagged('la plongée, 120 000 shillings tanzaniens')).toEqual([null]);
    expect(flagged('Vientiane, le vélo, 30 000 kips')).toEqual([null]);
    expect(money('Beirut, 900,000 Lebanese pounds for the service taxi')).toEqual([['900000.00', 'LBP']]);
  });

  it('knows the codes of the moneys in use, not the funds or the historic ones', () => {
    expect(NAMED_CODES.size).toBeGreaterThan(100);
    for (const gone of ['XAU', 'XDR', 'HRK', 'SLL', 'ZWL', 'CUC']) expect(NAMED_CODES.has(gone)).toBe(false);
    expect(NAMED_SCALES.get('NGN')).toBe(1000);
    expect(NAMED_SCALES.has('GBP')).toBe(false);
  });
});
