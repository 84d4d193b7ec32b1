/**
 * Seeded notes with one meaning each, for exact-amounts.test.ts: one thing bought, its price in any
 * spoken form (exact-amount-money.ts), or one expense worked out from what is said (a count times a
 * price, a total, change, a shared bill: exact-amount-worked.ts), and around it what makes the price hard to find: fillers,
 * a self-correction, a number that is not money (an hour, a day, an address, a floor, a line, a
 * size, an age, a room, a duration, a percentage off, a model number), a tip, a share, an aside.
 * Each note knows the one expense a person means: its amount in cents and its currency. Forms a
 * person could read two ways are left out rather than labelled one way.
 */
import { pickPrice, type SpokenMoney, spokenMoney } from './exact-amount-money.ts';
import {
  ASIDES,
  CITIES,
  CORRECTIONS,
  FILLERS,
  FRAMES,
  ITEMS,
  type Lang,
  NO_CURRENCY_SAID,
  NOT_MONEY,
  NUMBERED,
  PLACES,
} from './exact-amount-words.ts';
import { workedNote } from './exact-amount-worked.ts';
import { frWords, type Pick } from './note-grammar.ts';

export interface ExactNote {
  text: string;
  lang: 'fr' | 'en';
  expected: { cents: number; currency: string };
  /** The grammar's choices, to group failures by what made the note. */
  shape: string[];
}

function tipped(
  lang: Lang,
  money: SpokenMoney,
  pick: Pick,
  rnd: () => number,
): { text: string; cents: number } | null {
  const t = 1 + Math.floor(rnd() * 9);
  const tip: Record<string, string[]> = {
    // « quarante et un euro de pourboire » after cents in words is heard as 41 €: one euro in figures.
    fr: [`${t} €`, `${t} ${t === 1 ? 'euro' : 'euros'}`, t === 1 ? '1 €' : `${frWords(t)} euros`],
    en: [`€${t}`, `${t} euro`],
    fr$: [`${t} dollars`],
    en$: [`$${t}`, `${t} dollar`],
    'en£': [`£${t}`, `${t} pound`],
  };
  const key = `${lang}${money.currency === 'USD' ? '$' : money.currency === 'GBP' ? '£' : ''}`;
  const forms =
    money.currency === 'EUR' || money.currency === 'USD' || money.currency === 'GBP' ? tip[key] : undefined;
  if (!forms) return null;
  const said = pick(forms);
  const text =
    lang === 'fr'
      ? pick([`plus ${said} de pourboire`, `et ${said} de pourboire`])
      : pick([`plus a ${said} tip`, `and a ${said} tip`]);
  return { text, cents: t * 100 };
}

/**
 * The parts with spaces; a comma after a number that the next part could continue when written:
 * « iPhone 15 338 € » reads as 15 338 €, "gate 7 EUR 12" as 7 euros. Said aloud these have a pause.
 */
function joined(parts: readonly string[]): string {
  return parts.reduce((text, part) => {
    if (text === '') return part;
    // « le menu 3 cent soixante euros » is heard as 360 too, « la 208 € 20 » read as 208,20.
    const runsOn =
      /\d$/.test(text) &&
      (/^\d{3}(?!\d)/.test(part) ||
        /^(EUR|USD|CHF|GBP|cent|mille|\w+ hundred) /.test(part) ||
        /^[€$£]/.test(part));
    return `${text}${runsOn ? ', ' : ' '}${part}`;
  }, '');
}

