import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from '../confidence.ts';
import { READINGS_SEPARATOR, readReceiptText, wantsSecondReading } from './read-receipt.ts';

// Tickets of layouts and countries the first tuning set did not have, as Tesseract reads them.
const read = (text: string, currency = 'EUR', locale = 'fr-FR') =>
  readReceiptText(text, {
    now: new Date('2026-03-14T18:00:00+01:00'),
    timeZone: 'Europe/Paris',
    currency,
    locale,
  });

describe('a merchant printed with its legal form', () => {
  it.each([
    ['SAS LE PETIT ZINC\n4 place du Marché', 'Le Petit Zinc'],
    ['HARBOUR BOOKS LTD\n5 Fore Street', 'Harbour Books'],
    ['HUDSON HARDWARE, INC.\n88 Warren St', 'Hudson Hardware'],
    ['CAFÉ DU LAC SÀRL\nQuai du Mont-Blanc 11', 'Café du Lac'],
    ['Summit Auto Repair, LLC\n1900 Colfax Ave', 'Summit Auto Repair'],
    ['MATTERHORN SKI RENTAL AG\nBahnhofstrasse 31', 'Matterhorn Ski Rental'],
  ])('%j is named as a person says it', (header, name) => {
    expect(read(`${header}\nTOTAL 12,00`).merchant).toBe(name);
  });
});

describe('the currency of a ticket that prints no sign', () => {
  it.each([
    ['a British postcode', 'Quay Street\nBristol BS1 4DJ\nBALANCE DUE 68.90', 'GBP'],
    ['a British VAT number', 'VAT Reg No GB 284 5521 07\nTOTAL 40.93', 'GBP'],
    ['an American state and ZIP', 'Portland, OR 97209\nAMOUNT DUE 50.82', 'USD'],
    ['a Swiss VAT number', 'TVA CHE-114.572.903\nTOTAL 57.71', 'CHF'],
    ['a Swiss town', '1003 Lausanne\nTotal 12.40', 'CHF'],
    ['no country at all: the person’s own', 'Terminal 2, Gate D\nAMOUNT 34.06', 'EUR'],
  ])('is read from %s', (_, text, currency) => {
    expect(read(text, 'EUR', 'en-GB').currency).toBe(currency);
  });

  it('follows a printed sign over the address, and a person’s own dollars', () => {
    expect(read('Bristol BS1 4DJ\nTOTAL €12.00', 'EUR', 'en-GB').currency).toBe('EUR');
    expect(read('Austin, TX 78701\nTOTAL 12.00', 'CAD', 'en-CA').currency).toBe('CAD');
  });
});

describe('a total OCR damaged', () => {
  it('reads words OCR glued together', () => {
    expect(read('VIN 19,49\nSOUS-TOTAL 41,39\nAPAYER\n34,75 €').amount).toBe('34.75');
    expect(read('Verre de vin 5,34\nTOTALTTE 29,52€\nCBSANS CONTACT 29,52').amount).toBe('29.52');
    expect(read('SOUS TOTAL 50,00\nTOTALHT 41,67\nTOTAL 50,00').amount).toBe('50.00');
  });

  it('reads a total whose decimal mark was lost, and is unsure of it', () => {
    const reading = read('1 Frites sauce 4,15\nTOTAL CHF 2333\nCB SANS CONTACT 2333');
    expect(reading.amount).toBe('23.33');
    expect(reading.confidence).toBeLessThan(PARSER_CONFIDENT);
    expect(read('SALE\nSALE 991').amount).toBe('9.91');
    expect(read('NET APAYER\n3475€').amount).toBe('34.75');
  });

  it('never reads a masked card number or a figure printed whole as one that lost its mark', () => {
    expect(read('CARTE ************4821\nMONTANT 12,50 EUR').amount).toBe('12.50');
    expect(read('TOTAL 12,50\nCB 1250').amount).toBe('12.50');
  });

  it('skips the suggested tips under an American bill', () => {
    const bill =
      'Subtotal 84.40\nSales Tax 7.39\nTOTAL $91.79\nSuggested gratuity\n15% = 13.77 total 105.56\n20% = 18.36 total 110.15';
    expect(read(bill, 'EUR', 'en-US').amount).toBe('91.79');
  });
});

describe('two readings of one photo', () => {
  const now = new Date('2026-03-14T18:00:00+01:00');
  // Otsu's one threshold kept the bold lines only; Sauvola's local ones kept the faded print.
  const otsu = "LUCKY'S DINER\nAMOUNT DUE 50.82";
  const sauvola =
    'LUGKY S DINFR\nAustin, TX 78701\n03/12/2026 4:07 PM\nSubtotal 46.73\nSales Tax 4.09\nAMOUNT DUE 50.82\nVISA 50.82';

  it('asks for a second reading when the first has no sure total or no date', () => {
    expect(wantsSecondReading(otsu, now)).toBe(true);
    expect(wantsSecondReading('TOTAL 12,50 €\nCB 12,50\n12/03/2026 12:01', now)).toBe(false);
  });

  it('takes the total from the reading that got most, the date and the name from the first that has one', () => {
    const reading = read(`${otsu}${READINGS_SEPARATOR}${sauvola}`, 'EUR', 'en-US');
    expect(reading).toMatchObject({
      amount: '50.82',
      currency: 'USD',
      date: '2026-03-12',
      merchant: "Lucky's Diner",
    });
    expect(reading.confidence).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
  });
});
