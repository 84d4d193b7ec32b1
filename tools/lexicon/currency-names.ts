/**
 * `pnpm lexicon` (also alone: `tsx tools/lexicon/currency-names.ts`): writes
 * shared/src/parse/lexicon-currencies.ts, every ISO 4217 currency in current use by the names Unicode
 * CLDR gives it in French and English (singular and plural), as Node's full ICU carries them. Built
 * here, never at run time: engines' ICU data differ, and the phone and the server must read alike.
 *
 * What is written, per currency, is what the reading needs and no more (the phone's reading chunk
 * has little room; currencies-named.ts reads it):
 * - its code (read in capitals only, as currencies.ts reads the codes it knows);
 * - its heads, the noun people say alone (« shilling kényan » → « shilling », "Kenyan shillings" →
 *   "shillings"), singular, and the plural forms CLDR gives that are not the singular plus "s"
 *   ("leva", "lei", "maloti", "soles");
 * - when a head names several currencies (« dollar », "shilling", « dinar »), the first letters of
 *   each one's adjective in French and English (« kényan », "Kenyan": `keny`), enough to tell them
 *   apart: the adjective said beside the head (« shillings ougandais », "Ugandan shillings"), or a
 *   country's name in the note that opens the same way ("in Uganda"), says which;
 * - how many of it a euro is worth, as a power of ten, for moneys of small units (SCALES).
 * Left out: funds, precious metals and units of account (X…, but the CFA and CFP francs and the East
 * Caribbean dollar), currencies CLDR dates (« (1964—2022) »), those replaced by another (HRK, CUC,
 * ANG, SLL, ZWL: not said anymore), and those few here say (RARELY_SAID). Signs are left out too:
 * speech is written in words (« nairas », not "₦"), and each sign cost the chunk more than a name.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { phraseWords } from '../../shared/src/parse/phrase-table.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Replaced by another currency, or no longer said. */
const NOT_IN_USE = new Set(['HRK', 'CUC', 'ANG', 'SLL', 'ZWL', 'ZWG', 'VED', 'EUR']);
/**
 * Moneys of places few who speak to this app live in or travel to (reviewed): islands and
 * territories of a few hundred thousand people, where another money is taken as often (the US
 * dollar, the euro), and states few travel to. Left out for the room they take in the phone's
 * reading chunk (each costs about 13 B gzip); a number said in one is kept to look at, as before.
 */
const RARELY_SAID = new Set(
  'BMD BSD BBD BZD KYD SBD SRD GYD LRD AWG XCG FKP GIP SHP SSP KMF DJF BIF ERN STN SZL LSL BTN TOP WST PGK KPW SVC MRU SLE TJS TMT MOP MVR AFN CVE GMD GNF SOS SYP YER LYD TTD XCD BND NIO HNL PAB'.split(
    ' ',
  ),
);
/**
 * How many of each money a euro is worth, as a power of ten (reviewed, about: 2026), for those
 * worth far less than a euro: plausibility.ts scales its limit by it (« 120 000 shillings
 * tanzaniens » is a dive, not a fortune; a hotel in Tokyo is not implausible).
 */
const SCALES: Readonly<Record<string, number>> = Object.fromEntries(
  [
    [1, 'CNY HKD THB MXN ZAR CZK SEK NOK DKK TRY MAD BRL PHP ZMW MZN DOP UYU EGP MUR MKD TWD GHS UAH KGS'],
    [2, 'JPY HUF INR XOF XAF RUB KES KZT AMD DZD ISK LKR PKR NPR BDT JMD CRC HTG ETB RSD ALL XPF'],
    [3, 'KRW NGN UGX TZS MWK MGA CDF RWF KHR MMK MNT COP CLP ARS PYG IQD AOA'],
    // One euro is about 27,000 dong, 17,000 rupiah.
    [4, 'VND IDR LAK UZS IRR LBP'],
  ].flatMap(([power, codes]) =>
    String(codes)
      .split(' ')
      .map((code) => [code, Number(power)]),
  ),
);

/** Units of account, funds and metals that share the X… codes with moneys people hold. */
const X_KEPT = new Set(['XOF', 'XAF', 'XPF', 'XCD', 'XCG']);

