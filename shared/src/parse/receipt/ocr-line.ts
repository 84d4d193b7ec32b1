/**
 * One line of OCR text as the receipt reader sees it: its amounts (with the usual OCR
 * confusions undone: O for 0, l or I for 1, S for 5, B for 8, stray spaces, "," or ".") and its
 * words (lower case, no accents, digits read as the letters they stand for in a word: "T0TAL").
 */

export interface Amount {
  cents: number;
  negative: boolean;
  /** Where the amount is in the line's `text`: the rightmost is the amount column. */
  start: number;
  end: number;
}

export interface OcrLine {
  index: number;
  /** The line with OCR's "$" read as "S" put back and currency codes parted from figures. */
  text: string;
  /** Lower-case, accent-free words, OCR digits in words read as letters, fuzzy-fixed to the vocabulary. */
  words: string[];
  amounts: Amount[];
  /** Letters in the line: a line of figures alone has few. */
  letters: number;
}

// A digit as OCR may print it. S and B count as digits only inside a number, never first.
const D = '[0-9OoIl|]';
const DX = '[0-9OoIl|SB]';
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\d.,])(-\\s?)?(${D}${DX}{0,2}(?:[ .,'’]${DX}{3})+|${D}${DX}*)\\s?([.,])\\s?(${DX}{2})(?![\\d%]|[.,]\\d|\\s?%)(\\s?-(?!\\s?\\d))?`,
  'gu',
);

const OCR_DIGIT: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1', S: '5', B: '8' };
const toDigits = (s: string): string => s.replace(/[OoIl|SB]/g, (c) => OCR_DIGIT[c] ?? c);
const realDigits = (s: string): number => s.replace(/\D/g, '').length;

/** Largest amount a receipt reader believes: 99,999.99. */
const MAX_RECEIPT_CENTS = 9_999_999;

/** A currency code glued to the figure ("EUR47.83"), a "$" read as "S" ("S48.82"). */
export const cleanLine = (raw: string): string =>
  raw
    .replace(/(EUR|GBP|USD|CHF)(?=\d)/g, '$1 ')
    .replace(/(^|\s)S(?=\d{1,4}[.,]\d{2}(?!\d))/g, '$1$$')
    .replace(/[\u2212\u2013\u2014]/g, '-');

/** Every amount with two decimals in the line ("47,83", "1 234.56", "4O,5O", "-2,17", "2,17-"). */
export function amountsInLine(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const whole = m[2] ?? '';
    const frac = m[4] ?? '';
    // Half the characters at least are real digits: "Il,SO" is not money.
    if (realDigits(whole + frac) * 2 < (whole + frac).replace(/[ .,'’]/g, '').length) continue;
    const units = toDigits(whole).replace(/[ .,'’]/g, '');
    const cents = Number(units) * 100 + Number(toDigits(frac));
    if (!Number.isSafeInteger(cents) || cents > MAX_RECEIPT_CENTS) continue;
    const negative = m[1] !== undefined || m[5] !== undefined;
    out.push({ cents, negative, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const LETTER_DIGIT: Record<string, string> = { '0': 'o', '1': 'l', '5': 's', '8': 'b' };

/** "T0TAL" → "total", "Café" → "cafe", "À PAYER" → "a payer": one word per run of letters. */
export function wordsOf(raw: string): string[] {
  return raw
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w !== '')
    .map((w) =>
      /\p{L}/u.test(w) && realDigits(w) * 2 < w.length
        ? w.replace(/[0158]/g, (c) => LETTER_DIGIT[c] ?? c)
        : w,
    )
    .filter((w) => /\p{L}/u.test(w));
}

/** Edit distance, stopped early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** A misread word of five letters or more becomes the vocabulary word one edit away ("totai" → "total"). */
export function fixWord(word: string, vocabulary: ReadonlySet<string>): string {
  if (word.length < 5 || vocabulary.has(word)) return word;
  for (const v of vocabulary) if (v.length >= 5 && editDistance(word, v, 1) <= 1) return v;
  return word;
}

/** Heads after which OCR glued anything ("TOTALTTE"): the total's own words. */
const GLUED_HEADS = new Set(['total', 'montant', 'amount', 'balance']);

/**
 * Two words OCR printed as one ("APAYER", "CBSANS", "TOTALHT"): a known word followed by another
 * known word, or by anything after a total's own word.
 */
export function unglue(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < 5 || vocabulary.has(word)) return [word];
  for (let i = word.length - 2; i >= 1; i--) {
    const head = word.slice(0, i);
    if (!vocabulary.has(head)) continue;
    const tail = fixWord(word.slice(i), vocabulary);
    if (vocabulary.has(tail) || GLUED_HEADS.has(head)) return [head, tail];
  }
  return [word];
}

/** Splits OCR text into lines, each with its words and amounts. */
export function ocrLines(text: string, vocabulary: ReadonlySet<string>): OcrLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => {
      const text = cleanLine(raw);
      const amounts = amountsInLine(text);
      // Words outside the amounts: "S,50" is a figure, not the word "s".
      let rest = text;
      for (const a of amounts)
        rest = `${rest.slice(0, a.start)}${' '.repeat(a.end - a.start)}${rest.slice(a.end)}`;
      const words = wordsOf(rest).flatMap((w) => {
        const parts = unglue(w, vocabulary);
        return parts.length > 1 ? parts : [fixWord(w, vocabulary)];
      });
      return { index, text, words, amounts, letters: (rest.match(/\p{L}/gu) ?? []).length };
    })
    .filter((l) => l.text.trim() !== '');
}
