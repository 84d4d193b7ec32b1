/**
 * Notes whose one expense is worked out from what is said, for exact-amount-notes.ts: a count
 * times a price each (« deux places à 12 € » is 24), a total said after the working (« trois
 * bières à 5 €, ça fait 15 € »), change from a note handed over (« j'ai donné 50, il m'a rendu
 * 12 » is 38) and a bill shared by the people counted (« on était quatre, on a partagé »).
 */
import { enWords, frWords, type Pick } from './note-grammar.ts';

type Lang = 'fr' | 'en';

export interface Worked {
  parts: string[];
  cents: number;
  currency: string;
  shape: string;
}

const PLURALS: Record<Lang, string[]> = {
  fr: 'cafés|places de ciné|bières|croissants|tickets de métro|t-shirts|livres de poche|entrées au musée'.split(
    '|',
  ),
  en: 'coffees|movie tickets|beers|croissants|bus tickets|T-shirts|paperbacks|museum tickets'.split('|'),
};
const SINGLE: Record<Lang, string[]> = {
  fr: 'le resto|le taxi|les courses|le boucher|la pizza|le marché'.split('|'),
  en: 'dinner|the taxi|groceries|the butcher|the pizza|the market'.split('|'),
};

const euros = (lang: Lang, cents: number, pick: Pick): string => {
  const units = Math.floor(cents / 100);
  const part = cents % 100;
  const figure =
    part === 0 ? `${units}` : `${units}${lang === 'fr' ? ',' : '.'}${String(part).padStart(2, '0')}`;
  return lang === 'fr'
    ? pick([`${figure} €`, `${figure} euros`, `${figure}€`])
    : pick([`€${figure}`, `${figure} euros`]);
};

const countWord = (lang: Lang, k: number, pick: Pick) =>
  pick([String(k), lang === 'fr' ? (k === 1 ? 'un' : frWords(k)) : enWords(k)]);

export function workedNote(lang: Lang, pick: Pick, rnd: () => number): Worked {
  const kind = pick(['times', 'total', 'change', 'people'] as const);
  const fr = lang === 'fr';
  if (kind === 'times' || kind === 'total') {
    const k = 2 + Math.floor(rnd() * 5);
    const unit = (1 + Math.floor(rnd() * 25)) * 100 + pick([0, 0, 50, 20, 90]);
    const things = `${countWord(lang, k, pick)} ${pick(PLURALS[lang])}`;
    const each = fr
      ? `${things} à ${euros(lang, unit, pick)}${pick(['', ' chacun', ' pièce'])}`
      : `${things} at ${euros(lang, unit, pick)} each`;
    if (kind === 'times')
      return { parts: [each], cents: k * unit, currency: 'EUR', shape: 'count times price' };
    const total = euros(lang, k * unit, pick);
    const said = fr
      ? pick([`ça fait ${total}`, `${total} en tout`, `au total ${total}`, `donc ${total}`])
      : pick([`${total} in total`, `so ${total}`, `that's ${total} total`]);
    return { parts: [`${each},`, said], cents: k * unit, currency: 'EUR', shape: 'total after working' };
  }
  if (kind === 'change') {
    const note = pick([10, 20, 50, 100]);
    const back = 100 + Math.floor(rnd() * (note - 1) * 100);
    const place = pick(SINGLE[lang]);
    const said = euros(lang, back, pick);
    const parts = fr
      ? pick([
          [`j'ai donné ${note} € pour ${place}`, `il m'a rendu ${said}`],
          [`${place} j'ai payé avec un billet de ${note}`, `on m'a rendu ${said}`],
        ])
      : pick([
          [`paid for ${place} with a ${note} euro note`, `got ${said} back`],
          [`gave the cashier ${note} euros for ${place}`, `got ${said} change`],
        ]);
    return { parts, cents: note * 100 - back, currency: 'EUR', shape: 'change' };
  }
  const k = 2 + Math.floor(rnd() * 4);
  const bill = k * (5 + Math.floor(rnd() * 40)) * 100;
  const place = pick(SINGLE[lang]);
  const parts = fr
    ? [
        `${place} ${euros(lang, bill, pick)}`,
        `on était ${frWords(k)}`,
        pick(['on a partagé', 'on a fait moitié moitié'].slice(0, k === 2 ? 2 : 1)),
      ]
    : [`${place} ${euros(lang, bill, pick)},`, `there were ${enWords(k)} of us,`, 'we split it evenly'];
  return { parts, cents: bill / k, currency: 'EUR', shape: 'people sharing' };
}
