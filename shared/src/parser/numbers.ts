/**
 * Spelled-out numbers, French and English, as Whisper writes them: "quatre-vingt-dix-neuf",
 * "soixante et onze", "mille deux cents", "two hundred and forty". Consecutive number words
 * become one `num` token; "douze cinquante" / "twelve fifty" stay two (a price read aloud).
 */
import type { Token } from './text.ts';

const UNITS: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// "six" is both French and English.
const MULTIPLIERS: Record<string, number> = {
  cent: 100,
  cents: 100,
  hundred: 100,
  hundreds: 100,
  mille: 1000,
  milles: 1000,
  thousand: 1000,
  thousands: 1000,
  million: 1_000_000,
  millions: 1_000_000,
};
const JOINERS = new Set(['et', 'and']);
/** Articles that are only a number before a currency or another number ("un café" is not 1). */
const ARTICLES = new Set(['un', 'une', 'one', 'a']);

export type Lang = 'fr' | 'en';

/** In English, "fifty cents" is money, not 50 × 100. */
const multiplier = (w: string, lang: Lang): number | undefined =>
  lang === 'en' && (w === 'cent' || w === 'cents') ? undefined : MULTIPLIERS[w];

export function isNumberWord(w: string, lang: Lang = 'fr'): boolean {
  return w in UNITS || multiplier(w, lang) !== undefined;
}

function wordParts(token: Token, lang: Lang): string[] | null {
  if (token.kind !== 'word') return null;
  const parts = token.text.split('-').filter(Boolean);
  if (parts.length === 0) return null;
  const isNum = (p: string) => isNumberWord(p, lang);
  return parts.every((p) => isNum(p) || JOINERS.has(p)) && parts.some(isNum) ? parts : null;
}

/** May `value` (< 100) be added to `current` as the next, smaller part of the same number? */
function continues(current: number, value: number, previousWord: string): boolean {
  const rest = current % 100;
  if (rest === 0) return true;
  if (previousWord === 'quatre' && value === 20) return true; // quatre-vingt
  if ((rest === 60 || rest === 80) && value >= 1 && value <= 19) return true; // soixante-dix-sept, quatre-vingt-onze
  return rest % 10 === 0 && rest >= 20 && value < 10; // vingt-deux, forty-two
}

interface Reading {
  value: number;
  words: number;
}

/** Reads one number from consecutive word parts; stops where a new number begins. */
function readNumber(parts: string[], lang: Lang): Reading | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let seen = false;
  let previous = '';
  for (const part of parts) {
    if (JOINERS.has(part)) {
      if (!seen) break;
      used++;
      previous = part;
      continue;
    }
    const mult = multiplier(part, lang);
    if (mult !== undefined) {
      if (mult === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mult;
        current = 0;
      }
    } else {
      const unit = UNITS[part];
      if (unit === undefined) break;
      if (seen && !continues(total + current, unit, previous)) break;
      current = previous === 'quatre' && unit === 20 ? current - 4 + 80 : current + unit;
    }
    seen = true;
    used++;
    previous = part;
  }
  // A trailing joiner belongs to the sentence, not the number ("vingt euros et …").
  while (used > 0 && JOINERS.has(parts[used - 1] as string)) used--;
  return seen ? { value: total + current, words: used } : null;
}

/**
 * Replaces runs of number words by `num` tokens (value in cents). Articles count only when a
 * number or a currency-like word follows ("un euro", "a hundred"), so "un café" stays words.
 */
export function mergeNumberWords(
  tokens: Token[],
  lang: Lang,
  isCurrencyWord: (w: string) => boolean,
): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    // French "a" is "has" or "à" (folded), never an article.
    if (t.kind === 'word' && t.text === 'a' && lang === 'fr') {
      out.push(t);
      i++;
      continue;
    }
    if (t.kind === 'word' && ARTICLES.has(t.text)) {
      const nextIsNumber = next?.kind === 'word' && wordParts(next, lang) !== null;
      const nextIsCurrency = next?.kind === 'word' && isCurrencyWord(next.text);
      if (!nextIsNumber && !(nextIsCurrency && t.text !== 'a')) {
        out.push(t);
        i++;
        continue;
      }
    }
    // Collect the parts of consecutive number words (and joiners between them).
    const parts: string[] = [];
    const owners: number[] = [];
    let j = i;
    while (j < tokens.length) {
      const tj = tokens[j] as Token;
      // "soixante et onze": a joiner between two number words belongs to the number.
      const joiner = parts.length > 0 && tj.kind === 'word' && JOINERS.has(tj.text);
      const nextIsNumber =
        joiner && tokens[j + 1] !== undefined && wordParts(tokens[j + 1] as Token, lang) !== null;
      const p = joiner
        ? nextIsNumber
          ? [tj.text]
          : null
        : tj.kind === 'word' && ARTICLES.has(tj.text) && !(tj.text === 'a' && lang === 'fr')
          ? [tj.text === 'a' ? 'one' : tj.text]
          : wordParts(tj, lang);
      if (!p) break;
      for (const part of p) {
        parts.push(part);
        owners.push(j);
      }
      j++;
    }
    const reading = parts.length ? readNumber(parts, lang) : null;
    if (!reading || reading.words === 0) {
      out.push(t);
      i++;
      continue;
    }
    // The number ends with the token that holds its last part.
    const lastToken = owners[reading.words - 1] as number;
    const first = tokens[i] as Token;
    const last = tokens[lastToken] as Token;
    out.push({
      kind: 'num',
      text: tokens
        .slice(i, lastToken + 1)
        .map((x) => x.text)
        .join(' '),
      start: first.start,
      end: last.end,
      cents: reading.value * 100,
      decimal: false,
    });
    i = lastToken + 1;
  }
  return out;
}