export function generateExactNote(rnd: () => number): ExactNote {
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)] as (typeof xs)[number];
  const lang: Lang = rnd() < 0.6 ? 'fr' : 'en';
  if (rnd() < 0.2) return workedExactNote(lang, pick, rnd);
  const shape: string[] = [];
  const money = spokenMoney(lang, pickPrice(rnd, pick), pick);
  shape.push(money.form);
  let cents = money.cents;
  const frame = pick(FRAMES[lang]);
  const numbered = rnd() < 0.15;
  const item = pick(numbered ? NUMBERED[lang] : ITEMS[lang]);
  if (numbered) shape.push('numbered thing');
  let moneyParts = [money.text];
  if (rnd() < 0.25) {
    // A wrong price first, taken back: the same money, another number.
    let wrong = spokenMoney(lang, pickPrice(rnd, pick), pick, money.currency);
    while (Math.floor(wrong.cents / 100) === Math.floor(money.cents / 100))
      wrong = spokenMoney(lang, pickPrice(rnd, pick), pick, money.currency);
    // « 18 € non pardon 16 »: the figure alone keeps the money said just before it.
    const bare = wrong.currency === money.currency && rnd() < 0.4;
    moneyParts = [
      `${wrong.text}${pick(['', ','])}`,
      `${pick(CORRECTIONS[lang])}${pick(['', ','])}`,
      bare ? money.figure : money.text,
    ];
    shape.push(bare ? 'correction, bare figure' : 'correction');
  }
  const parts = frame.parts.flatMap((p) =>
    p === '$' ? moneyParts : p === '@' ? [item] : p === '%' ? [pick(PLACES[lang])] : [p],
  );
  if (frame.paid && rnd() < 0.15) {
    const off = pick([10, 20, 30, 50]);
    parts.unshift(
      lang === 'fr'
        ? pick([`soldes -${off} %`, `avec ${off} % de réduction`])
        : pick([`${off}% off`, `with ${off} percent off`]),
    );
    shape.push('percent off, then paid');
  }
  if (rnd() < 0.35) {
    const n = NOT_MONEY[lang];
    const phrase = pick(n);
    if (rnd() < 0.5) parts.unshift(phrase);
    else parts.push(phrase);
    shape.push('not money');
  }
  const r = rnd();
  if (r < 0.12) {
    const tip = tipped(lang, money, pick, rnd);
    if (tip) {
      parts.push(tip.text);
      cents += tip.cents;
      shape.push('tip');
    }
  } else if (r < 0.22 && cents % 2 === 0 && !frame.paid) {
    parts.push(
      lang === 'fr'
        ? pick(['partagé avec Marie', 'on a partagé à deux', 'divisé en deux'])
        : pick(['split with Tom', 'we split it in half', 'split two ways']),
    );
    cents /= 2;
    shape.push('share');
  } else if (r < 0.35) {
    const aside = pick(ASIDES[lang]);
    if (rnd() < 0.5) parts.unshift(aside);
    else parts.push(aside);
    shape.push('aside');
  }
  let currency = money.currency;
  // Only when nothing else in the note names a money (a wrong price taken back, a tip in euros).
  const noneSaid = NO_CURRENCY_SAID.test(money.form) && !shape.some((x) => /^(correction|tip)/.test(x));
  if (noneSaid && rnd() < 0.3) {
    // « à Londres, un taxi 23,50 »: a price with no currency, spent in a city, is its money.
    const [place, code] = pick(CITIES[lang]);
    if (rnd() < 0.5) parts.unshift(place);
    else parts.push(place);
    currency = code;
    shape.push('city');
  }
  addFillers(parts, lang, pick, rnd, shape);
  return { text: joined(parts), lang, expected: { cents, currency }, shape };
}

function addFillers(parts: string[], lang: Lang, pick: Pick, rnd: () => number, shape: string[]): void {
  for (let k = Math.floor(rnd() * 3); k > 0; k--) {
    // A filler at a random place between the parts of the note, never inside the money.
    parts.splice(Math.floor(rnd() * (parts.length + 1)), 0, pick(FILLERS[lang]));
    shape.push('filler');
  }
  if (lang === 'fr' && rnd() < 0.1) parts.push('quoi');
}

/** A note whose expense is worked out (exact-amount-worked.ts), with a number that is not money, an aside, fillers. */
function workedExactNote(lang: Lang, pick: Pick, rnd: () => number): ExactNote {
  const worked = workedNote(lang, pick, rnd);
  const shape = [worked.shape];
  const parts = [...worked.parts];
  const r = rnd();
  if (r < 0.3) {
    const phrase = pick(NOT_MONEY[lang]);
    if (rnd() < 0.5) parts.unshift(phrase);
    else parts.push(phrase);
    shape.push('not money');
  } else if (r < 0.45) {
    parts.push(pick(ASIDES[lang]));
    shape.push('aside');
  }
  addFillers(parts, lang, pick, rnd, shape);
  return { text: joined(parts), lang, expected: { cents: worked.cents, currency: worked.currency }, shape };
}
