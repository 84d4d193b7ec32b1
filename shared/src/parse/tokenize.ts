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
}

// One alternation, tried left to right at each position; the order matters: dates and times
// before plain numbers, French elisions (l', d', qu') before words.
const TOKEN =
  /(\d{4}-\d{2}-\d{2})|(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?![\d/])|(\d{1,2}(?:h\d{2}|:\d{2})|\d{1,2}h(?!\p{L}))|(\d+(?:[.,]\d+)*)(er|ère|re|ème|eme|e|è|st|nd|rd|th)?(?![\p{L}\d])|(\d+(?:[.,]\d+)*)|((?:qu|jusqu|lorsqu|puisqu|[ldjmtsnc])')(?=\p{L})|(\p{L}[\p{L}\p{M}]*(?:'\p{L}[\p{L}\p{M}]*)*)|([€$£¥%+×&#])|([,.;:!?…]+)/giu;

const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (m[1] !== undefined) tokens.push({ kind: 'isoDate', raw, norm: raw, start, end });
    else if (m[2] !== undefined) tokens.push({ kind: 'slashDate', raw, norm: raw, start, end });
    else if (m[3] !== undefined) tokens.push({ kind: 'time', raw, norm: raw.toLowerCase(), start, end });
    else if (m[4] !== undefined) {
      const ordinal = m[5] !== undefined && /^\d{1,2}$/.test(m[4]);
      tokens.push({ kind: ordinal ? 'ordinal' : 'num', raw, norm: m[4], start, end });
    } else if (m[6] !== undefined) tokens.push({ kind: 'num', raw, norm: raw, start, end });
    else if (m[7] !== undefined || m[8] !== undefined)
      tokens.push({ kind: 'word', raw, norm: normWord(raw), start, end });
    else if (m[9] !== undefined) tokens.push({ kind: 'sym', raw, norm: raw, start, end });
    else tokens.push({ kind: 'punct', raw, norm: raw.charAt(0) === '…' ? '.' : raw.charAt(0), start, end });
  }
  return tokens;
}
