/**
 * Finds the amounts in a token stream: "12,50 €", "€12.50", "douze euros cinquante",
 * "91 euros 15", "vingt balles", "fifteen bucks", "3k", "twelve fifty", and bare numbers in a
 * price context ("payé 12", "paid 2.80"). Numbers that count things, tell the time or are part
 * of a date are recognised as such, so they are neither amounts nor "unexplained".
 */
import {
  currencyOf,
  isCurrencySymbol,
  isCurrencyWord,
  isMinorUnit,
  QUALIFIERS_BEFORE,
} from './currencies.ts';
import { categorize } from './lexicon.ts';
import type { Lang } from './numbers.ts';
import type { Token } from './text.ts';

export type AmountKind = 'strong' | 'decimal' | 'pair' | 'context' | 'bare';

export interface Amount {
  first: number;
  last: number;
  cents: number;
  /** null when the words name no currency: the default applies (or a corrected amount's). */
  currency: string | null;
  kind: AmountKind;
  /** A currency word that is also a common noun ("livres": books) decided it. */
  weakCurrency?: boolean;
  /** Said right after "non", "pardon", "sorry"…: it replaces the amount before it. */
  corrects?: boolean;
}

export interface AmountScan {
  amounts: Amount[];
  /** Counting numbers followed by what they count ("trois bières"), by token index. */
  quantities: Map<number, number>;
  /** Numbers nothing explains: a sign the sentence is not plain. */
  unexplained: number;
  /** Tokens that are times, distances, labels… ("14h", "ligne 14"): not amounts, not description. */
  notMoney: Set<number>;
}

const UNITS_NOT_MONEY = new Set([
  'h',
  'heure',
  'heures',
  'min',
  'minute',
  'minutes',
  'mn',
  'sec',
  'secondes',
  'km',
  'kms',
  'kilometres',
  'm',
  'metres',
  'kg',
  'kilos',
  'g',
  'grammes',
  'l',
  'litres',
  'cl',
  'ml',
  'ans',
  'an',
  'mois',
  'jours',
  'jour',
  'semaines',
  'fois',
  'personnes',
  'pers',
  '%',
  'pourcent',
  'hours',
  'hour',
  'minutes',
  'miles',
  'mile',
  'km/h',
  'years',
  'months',
  'weeks',
  'days',
  'times',
  'people',
  'percent',
  'pm',
  'am',
  'heures',
  'etoiles',
  'stars',
]);
const PRICE_CONTEXT = new Set([
  'a',
  'pour',
  'paye',
  'payee',
  'payes',
  'coute',
  'coutee',
  'depense',
  'depenses',
  'fait',
  'total',
  'montant',
  'prix',
  'de',
  'for',
  'paid',
  'pay',
  'cost',
  'costs',
  'spent',
  'spend',
  'was',
  'is',
  'at',
  'of',
  'about',
  'environ',
  'dont',
  'plus',
]);
const FUNCTION_WORDS = new Set([
  'de',
  'd',
  'du',
  'des',
  'et',
  'a',
  'au',
  'aux',
  'le',
  'la',
  'les',
  'l',
  'pour',
  'en',
  'chez',
  'sur',
  'avec',
  'and',
  'of',
  'for',
  'at',
  'the',
  'on',
  'in',
  'with',
  'non',
  'no',
  'pardon',
  'sorry',
  'enfin',
  'euh',
  'ou',
  'or',
]);
const NUMBER_LABELS = new Set([
  'ligne',
  'numero',
  'no',
  'n',
  'line',
  'number',
  'route',
  'porte',
  'gate',
  'quai',
  'table',
  'chambre',
  'room',
]);

const CORRECTIONS = new Set([
  'non',
  'pardon',
  'sorry',
  'plutot',
  'oops',
  'correction',
  'actually',
  'mean',
  'dire',
  'no',
  'nope',
]);

const isNum = (t: Token | undefined): t is Token => t?.kind === 'num';

/** Is there a correction word in the few tokens before i, with no number in between? */
function afterCorrection(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'num') return false;
    if (t.kind === 'word' && CORRECTIONS.has(t.text)) return true;
  }
  return false;
}
const centsOf = (t: Token) => (t.cents ?? 0) * (t.kilo ? 1000 : 1);

