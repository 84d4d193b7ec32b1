/**
 * A small grammar of spoken expense notes, French and English, for never-dropped.test.ts: each
 * note is made from products, places, amounts (never-dropped-money.ts), joins and asides, and
 * knows the money it holds. Seeded (../seeded-random.ts), so a seed always gives the same notes.
 * Only money the invariant is about is recorded: a number beside a currency word or symbol, or a
 * decimal price.
 */
import { enMoney, frMoney } from './never-dropped-money.ts';
import type { Pick } from './note-grammar.ts';

export interface SaidAmount {
  cents: number;
  /**
   * A tip or shipping said beside a price may be added to it; a share may halve it; a bare whole
   * number ("a coffee for 3") may be read as money or not, but never as another amount.
   */
  role: 'price' | 'tip' | 'shared' | 'optional';
}

export interface GeneratedNote {
  text: string;
  lang: 'fr' | 'en';
  said: SaidAmount[];
  /** The grammar's choices, to group failures by what made the note. */
  shape: string[];
}

const FR_ITEMS =
  'un café|un croissant|une baguette|une pizza|une bière|un ticket de métro|un livre|un t-shirt|le plein|une place de cinéma|des courses|un sandwich|le coiffeur|des médicaments'.split(
    '|',
  );
const EN_ITEMS =
  'a coffee|a muffin|a sandwich|a beer|a book|a taxi|a movie ticket|lunch|gas|shampoo|groceries|a haircut|a pizza|some medicine'.split(
    '|',
  );
const FR_PLACES = 'chez Carrefour|à la boulangerie|au bar|à la pharmacie|chez Monoprix'.split('|');
const EN_PLACES = 'at Tesco|at the bakery|at the bar|at the pharmacy|at Walmart'.split('|');

const FR_CLAUSES: readonly ((i: string, m: string, p: string) => string)[] = [
  (i, m) => `${i} ${m}`,
  (i, m) => `${i} à ${m}`,
  (i, m) => `${m} pour ${i}`,
  (i, m) => `j'ai payé ${i} ${m}`,
  (i, m, p) => `${i} ${p}, ${m}`,
  (i, m, p) => `${m} ${p} pour ${i}`,
  (i, m) => `j'ai acheté ${i} pour ${m}`,
  (i, m) => `${i}, ça m'a coûté ${m}`,
  (i, m) => `j'ai dépensé ${m} en ${i.replace(/^(un|une|le|des) /, '')}`,
  (i, m) => `pour ${i}, j'ai lâché ${m}`,
  (i, m) => `${i} : ${m}`,
];
const EN_CLAUSES: readonly ((i: string, m: string, p: string) => string)[] = [
  (i, m) => `${i} ${m}`,
  (i, m) => `${i} for ${m}`,
  (i, m) => `${m} for ${i}`,
  (i, m) => `I paid ${m} for ${i}`,
  (i, m, p) => `${i} ${p}, ${m}`,
  (i, m, p) => `spent ${m} ${p} on ${i}`,
  (i, m) => `bought ${i} for ${m}`,
  (i, m) => `${i}, it cost me ${m}`,
  (i, m) => `${m} on ${i}`,
  (i, m) => `got ${i}, ${m}`,
  (i, m) => `${i}: ${m}`,
];
const FR_JOINS = [' et ', ', ', ', et ', ' puis '];
const EN_JOINS = [' and ', ', ', ', and ', ' then '];
const FR_ASIDES =
  'hier|lundi dernier|le 3 décembre|pour les enfants|remboursé par la mutuelle|ce matin'.split('|');
const EN_ASIDES = "yesterday|last Monday|on December 3rd|for the kids|I'll expense it|this morning".split(
  '|',
);