/**
 * Heads that are also everyday words (reviewed). `NEVER_ALONE`: read only with the adjective that
 * says whose ("20 real quick", "18 marks on the test", « un sum »; « 12 marks convertibles », "Romanian
 * lei" are money). `THINGS`: things counted too (« 2 gourdes pour les enfants », « 3 Sol au bar », "a
 * dram of whisky"), money beside a number only when nothing else in the note is (« 50 gourdes » in
 * Port-au-Prince, « 45 sols » in Lima), as « boules » and « sacs » are (read-amount.ts thingCounted).
 */
const NEVER_ALONE = new Set('real|mark|won|rand|lev|lei|leu|sum'.split('|'));
const THINGS = new Set(
  'sol|soles|dram|gourde|kip|tala|colon|cordoba|bolivar|balboa|escudo|florin|guilder|leone|kina|pula|kwanza|afghani|loti'.split(
    '|',
  ),
);
export const WORD_HEADS = new Set([...NEVER_ALONE, ...THINGS]);
const wordMark = (head: string) => (NEVER_ALONE.has(head) ? '!' : THINGS.has(head) ? '~' : '');

/**
 * A head several currencies share is read alone as the one most people mean by it (reviewed): the
 * hand list (currencies.ts) already says « dollars », « pesos », « francs », « livres », « roupies »;
 * these are the heads it does not know. A place or an adjective in the note still decides.
 */
const HEAD_DEFAULTS: Readonly<Record<string, string>> = {
  shilling: 'KES',
  riyal: 'SAR',
  kwacha: 'ZMW',
  som: 'KGS',
  roupie: 'INR',
  rupee: 'INR',
  dirham: 'MAD',
  krona: 'SEK',
  rouble: 'RUB',
  ruble: 'RUB',
  manat: 'AZN',
  colon: 'CRC',
};

const dn = (lang: string) => new Intl.DisplayNames([lang], { type: 'currency', fallback: 'none' });
const named = (lang: string, code: string, count: number) =>
  new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: code,
    currencyDisplay: 'name',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  })
    .formatToParts(count)
    .filter((p) => p.type === 'currency')
    .map((p) => p.value)
    .join('');

/** A name as the parser compares it: lower case, no accents, « pa’anga » with a straight quote. */
const words = (name: string) =>
  phraseWords(
    name
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[\u2019\u02bb]/g, "'")
      .replace(/[&.]/g, ' '),
  );

