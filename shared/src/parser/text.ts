/** Text helpers for the parser: one normal form for matching, tokens with their source spans. */

/** Lower case, no accents, straight apostrophes: "Théâtre" → "theatre". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’ʼ`´]/g, "'");
}

export type TokenKind = 'num' | 'word' | 'sym' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Folded text (for words), the symbol, or the digits as written. */
  text: string;
  start: number;
  end: number;
  /** For `num`: the value in cents. */
  cents?: number;
  /** For `num`: written with decimals ("12,50"). */
  decimal?: boolean;
  /** For `num`: followed by a k/K multiplier ("3k"). */
  kilo?: boolean;
  /** For `num`: glued to the next token without a space ("12€50", "14h"). */
  glued?: boolean;
}

// Numbers as people and Whisper write them: "1 500", "1.200,50", "1,200.50", "12,50", "2.8", "3k".
const NUMBER =
  /^(?:\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+)(?:[.,]\d{1,2}(?!\d))?/;

function numberCents(raw: string): { cents: number; decimal: boolean } {
  const compact = raw.replace(/[\u0020\u00a0\u202f]/g, '');
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(compact);
  const intPart = (m?.[1] ?? compact).replace(/[.,]/g, '');
  const frac = m?.[2];
  // "1,200" and "1.200" are thousands; a decimal part has at most two digits.
  return {
    cents: Number(intPart) * 100 + (frac ? Number(frac.padEnd(2, '0')) : 0),
    decimal: frac !== undefined,
  };
}

const SYMBOLS = new Set(['€', '$', '£', '¥', '%', '/', '+', '&']);
const PUNCT = new Set([',', '.', ';', ':', '!', '?', '(', ')', '"', '«', '»', '…', '—', '–']);

/** Splits speech into tokens; hyphens stay inside words ("avant-hier", "vingt-deux"). */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const text = input.replace(/[’ʼ`´]/g, "'");
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (/\d/.test(ch)) {
      const m = NUMBER.exec(text.slice(i));
      const raw = m?.[0] ?? ch;
      const { cents, decimal } = numberCents(raw);
      let end = i + raw.length;
      const token: Token = { kind: 'num', text: raw, start: i, end, cents, decimal };
      const rest = text.slice(end);
      const kilo = /^\s?[kK](?![a-zA-Z])/.exec(rest);
      if (kilo) {
        token.kilo = true;
        end += kilo[0].length;
        token.end = end;
      } else if (/^[a-zA-Z€$£%]/.test(rest)) {
        token.glued = true;
      }
      tokens.push(token);
      i = end;
      continue;
    }
    if (SYMBOLS.has(ch) || PUNCT.has(ch)) {
      tokens.push({ kind: SYMBOLS.has(ch) ? 'sym' : 'punct', text: ch, start: i, end: i + 1 });
      i++;
      continue;
    }
    const m = /^[\p{L}\p{M}'-]+/u.exec(text.slice(i));
    if (!m) {
      i++;
      continue;
    }
    let word = m[0];
    // "l'addition" → "l'" + "addition"; keep "aujourd'hui" whole.
    const elided = /^([cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/iu.exec(word);
    if (elided && !/^aujourd'hui/i.test(word)) {
      tokens.push({ kind: 'word', text: fold(elided[0]), start: i, end: i + elided[0].length });
      i += elided[0].length;
      word = word.slice(elided[0].length);
    }
    const clean = word.replace(/^[-']+|[-']+$/g, '');
    if (clean) tokens.push({ kind: 'word', text: fold(clean), start: i, end: i + word.length });
    i += word.length;
  }
  return tokens;
}
