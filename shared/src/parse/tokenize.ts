/**
 * Splits a transcript into tokens that keep their place in the text, so the parser can match
 * phrases on a lower-case, accent-free form and still quote the speaker's own words back.
 */

export type TokenKind = 'word' | 'num' | 'ordinal' | 'time' | 'slashDate' | 'isoDate' | 'sym' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The text as written ("Aldi", "12,50", "1er"). */
  raw: string;
  /** Lower case, no accents ("cafe", "aujourd'hui"); digits for ordinals ("1" for "1er"). */
  norm: string;
  start: number;
  end: number;
  /** A single space (or no-break space) before it: "1 200" is one number, "1/200" is not. */
  spaced: boolean;
}

// One alternation, tried left to right at each position; the order matters: dates and times
// before plain numbers, French elisions (l', d', qu') before words.
const TOKEN =
  /(\d{4}-\d{2}-\d{2})|(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?![\d/])|(\d{1,2}(?:h\d{2}|:\d{2})|\d{1,2}h(?!\p{L}))|(\d{3}\/\d{2}(?: ?Z?R ?\d{2})?)(?![\d/])|(\d+(?:[.,]\d+)*)(?:(er|ère|re|ème|eme|e|è|st|nd|rd|th)(?![\p{L}\d]))?|((?:qu|jusqu|lorsqu|puisqu|[ldjmtsnc])')(?=\p{L})|(\p{L}[\p{L}\p{M}]*(?:'\p{L}[\p{L}\p{M}]*)*)|([€$£¥%+×&#]|(?<![\p{L}\p{N}])[-−](?=\d))|([,.;:!?…]+)/giu;

const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

/** The normalized words of tokens[from..to) joined by spaces, to test a phrase against. */
/** A title before a name: « M. Bernard », « Mme Lefèvre », "Mrs Green" (raw, capitalised). */
export const TITLE = /^(M|Mme|Mlle|Mr|Mrs|Ms|Dr)$/;

export const wordsOf = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ');

/** "Café" → "cafe", "Œuf" → "oeuf": the form every lexicon in the parser is written in. */
export function normWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(MARKS, '');
}

/** Whisper and phone keyboards write ’ for '; the tokens are found on the straight form. */
export function cleanText(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

const SPACE = /[ \u00A0\u202F\u2009]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const spaced = start > 0 && SPACE.test(text.charAt(start - 1));
    if (m[1] !== undefined) tokens.push({ kind: 'isoDate', raw, norm: raw, start, end, spaced });
    else if (m[2] !== undefined) tokens.push({ kind: 'slashDate', raw, norm: raw, start, end, spaced });
    else if (m[3] !== undefined)
      tokens.push({ kind: 'time', raw, norm: raw.toLowerCase(), start, end, spaced });
    else if (m[5] !== undefined) {
      const ordinal = m[6] !== undefined && /^\d{1,2}$/.test(m[5]);
      tokens.push({ kind: ordinal ? 'ordinal' : 'num', raw, norm: m[5], start, end, spaced });
    } else if (m[4] !== undefined || m[7] !== undefined || m[8] !== undefined)
      // « 205/55 R16 »: a tyre's size (width / height, the rim) is one word of the thing, no money.
      tokens.push({ kind: 'word', raw, norm: normWord(raw), start, end, spaced });
    else if (m[9] !== undefined) tokens.push({ kind: 'sym', raw, norm: raw, start, end, spaced });
    else
      tokens.push({
        kind: 'punct',
        raw,
        norm: raw.charAt(0) === '…' ? '.' : raw.charAt(0),
        start,
        end,
        spaced,
      });
  }
  return tokens;
}
