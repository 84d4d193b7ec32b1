/**
 * Which words of emojibase-data's annotations (labels and tags, French and English) the build keeps,
 * through the table of emoji-categories.ts (build.ts writes them to shared/src/parse/lexicon-emoji.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Category } from '../../shared/src/categories.ts';
import { plural, singularOf } from '../../shared/src/parse/phrase-inflections.ts';
import { EMOJI_WORDS_LEFT_OUT, emojiCategory } from './emoji-categories.ts';

/** One emoji as emojibase-data writes it (fr/data.json, en/data.json). */
export interface EmojiEntry {
  hexcode: string;
  label: string;
  tags?: readonly string[];
  subgroup?: number;
}

/**
 * The words of one language's annotations: every emoji's label and tags (normed as the parser
 * compares them), one to three words of letters, kept when every emoji that says it, listed or not,
 * means the same category (« glace » is ice cream, a mirror and ice: dropped; « heure » is the
 * watch's and the clock faces': dropped) and no other lexicon names it (`takenLists`: the hand
 * words of both languages, iD's presets, the brands, WordNet's nouns, which all win over these; a
 * word they name alike is dead weight, and one they name otherwise has its meaning already). A tag of several words is kept
 * when two emoji or more carry it, a tag of one word when three do; one word that is an everyday
 * word (`everyday`: the hand lexicons' and the first labelled sentences' words) is left out.
 */
export function emojiWords(
  lang: 'fr' | 'en',
  normed: (phrase: string) => string,
  takenLists: readonly Iterable<string>[],
  everyday: ReadonlySet<string>,
): Map<string, Category> {
  const taken = new Set(takenLists.flatMap((list) => [...list]));
  const english = new Map(readEmoji('en/data.json').map((e) => [e.hexcode, e]));
  const subgroups = new Map(
    readEmoji<{ subgroups: { key: string; order: number }[] }>('en/messages.json').subgroups.map((s) => [
      s.order,
      s.key,
    ]),
  );
  const meanings = new Map<string, Set<Category | null>>();
  // How many emoji carry a phrase, and whether one names it in its label.
  const carriers = new Map<string, { count: number; label: boolean }>();
  for (const e of readEmoji(`${lang}/data.json`)) {
    const en = english.get(e.hexcode);
    if (!en) continue;
    const category = emojiCategory(
      en.label,
      en.subgroup === undefined ? undefined : subgroups.get(en.subgroup),
    );
    const keys = new Map<string, boolean>();
    for (const [phrase, tag] of [
      [e.label, false] as const,
      ...(e.tags ?? []).map((t) => [t, true] as const),
    ]) {
      const key = normed(phrase);
      if (key.length < 3 || key.split(' ').length > 3 || /[^a-z' ]/.test(key)) continue;
      // One everyday word says how the thing is (« petit », « rouge », "small", "hot") or names
      // other things too (« des », « pile », « avocat », "mate"): it is left out, label or tag.
      if ((!key.includes(' ') && everyday.has(key)) || EMOJI_WORDS_LEFT_OUT.has(key)) continue;
      keys.set(key, (keys.get(key) ?? false) || !tag);
    }
    for (const [key, label] of keys) {
      const seen = meanings.get(key) ?? new Set();
      seen.add(category);
      meanings.set(key, seen);
      const c = carriers.get(key) ?? { count: 0, label: false };
      carriers.set(key, { count: c.count + 1, label: c.label || label });
    }
  }
  const words = new Map<string, Category>();
  for (const [key, categories] of meanings) {
    const [only] = categories;
    // A tag is as often an association as a name (« vampire » for garlic, « week-end » for two kinds
    // of sandals, "dionysus" for grapes); a phrase of a tag two things of a kind share, or a word
    // three share, names the kind or the thing again (« boîte à outils », « instrument »).
    const carried = carriers.get(key);
    if (!carried || (!carried.label && carried.count < (key.includes(' ') ? 2 : 3))) continue;
    if (categories.size !== 1 || !only || hides(key, taken)) continue;
    // The tables add a phrase's plural (and in French its singular) under it: a form another list
    // names is that list's (category-emoji.ts skips the phrase on the phone, so it is dead weight here).
    const split = key.split(' ');
    const forms = [split, plural(split), lang === 'fr' ? singularOf(split) : null];
    if (forms.some((f) => f !== null && taken.has(f.join(' '))) || pluralOfTaken(split, taken)) continue;
    words.set(key, only);
  }
  return words;
}

/** Whether a phrase is the plural the tables add under a phrase another list names ("beans" of "bean"). */
function pluralOfTaken(words: string[], taken: ReadonlySet<string>): boolean {
  const last = words.at(-1) ?? '';
  return [last.slice(0, -1), last.slice(0, -2), `${last.slice(0, -3)}y`].some((one) => {
    const phrase = [...words.slice(0, -1), one];
    return taken.has(phrase.join(' ')) && plural(phrase)?.join(' ') === words.join(' ');
  });
}

/**
 * Whether a phrase another list names starts inside this one and runs past its end: « rouleau de
 * papier » would hide « papier peint » in « un rouleau de papier peint ».
 */
function hides(key: string, taken: ReadonlySet<string>): boolean {
  const words = key.split(' ');
  for (const phrase of taken) {
    const other = phrase.split(' ');
    for (let i = 1; i < words.length; i++)
      if (other.length > words.length - i && words.slice(i).every((w, j) => other[j] === w)) return true;
  }
  return false;
}

/** emojibase-data's version, for the generated file's header and the notices. */
export const emojibaseVersion = () => readEmoji<{ version: string }>('package.json').version;

/** One of the package's files (its "exports" do not list every file): an emoji list unless said. */
function readEmoji<T = EmojiEntry[]>(path: string): T {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`node_modules/emojibase-data/${path}`, import.meta.url)), 'utf8'),
  ) as T;
}