export function scanAmounts(
  tokens: readonly Token[],
  dateCovers: ReadonlySet<number>,
  lang: Lang,
  defaultCurrency: string,
): AmountScan {
  const amounts: Amount[] = [];
  const quantities = new Map<number, number>();
  const used = new Set<number>(dateCovers);
  const notMoney = new Set<number>();
  let unexplained = 0;

  const currencyAt = (j: number): { code: string; weak: boolean; width: number } | null => {
    const t = tokens[j];
    if (!t || used.has(j)) return null;
    if (t.kind === 'sym' && isCurrencySymbol(t.text))
      return { code: currencyOf(t.text, defaultCurrency) ?? defaultCurrency, weak: false, width: 1 };
    if (t.kind !== 'word') return null;
    // "US dollars", "Swiss francs": the qualifier comes first.
    const following = tokens[j + 1];
    if (QUALIFIERS_BEFORE.has(t.text) && following?.kind === 'word' && isCurrencyWord(following.text)) {
      const code = currencyOf(following.text, defaultCurrency, t.text);
      return code ? { code, weak: false, width: 2 } : null;
    }
    if (!isCurrencyWord(t.text) || isMinorUnit(t.text, lang)) return null;
    const after = tokens[j + 1]?.text;
    const before = tokens[j - 1]?.text;
    // French "livres" are books unless sterling; "franc" alone is fine (Swiss).
    const weak = lang === 'fr' && (t.text === 'livre' || t.text === 'livres') && after !== 'sterling';
    const code = currencyOf(t.text, defaultCurrency, before, after);
    if (!code) return null;
    const qualifierWidth =
      after && /^(?:sterling|canadiens|australiens|americains|suisses|suisse)$/.test(after) ? 2 : 1;
    return { code, weak, width: qualifierWidth };
  };

  const push = (a: Amount) => {
    amounts.push(afterCorrection(tokens, a.first) ? { ...a, corrects: true } : a);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (used.has(i) || t.kind !== 'num') continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];

    // Times, distances, durations, percentages: "14h", "2 heures", "20 %".
    if (
      (next?.kind === 'word' || next?.kind === 'sym') &&
      UNITS_NOT_MONEY.has(next.text) &&
      !(next.text === 'm' && t.glued)
    ) {
      used.add(i);
      notMoney.add(i).add(i + 1);
      continue;
    }
    if (t.glued && next?.kind === 'word' && /^h\d*$|^(?:er|ere|e|eme|st|nd|rd|th)$/.test(next.text)) {
      used.add(i);
      notMoney.add(i).add(i + 1);
      continue;
    }
    if (prev?.kind === 'word' && NUMBER_LABELS.has(prev.text) && !currencyAt(i + 1)) {
      used.add(i);
      continue;
    }

    // Symbol before: "€12.50", "$15", "£30".
    if (prev?.kind === 'sym' && isCurrencySymbol(prev.text) && !used.has(i - 1)) {
      push({
        first: i - 1,
        last: i,
        cents: centsOf(t),
        currency: currencyOf(prev.text, defaultCurrency),
        kind: 'strong',
      });
      used.add(i - 1).add(i);
      continue;
    }
    // Currency after: "12 €", "douze euros", "vingt balles", "12€50", "douze euros cinquante".
    const cur = currencyAt(i + 1);
    if (cur) {
      let cents = centsOf(t);
      let last = i + cur.width;
      const minor = tokens[last + 1];
      const afterMinor = tokens[last + 2];
      const minorCents =
        minor && isNum(minor) && !minor.decimal && !minor.kilo ? (minor.cents ?? 0) / 100 : -1;
      if (
        minorCents >= 0 &&
        minorCents < 100 &&
        !dateCovers.has(last + 1) &&
        !t.decimal &&
        !currencyAt(last + 2)
      ) {
        // "douze euros cinquante", "91 euros 15" — but not "8 € 2 cafés" (a count of something).
        const counts =
          afterMinor?.kind === 'word' &&
          !FUNCTION_WORDS.has(afterMinor.text) &&
          !isMinorUnit(afterMinor.text, lang);
        if (!counts || minor?.glued) {
          cents += minorCents;
          last += 1;
          if (afterMinor?.kind === 'word' && isMinorUnit(afterMinor.text, lang)) last += 1;
        }
      } else if (
        (minor?.text === 'et' || minor?.text === 'and') &&
        (afterMinor?.text === 'demi' || afterMinor?.text === 'demie')
      ) {
        // "deux euros et demi"
        cents += 50;
        last += 2;
      } else if (minor?.text === 'and' && afterMinor?.text === 'a' && tokens[last + 3]?.text === 'half') {
        cents += 50;
        last += 3;
      } else if (
        (minor?.text === 'et' || minor?.text === 'and') &&
        isNum(afterMinor) &&
        tokens[last + 3] &&
        isMinorUnit((tokens[last + 3] as Token).text, lang)
      ) {
        // "douze euros et cinquante centimes"
        cents += (afterMinor.cents ?? 0) / 100;
        last += 3;
      }
      push({
        first: i,
        last,
        cents,
        currency: cur.code,
        kind: 'strong',
        ...(cur.weak ? { weakCurrency: true } : {}),
      });
      for (let k = i; k <= last; k++) used.add(k);
      continue;
    }
    // Minor unit only: "cinquante centimes", "fifty cents".
    if (next?.kind === 'word' && isMinorUnit(next.text, lang)) {
      push({ first: i, last: i + 1, cents: (t.cents ?? 0) / 100, currency: null, kind: 'strong' });
      used.add(i).add(i + 1);
      continue;
    }
    // "twelve fifty" / "douze cinquante": a price read aloud.
    if (isNum(next) && !t.decimal && !next.decimal && !dateCovers.has(i + 1)) {
      const a = (t.cents ?? 0) / 100;
      const b = (next.cents ?? 0) / 100;
      const cur2 = currencyAt(i + 2);
      if (
        a >= 1 &&
        a < 1000 &&
        b >= 10 &&
        b < 100 &&
        Number.isInteger(a) &&
        Number.isInteger(b) &&
        !/\d/.test(t.text + next.text)
      ) {
        const last = cur2 ? i + 1 + cur2.width : i + 1;
        push({
          first: i,
          last,
          cents: a * 100 + b,
          currency: cur2?.code ?? null,
          kind: cur2 ? 'strong' : 'pair',
        });
        for (let k = i; k <= last; k++) used.add(k);
        continue;
      }
    }
    // A number that counts the next word: "trois bières", "2 baguettes", "3 places".
    if (
      !afterCorrection(tokens, i) &&
      next?.kind === 'word' &&
      !FUNCTION_WORDS.has(next.text) &&
      !t.decimal &&
      !t.kilo &&
      (t.cents ?? 0) <= 100_00
    ) {
      quantities.set(i, (t.cents ?? 0) / 100);
      used.add(i);
      continue;
    }
    if (t.decimal || t.kilo) {
      push({ first: i, last: i, cents: centsOf(t), currency: null, kind: 'decimal' });
      used.add(i);
      continue;
    }
    // "payé 12", "médecin 25", "Loyer 780": a price context or the thing paid for right before.
    const namesThing = prev?.kind === 'word' && categorize([prev.text]).weight >= 2;
    if ((prev?.kind === 'word' && PRICE_CONTEXT.has(prev.text)) || namesThing || afterCorrection(tokens, i)) {
      push({ first: i, last: i, cents: centsOf(t), currency: null, kind: 'context' });
      used.add(i);
      continue;
    }
    push({ first: i, last: i, cents: centsOf(t), currency: null, kind: 'bare' });
    used.add(i);
  }
  // Bare numbers are amounts only when nothing better is there ("Loyer 780").
  const better = amounts.some((a) => a.kind !== 'bare');
  const kept = amounts.filter((a) => a.kind !== 'bare' || !better);
  unexplained += amounts.length - kept.length;
  // A weak currency ("livres") yields when a real one is present.
  const strong = kept.some((a) => a.kind === 'strong' && !a.weakCurrency);
  const final = kept.filter((a) => !(a.weakCurrency && strong) && a.cents > 0);
  unexplained += kept.length - final.length;
  return { amounts: final, quantities, unexplained, notMoney };
}
