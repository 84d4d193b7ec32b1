/**
 * A small seeded grammar for money-beside-numbers.test.ts: notes that hold money (a number with a
 * currency word or symbol) beside numbers that are not money — a model's or a line's number or code (« une Audi A3 »), an
 * address, a room, a weight, a duration, the people a thing was for, a year, a size, an age, a
 * phone number, a duration's minutes — and counts of things at a
 * price each or for all. Each note knows the money said and the amounts a person could mean by it
 * (the price, or the price times the things counted), so a test can ask that one of them comes out.
 */
import { enWords, frWords, type Pick } from './note-grammar.ts';

export interface MoneyNote {
  text: string;
  lang: 'fr' | 'en';
  /** The money said, in cents, and its currency. */
  said: { cents: number; currency: string };
  /** What may come out for it: the price said, or that price times the things counted. */
  meant: number[];
}

type Money = { text: string; cents: number; currency: string };

const FR_ITEMS = 'la révision|le plein|une coque|le repas|les courses|le taxi|le pressing|un sandwich'.split(
  '|',
);
const EN_ITEMS = 'the service|a phone case|lunch|the groceries|the taxi|a sandwich|the repair|dinner'.split(
  '|',
);
const FR_COUNTED = 'croissants|cafés|places de ciné|tickets|bières|cahiers'.split('|');
const EN_COUNTED = 'croissants|coffees|movie tickets|tickets|beers|notebooks'.split('|');

/** Numbers that are not money, said before the purchase: `d` is the number, `w` its words. */
const FR_NOISE: readonly ((d: number, w: string) => string)[] = [
  (d) => `la Clio ${d % 6}`,
  (d) => `la Peugeot ${[208, 308, 3008, 5008][d % 4]}`,
  (d) => `ligne ${d}`,
  (d) => `le bus ${d}`,
  (d) => `au ${d} bis rue des Lilas`,
  (d) => `chambre ${100 + d}`,
  (d) => `porte ${d}`,
  (d) => `l'iPhone ${d}`,
  (d) => `${d} kilos de pommes`,
  (d) => `pendant ${d} heures`,
  (_, w) => `dîner pour ${w}`,
  (_, w) => `on était ${w}`,
  (d) => `un pack de ${d} bières`,
  (d) => `le TGV ${6000 + d}`,
  (d) => `un MacBook M${1 + (d % 4)}`,
  (d) => `une Audi A${1 + (d % 8)}`,
  // Years, sizes, ages, phone numbers and a duration's minutes (round v16a).
  (d) => `ma voiture de ${2000 + d}`,
  (d) => `un millésime ${1990 + d}`,
  (d) => `la cotisation ${2025 + (d % 3)}`,
  (d) => `pointure ${30 + d}`,
  (d) => `une télé ${40 + d} pouces`,
  (d) => `pour les ${d} ans de Léo`,
  (d) => `mon fils a ${d} ans`,
  (d) => `le plombier au 06 ${10 + d} 45 78 90`,
  (_, w) => `un cours d'une heure ${w}`,
];
const EN_NOISE: readonly ((d: number, w: string) => string)[] = [
  (d) => `iPhone ${d}`,
  (d) => `Route ${d}`,
  (d) => `room ${100 + d}`,
  (d) => `gate ${d}`,
  (d) => `platform ${d}`,
  (d) => `the number ${d} bus`,
  (d) => `${d} kilos of apples`,
  (d) => `for ${d} hours`,
  (_, w) => `dinner for ${w}`,
  (_, w) => `there were ${w} of us`,
  (d) => `a pack of ${d} beers`,
  (d) => `flight BA ${300 + d}`,
  (d) => `a Samsung S${10 + d}`,
  (d) => `a Canon EOS ${200 + d}D`,
  // Years, sizes, ages, phone numbers and a duration's minutes (round v16a).
  (d) => `my ${2000 + d} Golf`,
  (d) => `a bottle of ${1990 + d} Rioja`,
  (d) => `class of ${2000 + d}`,
  (d) => `size ${d} shoes`,
  (d) => `a ${40 + d}-inch TV`,
  (d) => `my daughter is ${d}`,
  (d) => `called 07700 9001${10 + d}`,
  (_, w) => `a lesson of two hours ${w}`,
];

function frMoney(pick: Pick, n: number, c: number): Money {
  const eur = (text: string, cents = n * 100): Money => ({ text, cents, currency: 'EUR' });
  return pick([
    eur(`${n} €`),
    eur(`${n} euros`),
    eur(`${n},${String(c).padStart(2, '0')} €`, n * 100 + c),
    eur(`${n} euros ${c < 10 ? 10 + c : c}`, n * 100 + (c < 10 ? 10 + c : c)),
    eur(`${frWords(n)} euros`),
    eur(`${n} balles`),
    { text: `${n} francs suisses`, cents: n * 100, currency: 'CHF' },
  ]);
}

function enMoney(pick: Pick, n: number, c: number): Money {
  const of = (text: string, currency: string, cents = n * 100): Money => ({ text, cents, currency });
  return pick([
    of(`${n} euros`, 'EUR'),
    of(`€${n}`, 'EUR'),
    of(`€${n}.${String(c).padStart(2, '0')}`, 'EUR', n * 100 + c),
    of(`${enWords(n)} euros`, 'EUR'),
    of(`$${n}`, 'USD'),
    of(`${n} bucks`, 'USD'),
    of(`£${n}`, 'GBP'),
    of(`${n} quid`, 'GBP'),
  ]);
}

/** One note from the seeded generator `rnd`. */
export function generateMoneyNote(rnd: () => number): MoneyNote {
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)] as (typeof xs)[number];
  const lang = rnd() < 0.6 ? 'fr' : 'en';
  const n = 2 + Math.floor(rnd() * 97);
  const c = 1 + Math.floor(rnd() * 98);
  const d = 2 + Math.floor(rnd() * 18);
  const count = 2 + Math.floor(rnd() * 4);
  const money = lang === 'fr' ? frMoney(pick, n, c) : enMoney(pick, n, c);
  const noise = pick(lang === 'fr' ? FR_NOISE : EN_NOISE)(d, lang === 'fr' ? frWords(d) : enWords(d));
  const m = money.text;
  let purchase: string;
  let meant = [money.cents];
  const shape = Math.floor(rnd() * 4);
  if (shape === 0) {
    purchase = `${pick(lang === 'fr' ? FR_ITEMS : EN_ITEMS)} ${m}`;
  } else if (shape === 1) {
    purchase = lang === 'fr' ? `j'ai payé ${m} pour ${pick(FR_ITEMS)}` : `I paid ${m} for ${pick(EN_ITEMS)}`;
  } else {
    const things = pick(lang === 'fr' ? FR_COUNTED : EN_COUNTED);
    const counted = lang === 'fr' ? frWords(count) : enWords(count);
    // A count at a price each, or a price for all of them.
    if (shape === 2) {
      purchase = lang === 'fr' ? `${counted} ${things} à ${m}` : `${counted} ${things} at ${m} each`;
      meant = [money.cents * count, money.cents];
    } else {
      purchase = lang === 'fr' ? `${counted} ${things}, ${m} en tout` : `${counted} ${things}, ${m} in total`;
    }
  }
  const text = rnd() < 0.5 ? `${noise}, ${purchase}` : `${purchase}, ${noise}`;
  return { text, lang, said: { cents: money.cents, currency: money.currency }, meant };
}
