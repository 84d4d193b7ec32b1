/**
 * The preset, WordNet and emoji phrases the parser's tables hold identically without them (build.ts
 * leaves them out): another list the same table reads names the phrase too, or names it otherwise
 * and wins (a hand word read after it, WordNet's noun after a preset's name), and every form the
 * phrase brings (its plural, its singular, a closed "hotpot", a derived « tatoueur ») another list
 * brings the same. Asked of the parser's own tables (category-tables.ts readingTables) built from
 * the lists this build is about to write, and checked on the whole tables: with them left out, both
 * tables hold the same phrases with the same meanings, so no reading can change.
 * A phrase its own words read alike (« place de parking » by « parking ») is not left out: the
 * keyword's span is the description's (describe.ts), and « Place de parking à Orly » would lose words.
 */
import { type Hit, type OpenLists, readingTables } from '../../shared/src/parse/category-tables.ts';
import { EN_HAND, FR_HAND } from '../../shared/src/parse/hand-lexicons.ts';
import { type PhraseTable, phraseWords } from '../../shared/src/parse/phrase-table.ts';
import type { Lang, LexiconEntry } from '../../shared/src/parse/types.ts';
import { rowsOf, type ShippedLists, weighing } from './read-alike.ts';

interface TrieNode {
  next: Map<string, TrieNode>;
  value: Hit | undefined;
}

/**
 * Every phrase of a table, with its meaning as JSON (`-` for a phrase only begun there). The trie's
 * nodes are private to the parser: the build reads them here, so that no walker ships to the phone.
 */
export function meanings(table: PhraseTable<Hit>): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: TrieNode, path: string) => {
    for (const [word, child] of node.next) {
      const phrase = path ? `${path} ${word}` : word;
      out.set(phrase, child.value === undefined ? '-' : JSON.stringify(child.value));
      walk(child, phrase);
    }
  };
  walk((table as unknown as { root: TrieNode }).root, '');
  return out;
}

/** The lists that may lose a phrase, each read by one table. */
const OPEN = { fr: 'fr', en: 'en', wordnet: 'en', emojiFr: 'fr', emojiEn: 'en' } as const satisfies Record<
  string,
  Lang
>;
type Open = keyof typeof OPEN;
export type Unread = Record<Open, Set<string>>;

const rowsIn = (lists: OpenLists, key: Open): readonly LexiconEntry[] =>
  ({
    fr: lists.presets.fr,
    en: lists.presets.en,
    wordnet: lists.wordnet,
    emojiFr: lists.emoji.fr,
    emojiEn: lists.emoji.en,
  })[key];

const without = (rows: readonly LexiconEntry[], left: ReadonlySet<string>): LexiconEntry[] =>
  rows.map(([category, weight, phrases]) => [
    category,
    weight,
    phrases
      .split('|')
      .filter((p) => !left.has(p))
      .join('|'),
  ]);

const none = (): Unread => ({
  fr: new Set(),
  en: new Set(),
  wordnet: new Set(),
  emojiFr: new Set(),
  emojiEn: new Set(),
});

/** The phrases whose meaning either table changes (or loses) when `left` is left out. */
function changed(lists: OpenLists, before: Record<Lang, Map<string, string>>, left: Unread): string[] {
  const cut = (key: Open) => without(rowsIn(lists, key), left[key]);
  const tables = readingTables({
    ...lists,
    presets: { fr: cut('fr'), en: cut('en') },
    wordnet: cut('wordnet'),
    emoji: { fr: cut('emojiFr'), en: cut('emojiEn') },
  });
  const out: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const after = meanings(tables[lang]);
    if (after.size !== before[lang].size) out.push(...[...before[lang].keys()].filter((p) => !after.has(p)));
    for (const [phrase, meaning] of before[lang]) if (after.get(phrase) !== meaning) out.push(phrase);
  }
  return out;
}

/**
 * The phrases of the open lists that the tables hold identically without them. Tried: a phrase
 * another list of its table names too, or that its table means otherwise than its own row (one
 * read after it won). Each is left out alone first; then all together, and a phrase whose words
 * open as a changed phrase's words do (their first four letters) is kept, until nothing changes.
 */
export function wordsUnread(lists: OpenLists): Unread {
  const tables = readingTables(lists);
  const before = { fr: meanings(tables.fr), en: meanings(tables.en) };
  const named = { fr: new Map<string, number>(), en: new Map<string, number>() };
  for (const lang of ['fr', 'en'] as const)
    for (const [, , phrases] of [
      ...lists.brands[0],
      ...lists.brands[1],
      ...lists.presets[lang],
      ...lists.emoji[lang],
      ...(lang === 'en' ? lists.wordnet : []),
      ...FR_HAND,
      ...EN_HAND,
    ])
      for (const p of phrases.split('|')) {
        const key = phraseWords(p).join(' ');
        named[lang].set(key, (named[lang].get(key) ?? 0) + 1);
      }
  const left = none();
  for (const key of Object.keys(OPEN) as Open[]) {
    const lang = OPEN[key];
    for (const [category, weight, phrases] of rowsIn(lists, key))
      for (const phrase of phrases.split('|')) {
        const norms = phraseWords(phrase).join(' ');
        const own = JSON.parse(before[lang].get(norms) ?? '{}') as Partial<Hit>;
        const otherwise = own.category !== category || own.weight !== weight;
        if (!otherwise && (named[lang].get(norms) ?? 0) < 2) continue;
        const alone = none();
        alone[key].add(phrase);
        if (changed(lists, before, alone).length === 0) left[key].add(phrase);
      }
  }
  const stems = (phrase: string) =>
    [...phraseWords(phrase), phrase.replace(/ /g, '')].map((w) => w.slice(0, 4));
  for (let lost = changed(lists, before, left); lost.length > 0; lost = changed(lists, before, left)) {
    const gone = new Set(lost.flatMap(stems));
    const count = Object.values(left).reduce((n, set) => n + set.size, 0);
    for (const set of Object.values(left))
      for (const phrase of set) if (stems(phrase).some((s) => gone.has(s))) set.delete(phrase);
    // Nothing to blame by its words: leave nothing out rather than change a reading.
    if (Object.values(left).reduce((n, set) => n + set.size, 0) === count)
      for (const set of Object.values(left)) set.clear();
  }
  return left;
}

const unsaid = <V>(words: ReadonlyMap<string, V>, left: ReadonlySet<string>) =>
  new Map([...words].filter(([k]) => !left.has(k)));

/** The lists as build.ts holds them, less the phrases the tables hold alike without them (`left`: how many). */
export function withoutUnread(lists: ShippedLists, weights: { emoji: number; ailments: number }) {
  const unread = wordsUnread({
    brands: [rowsOf(lists.brands[0]), rowsOf(lists.brands[1])],
    presets: { fr: rowsOf(lists.presets.fr), en: rowsOf(lists.presets.en) },
    emoji: { fr: weighing(lists.emoji.fr, weights.emoji), en: weighing(lists.emoji.en, weights.emoji) },
    wordnet: [...weighing(lists.nouns, 2), ...weighing(lists.ailments, weights.ailments)],
  });
  return {
    presets: { fr: unsaid(lists.presets.fr, unread.fr), en: unsaid(lists.presets.en, unread.en) },
    emoji: { fr: unsaid(lists.emoji.fr, unread.emojiFr), en: unsaid(lists.emoji.en, unread.emojiEn) },
    nouns: unsaid(lists.nouns, unread.wordnet),
    ailments: unsaid(lists.ailments, unread.wordnet),
    left: Object.values(unread).reduce((n, set) => n + set.size, 0),
  };
}