export function generateNote(rnd: () => number): GeneratedNote {
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)] as (typeof xs)[number];
  const lang = rnd() < 0.5 ? 'fr' : 'en';
  const fr = lang === 'fr';
  const money = fr ? frMoney : enMoney;
  const said: SaidAmount[] = [];
  const shape: string[] = [];
  const clauses: string[] = [];
  const count = 1 + Math.floor(rnd() * 3);
  const items = fr ? FR_ITEMS : EN_ITEMS;
  const used = new Set<number>();
  for (let k = 0; k < count; k++) {
    // Two prices of the same whole number (« 94 €, 94,10 ») are heard as one said again more
    // exactly (segments.ts, keepRefinedAmount): the grammar says different ones.
    let m = money(pick, rnd, false);
    while (used.has(Math.floor(m.cents / 100))) m = money(pick, rnd, false);
    used.add(Math.floor(m.cents / 100));
    const t = Math.floor(rnd() * (fr ? FR_CLAUSES : EN_CLAUSES).length);
    const clause = (fr ? FR_CLAUSES : EN_CLAUSES)[t] ?? ((i: string, s: string) => `${i} ${s}`);
    clauses.push(clause(pick(items), m.text, pick(fr ? FR_PLACES : EN_PLACES)));
    said.push({ cents: m.cents, role: 'price' });
    shape.push(`${m.form}`, `clause ${lang}${t}`);
  }
  let text = clauses.reduce((acc, c, k) => (k === 0 ? c : `${acc}${pick(fr ? FR_JOINS : EN_JOINS)}${c}`), '');
  const extra = rnd();
  if (extra < 0.3) {
    const a = pick(fr ? FR_ASIDES : EN_ASIDES);
    text = rnd() < 0.5 ? `${a}, ${text}` : `${text}, ${a}`;
    shape.push(`aside ${a}`);
  } else if (extra < 0.4) {
    let tip = money(pick, rnd, true);
    while (used.has(Math.floor(tip.cents / 100))) tip = money(pick, rnd, true);
    const tipWords = fr
      ? [`plus ${tip.text} de pourboire`, `et ${tip.text} de pourboire`]
      : [`plus a ${tip.text} tip`, `and ${tip.text} tip`];
    text = `${text} ${pick(tipWords)}`;
    said.push({ cents: tip.cents, role: 'tip' });
    shape.push('tip', tip.form);
  } else if (extra < 0.45 && count === 1) {
    let fee = money(pick, rnd, true);
    while (used.has(Math.floor(fee.cents / 100))) fee = money(pick, rnd, true);
    text = fr ? `${text} plus ${fee.text} de livraison` : `${text} plus ${fee.text} shipping`;
    said.push({ cents: fee.cents, role: 'tip' });
    shape.push('shipping', fee.form);
  } else if (extra < 0.55 && !fr) {
    // "a coffee for 3": a bare whole price after "for", beside money or alone.
    const n = 2 + Math.floor(rnd() * 8);
    if (!used.has(n)) {
      text = `${text} and ${pick(items)} for ${n}`;
      said.push({ cents: n * 100, role: 'optional' });
      shape.push('bare for n');
    }
  } else if (extra < 0.6 && count === 1) {
    text = fr ? `${text}, partagé avec Marie` : `${text}, split with Tom`;
    for (const s of said) s.role = 'shared';
    shape.push('share');
  } else if (extra < 0.65) {
    // Fillers before, a place after: no money in them.
    text = `${pick(fr ? ['euh', 'alors', 'bon ben'] : ['um', 'so', 'okay so'])} ${text} ${pick(fr ? FR_PLACES : EN_PLACES)}`;
    shape.push('filler');
  } else if (extra < 0.7 && count === 1) {
    text = fr ? `${text}, à partager en trois` : `${text}, split three ways`;
    for (const s of said) s.role = 'shared';
    shape.push('share 3');
  } else if (extra < 0.75) {
    // Money back from someone: a movement, still money said.
    let back = money(pick, rnd, false);
    while (used.has(Math.floor(back.cents / 100))) back = money(pick, rnd, false);
    text = fr ? `${text}, et Paul m'a remboursé ${back.text}` : `${text}, and Tom paid me back ${back.text}`;
    said.push({ cents: back.cents, role: 'price' });
    shape.push('paid back', back.form);
  } else if (extra < 0.8) {
    // Before the money, its symbol or code with it: "about $5", « environ 7 € ».
    text = text.replace(/(^|\s)((?:USD )?[$€£]?\s?\d)/, fr ? '$1environ $2' : '$1about $2');
    shape.push('hedge');
  }
  return { text, lang, said, shape };
}