/** « nouveau shekel israélien », "Israeli new shekel": the head is the noun, not « nouveau ». */
const NEW = /^(nouveaux?|new)$/;
const OF = /^(de|des|du|d')$/;

interface Named {
  code: string;
  /** Singular heads, French and English, as compared. */
  heads: Set<string>;
  /** Plural forms of the heads that are not the singular plus "s". */
  plurals: Set<string>;
  /** The adjectives, French and English, as compared (« kenyan », "kenyan"). */
  adjectives: string[];
}

/** Head and adjective of one CLDR name: French puts the head first, English last. */
function split(lang: 'fr' | 'en', name: string): { head: string; adjective: string } {
  let w = words(name);
  if (lang === 'fr') {
    if (NEW.test(w[0] ?? '')) w = w.slice(1);
    const [head = '', ...rest] = w;
    while (OF.test(rest[0] ?? '')) rest.shift();
    return { head, adjective: rest.join(' ') };
  }
  const head = w.at(-1) ?? '';
  // "Israeli new shekel": « new » before the head only; "New Zealand" is the country's name.
  const rest = w.slice(0, -1).filter((x) => !NEW.test(x));
  return { head, adjective: rest.join(' ') };
}

function currencies(): Named[] {
  const out: Named[] = [];
  for (const code of Intl.supportedValuesOf('currency')) {
    if (NOT_IN_USE.has(code) || RARELY_SAID.has(code) || (code.startsWith('X') && !X_KEPT.has(code)))
      continue;
    const fr = dn('fr').of(code);
    const en = dn('en').of(code);
    if (!fr || !en || /\d/.test(fr + en)) continue;
    const one: Named = { code, heads: new Set(), plurals: new Set(), adjectives: [] };
    for (const lang of ['fr', 'en'] as const) {
      const singular = split(lang, named(lang, code, 1));
      const plural = split(lang, named(lang, code, 2));
      one.heads.add(singular.head);
      if (plural.head !== singular.head && plural.head !== `${singular.head}s`) one.plurals.add(plural.head);
      if (singular.adjective !== '') one.adjectives.push(singular.adjective);
    }
    out.push(one);
  }
  return out;
}

/**
 * The first letters of each adjective that tell a currency from the others of its head: four at
 * least (« keny » for « kényan », "Kenyan" and « Kenya »; three would take « con » of « congolais »
 * for « contre »), more until no other currency of that head
 * has the same; one stem for both languages when one opens the other adjective too (« chil »).
 */
function stems(all: readonly Named[], one: Named): string[] {
  const siblings = all.filter((o) => o !== one && [...o.heads].some((h) => one.heads.has(h)));
  // A head that is a word is read with its adjective only: it needs its stems even alone.
  if (siblings.length === 0 && ![...one.heads].some((h) => WORD_HEADS.has(h))) return [];
  const others = siblings.flatMap((o) => o.adjectives);
  const out: string[] = [];
  const shortest = (adjective: string) => {
    let n = Math.min(4, adjective.length);
    while (n < adjective.length && others.some((o) => o.startsWith(adjective.slice(0, n)))) n++;
    return adjective.slice(0, n);
  };
  for (const adjective of one.adjectives) {
    if (out.some((s) => adjective.startsWith(s))) continue;
    const stem = shortest(adjective);
    // « franc CFA » of the West and of the Centre: a stem a sibling has too tells nothing.
    if (!others.some((o) => o.startsWith(stem))) out.push(stem);
  }
  return out;
}

/**
 * One row a currency: its code, its scale (SCALES) if any, its heads (`*` before a head read alone
 * as it, HEAD_DEFAULTS; `!` and `~` before a head that is a word, NEVER_ALONE and THINGS, when it
 * names this currency alone), then `/` and its stems; rows joined as they are (a code's capitals
 * open each): "KES2*shilling/keny", "NGN3naira", "PEN~sol,~soles/peru".
 */
export function currencyRows(): { rows: string; count: number } {
  const all = currencies();
  const headCount = new Map<string, number>();
  for (const one of all) for (const h of one.heads) headCount.set(h, (headCount.get(h) ?? 0) + 1);
  const rows = all.map((one) => {
    const heads = [...one.heads].map((h) => {
      if (HEAD_DEFAULTS[h] === one.code) return `*${h}`;
      return (headCount.get(h) ?? 0) === 1 ? `${wordMark(h)}${h}` : h;
    });
    const forms = [...heads, ...[...one.plurals].map((p) => `${wordMark(p)}${p}`)];
    for (const f of forms)
      if (/[^a-z' *!~]/.test(f)) throw new Error(`${one.code}: a head the rows cannot carry: ${f}`);
    const s = stems(all, one);
    return `${one.code}${SCALES[one.code] ?? ''}${forms.join(',')}${s.length > 0 ? `/${s.join(',')}` : ''}`;
  });
  return { rows: rows.join(''), count: all.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, count } = currencyRows();
  writeFileSync(
    root('shared/src/parse/lexicon-currencies.ts'),
    `/**
 * Generated by \`pnpm lexicon\` (tools/lexicon/currency-names.ts): do not edit by hand. The ${count}
 * ISO 4217 currencies in current use by the names Unicode CLDR gives them in French and English
 * (Node ${process.versions.node}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}; Unicode-3.0, /open-data-licences.txt),
 * read by currencies-named.ts. A row: the code, its heads (after its scale, a power of ten, when a euro is worth many; \`*\` read alone as it though others share
 * it, \`!\` a word read only with its adjective, \`~\` a thing too, money when nothing else is), then after \`/\` the first letters of the adjectives
 * that tell it from the others of its head.
 */
export const CURRENCY_ROWS = ${JSON.stringify(rows)};
`,
  );
}
