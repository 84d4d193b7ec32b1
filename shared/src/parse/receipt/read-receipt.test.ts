import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from '../confidence.ts';
import { readReceiptText } from './read-receipt.ts';

const read = (text: string, currency = 'EUR', locale = 'fr-FR') =>
  readReceiptText(text, {
    now: new Date('2026-03-14T18:00:00+01:00'),
    timeZone: 'Europe/Paris',
    currency,
    locale,
  });

// Tickets as Tesseract hands them back: a stray quote, a letter for a digit, a split row.
const MONOPRIX = `MONOPRIX
52 RUE DU FAUBOURG ST ANTOINE
75012 PARIS
TEL 01 43 43 12 12
BAGUETTE TRADITION 1,20
COMTE AOP 200G 4,89
2 x 1,95 3,90
LESSIVE LIQUIDE 2L 9,90
SOUS-TOTAL 19,89
REMISE FIDELITE -2,17
NB ARTICLES 5
NET A PAYER 17,72 €
CB 17,72
TAUX HT TVA TTC
5,50% 9,47 0,52 9,99
20,00% 6,44 1,29 7,73
BON -10% VALABLE JUSQU'AU 30/04/2026
12/03/2026 14:32 CAISSE 04
MERCI DE VOTRE VISITE`;

const CASH = `franprix
Bienvenue chez vous
3 PLACE DE LA MAIRIE
69002 LYON
POMMES GOLDEN 1KG 2,49
VIN ROUGE BORDEAUX 7,90
T0TAL 1O,39 €
ESPECES 20,00
RENDU 9,61
Le 13.03.26 à 09:12`;

const PHARMACIE = `PHARMACIE DU MARCHÉ
M. DURAND, Docteur en pharmacie
12 rue de la Roquette 75011 Paris
11 mars 2026 10:05
DOLIPRANE 1000MG 8 CPR 2,18
SPASFON LYOC 80MG 4,20
TOTAL 6,38
PART AMO 3,83
PART AMC 1,91
RESTE A PAYER 0,64
CB 0,64`;

const BISTROT = `LE BISTROT DU COIN
TABLE 7 COUVERTS 2
2 FORMULE MIDI 33,00
1 CAFE GOURMAND 8,50
TOTAL TTC 41,50 €
dont TVA 10% 3,77
POURBOIRE 4,00
TOTAL 45,50
CB 45,50
10-03-2026 13:48`;

const DINER = `JOE'S DINER
88 MAIN STREET
AUSTIN TX 78701
Date: 03/12/2026 7:42 PM
1 CHEESEBURGER 14.50
2 ICED TEA 5.90
Subtotal 20.40
Tax 8.875% 1.81
Total $22.21
Tip 4.00
Grand Total $26.21
VISA ************1234`;

const FUEL = `TOTALENERGIES
Relais de la Porte
105 AV JEAN JAURES
33000 BORDEAUX
08 MARS 26 17:22:10
POMPE 4 GAZOLE
VOLUME 32,150 L
PRIX UNIT. 1,879 /L
MONTANT 60,41 €
TVA 20,00% 10,07
CB 60,41`;

const SLIP = `CARTE BANCAIRE
SANS CONTACT
A0000000421010
CB
LE 13 mar 2026 13:34
BOULANGERIE DUPONT
7 RUE NATIONALE
69002 LYON
2539226
************2336
MONTANT = 8,40 EUR
DEBIT
TICKET CLIENT
A CONSERVER`;

const TESCO = `TESCO
Every little helps
14 HIGH STREET
LONDON SW3 5EL
VAT NO. GB 220 4302 31
SEMI SKIMMED MILK 2PT 1.45
FREE RANGE EGGS X6 2.39
SUBTOTAL 3.84
CLUBCARD SAVINGS -0.50
TOTAL £3.34
CONTACTLESS £3.34
VAT @ 20% 0.00
12 Mar 2026 11:02`;

