/**
 * The words of the exact-amount notes (exact-amount-notes.ts), French and English: things bought
 * (some with a number in their name), places, numbers that are not money, fillers, the words
 * that take a price back, asides, cities that name the money, and the frames a clause is said in.
 */
export type Lang = 'fr' | 'en';

export const ITEMS: Record<Lang, string[]> = {
  fr: 'un café|une baguette|un kebab|le taxi|le plein|une place de ciné|le coiffeur|des médicaments|un t-shirt|le parking|un livre|les courses|une pizza|des fleurs|le pressing|un sandwich|une bière|le péage|un jean|le resto'.split(
    '|',
  ),
  en: 'a coffee|a taxi|lunch|dinner|gas|a haircut|groceries|a book|a movie ticket|parking|a sandwich|a pint|a T-shirt|flowers|the dry cleaner|a burger|the toll|jeans|medicine|a cab'.split(
    '|',
  ),
};
/** Things whose name holds a number that is not their price. */
export const NUMBERED: Record<Lang, string[]> = {
  fr: "une coque d'iPhone 15|un jeu PS5|une pizza 4 fromages|un pack de 6 bières|un écran 27 pouces|un forfait 20 Go|la révision de la 208|le menu 3|une bouteille de 75 cl|un carnet de 10 tickets".split(
    '|',
  ),
  en: 'an iPhone 15 case|a PS5 game|a 6-pack of beer|a 27 inch monitor|a 20 GB data plan|a size 10 pair of shoes|the number 3 combo|a 10-ride pass|a 2 liter bottle of soda|a Windows 11 license'.split(
    '|',
  ),
};
export const PLACES: Record<Lang, string[]> = {
  fr: 'chez Carrefour|à la boulangerie|au bar|à la pharmacie|chez Monoprix|au marché|à la gare'.split('|'),
  en: 'at Tesco|at the bakery|at the bar|at the pharmacy|at Walmart|at the market|at the station'.split('|'),
};
/** Numbers that place or measure, said before or after the note. */
export const NOT_MONEY: Record<Lang, string[]> = {
  fr: 'à 15h|ce matin à 8h30|au 12 rue Victor Hugo|au 3e étage|en sortant du bus 38|sur la ligne 13|pour les 30 ans de Julie|chambre 204|pendant 45 minutes|quai 9|le 3 novembre|avec mes 2 enfants|en 5 minutes|porte 7|le 3|pour 2 personnes'.split(
    '|',
  ),
  en: "at 3pm|this morning at 8:30|at 221 Baker Street|on the 3rd floor|after getting off the number 38 bus|on line 13|for Julie's 30th birthday|room 204|for 45 minutes|at platform 9|on November 3rd|with my 2 kids|in 5 minutes|at gate 7|on the 3rd|for 2 people".split(
    '|',
  ),
};
export const FILLERS: Record<Lang, string[]> = {
  fr: ['euh', 'bon', 'ben', 'du coup', 'genre', 'bah', 'voilà', 'tu vois', 'alors'],
  en: ['um', 'uh', 'so', 'you know', 'like', 'basically', 'okay', 'well'],
};
export const CORRECTIONS: Record<Lang, string[]> = {
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
export const ASIDES: Record<Lang, string[]> = {
  fr: "c'était super bon|pour les enfants|avec Paul|hier|ce matin|c'était un peu cher|comme d'hab".split('|'),
  en: 'it was great|for the kids|with Tom|yesterday|this morning|a bit pricey|as usual'.split('|'),
};

/** Forms that say no currency (« 3,20 », « douze cinquante », "twelve fifty"). */
export const NO_CURRENCY_SAID = /^(fr:n,cc|fr:mots mots|en:n\.cc|en:words words)$/;
export const CITIES: Record<Lang, [string, string][]> = {
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
export const FRAMES: Record<Lang, { parts: string[]; paid: boolean }[]> = {
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
