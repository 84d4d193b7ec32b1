/**
 * Given names, French and English, for telling a person from a company at the giver of money
 * (« Marie Dupont m'a remboursé » is a person, « Leroy Merlin m'a remboursé » a shop): the first
 * names of Faker's `fr` and `en` locales (@faker-js/faker, MIT; person.first_name: generic,
 * female and male), as the parser compares words (lower case, no accents), with the names of
 * word-lists.ts FIRST_NAMES (the brands' filter's hand list: « Karim », « Mehdi », « Yanis », which
 * Faker's French list lacks). A name of one word is kept; « Jean-Pierre », "Mary Ann" and names of
 * fewer than three letters are left out.
 */
import { readFileSync } from 'node:fs';
import { FIRST_NAMES } from './word-lists.ts';

type Locale = { person?: { first_name?: Record<string, string[]> } };

/** Faker's version and its fr and en first names, normed and sorted. */
export async function givenNames(
  normed: (phrase: string) => string,
): Promise<{ version: string; names: string[] }> {
  // Read where pnpm put it: tools/lexicon is no workspace project, so no import is typed against it.
  const dir = new URL('node_modules/@faker-js/faker/', import.meta.url);
  const faker = (await import(new URL('dist/index.js', dir).href)) as Record<string, Locale>;
  const { version } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { version: string };
  const names = new Set<string>([...FIRST_NAMES].filter((name) => /^[a-z]{3,}$/.test(name)));
  for (const locale of ['fr', 'en'])
    for (const name of Object.values(faker[locale]?.person?.first_name ?? {}).flat()) {
      const key = normed(name);
      if (/^[a-z]{3,}$/.test(key)) names.add(key);
    }
  return { version, names: [...names].sort() };
}