describe('the total of a ticket', () => {
  it.each([
    ['a supermarket: what is due after the discount, not the subtotal, VAT or voucher', MONOPRIX, '17.72'],
    ['a cash sale: the total, not the cash handed over nor the change', CASH, '10.39'],
    ['a pharmacy: what is left to pay once insurance paid its part', PHARMACIE, '0.64'],
    ['a French restaurant: the total with the tip', BISTROT, '45.50'],
    ['an American diner: the grand total with the tip', DINER, '26.21'],
    ['a petrol station: the amount, not the price per litre', FUEL, '60.41'],
    ['a card slip: MONTANT', SLIP, '8.40'],
    ['a British supermarket: the total after savings', TESCO, '3.34'],
  ])('%s', (_, text, amount) => {
    expect(read(text).amount).toBe(amount);
  });

  it('reads a total whose row OCR split in two lines', () => {
    expect(read('NET A PAYER\n65,87 €\nCB 65,87\nTVA 5,5% 3,43').amount).toBe('65.87');
  });

  it('reads a misread TOTAL word', () => {
    expect(read('PAIN 1,20\nTOTAI 12,30\nTVA 0,64').amount).toBe('12.30');
    expect(read('PAIN 1,20\nT0TAL l2,3O\nTVA 0,64').amount).toBe('12.30');
  });

  it('takes the largest amount when no line names a total, and is unsure', () => {
    const r = read('CAFE 2,50\nCROISSANT 1,30\n3,80\nTVA 10% 0,35');
    expect(r.amount).toBe('3.80');
    expect(r.confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it('is sure when the total and the payment agree', () => {
    expect(read(MONOPRIX).confidence).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
  });

  it('finds no total in text with no money, and no expense then', () => {
    const r = read('Lorem ipsum\nrien à voir');
    expect(r.amount).toBeNull();
    expect(r.expense).toBeNull();
    expect(r.confidence).toBe(0);
  });
});

describe('the date printed on a ticket', () => {
  it.each([
    ['the sale’s date beside its time, not the voucher’s', MONOPRIX, '2026-03-12'],
    ['a two-digit year with dots', CASH, '2026-03-13'],
    ['a French month name', PHARMACIE, '2026-03-11'],
    ['dashes', BISTROT, '2026-03-10'],
    ['month first on an American ticket', DINER, '2026-03-12'],
    ['an abbreviated month, two-digit year', FUEL, '2026-03-08'],
    ['"LE 13 mar 2026" on a card slip', SLIP, '2026-03-13'],
    ['an English month name', TESCO, '2026-03-12'],
  ])('%s', (_, text, date) => {
    expect(read(text).date).toBe(date);
  });

  it.each([
    ['2026-03-09 18:40', '2026-03-09'],
    ['09/03/2026', '2026-03-09'],
    ['9/3/26', '2026-03-09'],
    ['O9/O3/2026 l8:40', '2026-03-09'],
    ['09 / 03 / 2026', '2026-03-09'],
    ['09MAR26 18:40', '2026-03-09'],
    ['09-MAR-2026', '2026-03-09'],
    ['Mar 9, 2026', '2026-03-09'],
    ['March 9th 2026', '2026-03-09'],
    ['lundi 9 mars 2026', '2026-03-09'],
    ['9 févr. 2026', '2026-02-09'],
    ['1er mars 2026', '2026-03-01'],
  ])('reads "%s" as %s', (line, date) => {
    expect(read(`CAFE 2,50\nTOTAL 2,50\n${line}`).date).toBe(date);
  });

  it('reads 02/03/2026 day first in euros, month first in dollars', () => {
    expect(read('TOTAL 2,50 €\n02/03/2026').date).toBe('2026-03-02');
    expect(read('TOTAL $2.50\n02/03/2026', 'USD', 'en-US').date).toBe('2026-02-03');
  });

  it('turns day and month round when the country’s way would put the ticket in the future', () => {
    // 12 March in euros; read month first it would be 3 December, after today (14 March 2026).
    expect(read('TOTAL $2.50\n12/03/2026', 'USD', 'en-US').date).toBe('2026-03-12');
    expect(read('TOTAL 2,50 €\n03/12/2026').date).toBe('2026-03-12');
  });

  it('reads no date from a future day, an impossible one, or a phone number', () => {
    expect(read('TOTAL 2,50\n31/12/2026').date).toBeNull();
    expect(read('TOTAL 2,50\n32/13/2025').date).toBeNull();
    expect(read('TOTAL 2,50\nTEL 01.43.43.12.12').date).toBeNull();
  });

  it('falls back to the day of the photo for the expense when no date is printed', () => {
    const r = read('CAFE 2,50\nTOTAL 2,50');
    expect(r.date).toBeNull();
    expect(r.expense?.date).toBe('2026-03-14');
  });
});

describe('the merchant and the currency', () => {
  it.each([
    [MONOPRIX, 'Monoprix', 'EUR', 'groceries'],
    [CASH, 'Franprix', 'EUR', 'groceries'],
    [PHARMACIE, 'Pharmacie du Marché', 'EUR', 'health'],
    [BISTROT, 'Le Bistrot du Coin', 'EUR', 'dining'],
    [DINER, "Joe's Diner", 'USD', 'dining'],
    [FUEL, 'TotalEnergies', 'EUR', 'transport'],
    [SLIP, 'Boulangerie Dupont', 'EUR', 'groceries'],
    [TESCO, 'Tesco', 'GBP', 'groceries'],
  ])('%#: %s in %s, %s', (text, merchant, currency, category) => {
    const r = read(text);
    expect(r.merchant?.toLowerCase()).toBe(merchant.toLowerCase());
    expect(r.currency).toBe(currency);
    expect(r.category).toBe(category);
    expect(r.expense).toMatchObject({ currency, category, description: r.merchant });
  });

  it('skips OCR noise and the terminal’s lines before the name', () => {
    expect(read('. ,\n~~ ;\nCB\nSANS CONTACT\nCHEZ MARCEL\nTOTAL 12,00').merchant).toBe('Chez Marcel');
  });

  it('takes the first name over a town that is also a brand, its postcode cut short by OCR', () => {
    expect(read('THE RED LION\n3 MARKET SQUARE\nBRISTOL BS1 4D)\nTOTAL £77.13').merchant).toBe(
      'The Red Lion',
    );
  });

  it('keeps a short brand that is the whole line, and acronyms in capitals', () => {
    expect(read('BP\nHIGH STREET\nAMOUNT £40.00').merchant).toBe('BP');
    expect(read('BP |\n14 HIGH STREET 4\nAMOUNT £40.00').merchant).toBe('BP');
    expect(read("' MONOPRIX .\nTOTAL 4,00").merchant).toBe('Monoprix');
    expect(read('CVS pharmacy\nTOTAL $4.00').merchant).toBe('CVS Pharmacy');
  });

  it('uses the person’s default currency when the ticket prints none, and their dollars for "$"', () => {
    expect(read('CAFE 2,50\nTOTAL 2,50', 'CHF').currency).toBe('CHF');
    expect(read('COFFEE $2.50\nTOTAL $2.50', 'CAD', 'en-CA').currency).toBe('CAD');
  });

  it('says what was bought over where: fuel at a supermarket’s station is transport', () => {
    const r = read('INTERMARCHE\nStation service\nPOMPE 3 GAZOLE\nVOLUME 40,00 L\nMONTANT 70,00 €');
    expect(r.merchant).toBe('Intermarche');
    expect(r.category).toBe('transport');
  });

  it('gives the category the person taught for that merchant', () => {
    const r = readReceiptText(BISTROT, {
      now: new Date('2026-03-14T18:00:00+01:00'),
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      memory: [{ phrase: 'bistrot du coin', category: 'leisure' }],
    });
    expect(r.category).toBe('leisure');
  });

  it('lists every amount printed, for checking a model’s reading', () => {
    expect(read(FUEL).printedCents).toEqual(expect.arrayContaining([6041, 1007]));
  });
});
