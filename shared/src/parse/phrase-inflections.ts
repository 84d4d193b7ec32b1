/**
 * The other forms of a lexicon's phrase the tables add under it (category-tables.ts): the plural of
 * its last word, the singular of a French plural, the feminine of a French trade.
 */

/** Plurals whose singular names another thing: « une course » is a ride, « le solde » a balance. */
const SINGULAR_OTHER = new Set(
  'courses|soldes|jumelles|echecs|lunettes|affaires|toilettes|frais|vacances'.split('|'),
);

/** The plural of a phrase's last word: « gâteaux », « journaux », and English "crutches", "batteries", "glasses". */
export function plural(words: string[]): string[] | null {
  const last = words[words.length - 1] ?? '';
  if (last.length < 3 || (/[sxz]$/.test(last) && !/ss$/.test(last))) return null;
  const many = /(eau|eu)$/.test(last)
    ? `${last}x`
    : /al$/.test(last)
      ? `${last.slice(0, -2)}aux`
      : /(ch|sh|ss)$/.test(last)
        ? `${last}es`
        : /[^aeiou]y$/.test(last)
          ? `${last.slice(0, -1)}ies`
          : `${last}s`;
  return [...words.slice(0, -1), many];
}

/** A French compound's plural is its head's: « brosses à dents », « sacs de couchage » (the complement stays as said). */
export function headPlural(words: string[]): string[] | null {
  const [head = '', ...rest] = words;
  const many = rest.length > 1 && /^(a|de|d')$/.test(rest[0] ?? '') ? plural([head]) : null;
  return many ? [...many, ...rest] : null;
}

/** The singular of a French phrase's last word in -s or -x: « frites » → « frite », « gâteaux » → « gâteau ». */
export function singularOf(words: string[]): string[] | null {
  const last = words[words.length - 1] ?? '';
  // -is, -us, -ss and -ais, -ois are singular already (« radis », « jus », « français »), -x only after eau, eu.
  if (last.length < 5 || !/([^siu]s|eux|eaux)$/.test(last) || SINGULAR_OTHER.has(last)) return null;
  return [...words.slice(0, -1), last.slice(0, -1)];
}

/** The feminine of a French trade: -ien → -ienne, -teur → -trice, -eur → -euse, -ier → -iere, -er → -ere. */
export function feminineOf(word: string): string | null {
  if (word.length < 5) return null;
  if (word.endsWith('ien')) return `${word}ne`;
  if (word.endsWith('teur')) return `${word.slice(0, -4)}trice`;
  if (word.endsWith('eur')) return `${word.slice(0, -3)}euse`;
  if (word.endsWith('ier')) return `${word.slice(0, -3)}iere`;
  // « l'horlogère », « la volaillère »: -er → -ère.
  if (word.endsWith('er')) return `${word.slice(0, -2)}ere`;
  return null;
}
