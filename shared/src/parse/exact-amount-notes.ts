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
import { workedNote } from './exact-amount-worked.ts';
import { frWords } from './never-dropped-notes.ts';

export interface ExactNote {
  text: string;
  lang: 'fr' | 'en';
  expected: { cents: number; currency: string };
  /** The grammar's choices, to group failures by what made the note. */
  shape: string[];
}

type Pick = <T>(xs: readonly T[]) => T;
type Lang = 'fr' | 'en';

const ITEMS: Record<Lang, string[]> = {
  fr: 'un café|une baguette|un kebab|le taxi|le plein|une place de ciné|le coiffeur|des médicaments|un t-shirt|le parking|un livre|les courses|une pizza|des fleurs|le pressing|un sandwich|une bière|le péage|un jean|le resto'.split(
    '|',
  ),
  en: 'a coffee|a taxi|lunch|dinner|gas|a haircut|groceries|a book|a movie ticket|parking|a sandwich|a pint|a T-shirt|flowers|the dry cleaner|a burger|the toll|jeans|medicine|a cab'.split(
    '|',
  ),
};
/** Things whose name holds a number that is not their price. */
const NUMBERED: Record<Lang, string[]> = {
  fr: "une coque d'iPhone 15|un jeu PS5|une pizza 4 fromages|un pack de 6 bières|un écran 27 pouces|un forfait 20 Go|la révision de la 208|le menu 3|une bouteille de 75 cl|un carnet de 10 tickets".split(
    '|',
  ),
  en: 'an iPhone 15 case|a PS5 game|a 6-pack of beer|a 27 inch monitor|a 20 GB data plan|a size 10 pair of shoes|the number 3 combo|a 10-ride pass|a 2 liter bottle of soda|a Windows 11 license'.split(
    '|',
  ),
};
const PLACES: Record<Lang, string[]> = {
  fr: 'chez Carrefour|à la boulangerie|au bar|à la pharmacie|chez Monoprix|au marché|à la gare'.split('|'),
  en: 'at Tesco|at the bakery|at the bar|at the pharmacy|at Walmart|at the market|at the station'.split('|'),
};
/** Numbers that place or measure, said before or after the note. */
const NOT_MONEY: Record<Lang, string[]> = {
  fr: 'à 15h|ce matin à 8h30|au 12 rue Victor Hugo|au 3e étage|en sortant du bus 38|sur la ligne 13|pour les 30 ans de Julie|chambre 204|pendant 45 minutes|quai 9|le 3 novembre|avec mes 2 enfants|en 5 minutes|porte 7|le 3|pour 2 personnes'.split(
    '|',
  ),
  en: "at 3pm|this morning at 8:30|at 221 Baker Street|on the 3rd floor|after getting off the number 38 bus|on line 13|for Julie's 30th birthday|room 204|for 45 minutes|at platform 9|on November 3rd|with my 2 kids|in 5 minutes|at gate 7|on the 3rd|for 2 people".split(
    '|',
  ),
};
const FILLERS: Record<Lang, string[]> = {
  fr: ['euh', 'bon', 'ben', 'du coup', 'genre', 'bah', 'voilà', 'tu vois', 'alors'],
  en: ['um', 'uh', 'so', 'you know', 'like', 'basically', 'okay', 'well'],
};
const CORRECTIONS: Record<Lang, string[]> = {
  fr: [
    'non',
    'non pardon',
    'enfin non',
    'euh non',
    'ah non',
    'pardon',
    'je veux dire',
    'ou plutôt',
    'non attends',
    'je me trompe',
    'je me suis trompé',
  ],
  en: [
    'no',
    'wait no',
    'sorry',
    'I mean',
    'no sorry',
    'make that',
    'or rather',
    'no wait',
    'my bad',
    'actually no',
  ],
};
const ASIDES: Record<Lang, string[]> = {
  fr: "c'était super bon|pour les enfants|avec Paul|hier|ce matin|c'était un peu cher|comme d'hab".split('|'),
  en: 'it was great|for the kids|with Tom|yesterday|this morning|a bit pricey|as usual'.split('|'),
};

/** Forms that say no currency (« 3,20 », « douze cinquante », "twelve fifty"). */
const NO_CURRENCY_SAID = /^(fr:n,cc|fr:mots mots|en:n\.cc|en:words words)$/;
const CITIES: Record<Lang, [string, string][]> = {
  fr: [
    ['à Londres', 'GBP'],
    ['à New York', 'USD'],
    ['à Genève', 'CHF'],
  ],
  en: [
    ['in London', 'GBP'],
    ['in New York', 'USD'],
    ['in Geneva', 'CHF'],
  ],
};

/** Frames: the parts of a clause, `$` standing for the money and `@` for the thing; `paid` ones say it was paid. */
const FRAMES: Record<Lang, { parts: string[]; paid: boolean }[]> = {
  fr: [
    { parts: ['@', '$'], paid: false },
    { parts: ['@', '%', '$'], paid: false },
    { parts: ["j'ai payé", '@', '$'], paid: true },
    { parts: ["j'ai payé", '$', 'pour', '@'], paid: true },
    { parts: ['@', "ça m'a coûté", '$'], paid: true },
    { parts: ['@', "c'était", '$'], paid: false },
    { parts: ['$', 'pour', '@'], paid: false },
    { parts: ["j'ai dépensé", '$', 'pour', '@'], paid: true },
  ],
  en: [
    { parts: ['@', '$'], paid: false },
    { parts: ['@', '%', '$'], paid: false },
    { parts: ['I paid', '$', 'for', '@'], paid: true },
    { parts: ['paid', '$', 'for', '@'], paid: true },
    { parts: ['@', 'was', '$'], paid: false },
    { parts: ['@', 'cost me', '$'], paid: true },
    { parts: ['$', 'for', '@'], paid: false },
    { parts: ['spent', '$', 'on', '@'], paid: true },
  ],
};

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
