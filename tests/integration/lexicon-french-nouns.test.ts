/**
 * The lexicon build's French nouns (tools/lexicon/freedict.ts and french-nouns.ts): a dictd file
 * read as Debian installs it, and glosses read into a small WordNet made here, so the rules are
 * tested without the real datasets (which only `pnpm lexicon` installs).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Category } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import type * as FreeDictModule from '../../tools/lexicon/freedict.ts';
import type * as FrenchNounsModule from '../../tools/lexicon/french-nouns.ts';
import type { Synset, WordNet } from '../../tools/lexicon/wordnet.ts';

type FrenchNoun = FreeDictModule.FrenchNoun;
type Categories = ReadonlyMap<string, { category: Category | null }>;

// tools/lexicon is no package of the workspace: its modules are loaded from their files as the
// build runs them; the test reads only their types (tests/tsconfig.json references the project).
const tool = (file: string) => import(new URL(`../../tools/lexicon/${file}`, import.meta.url).href);
const { glossCategory, frenchNouns } = (await tool('french-nouns.ts')) as typeof FrenchNounsModule;
const { readFreeDict } = (await tool('freedict.ts')) as typeof FreeDictModule;

/**
 * A small WordNet: [offset, lemmas, hypernyms]; a lemma's senses in the order listed. The
 * categories are the table's reach: a sander is a power tool (shopping), a car a motor vehicle
 * (transport), a ball a toy (leisure), a trunk luggage (shopping); a machine is above the power
 * tool and a vehicle above the motor vehicle; a bullet and the grass are nothing listed.
 */
const SYNSETS: [string, string[], string[]][] = [
  ['machine', ['machine'], []],
  ['power-tool', ['power_tool'], ['machine']],
  ['sander', ['sander'], ['power-tool']],
  ['vehicle', ['vehicle'], []],
  ['motor-vehicle', ['motor_vehicle'], ['vehicle']],
  ['car', ['car', 'motor_car'], ['motor-vehicle']],
  ['ball', ['ball'], []],
  ['bullet', ['bullet'], []],
  ['luggage', ['trunk'], []],
];
function smallWordNet(): WordNet {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>();
  for (const [offset, lemmas, hypernyms] of SYNSETS) {
    synsets.set(offset, { offset, lexFile: 6, lemmas, hyponyms: [], hypernyms, gloss: '' });
    for (const lemma of lemmas) senses.set(lemma, [...(senses.get(lemma) ?? []), offset]);
  }
  const none = () => new Map<string, number>();
  return {
    synsets,
    senses,
    nounTags: none(),
    otherTags: none(),
    verbTags: none(),
    allNounTags: none(),
    version: 'test',
  };
}
const wn = smallWordNet();
const categories: Categories = new Map([
  ['power-tool', { category: 'shopping' }],
  ['sander', { category: 'shopping' }],
  ['motor-vehicle', { category: 'transport' }],
  ['car', { category: 'transport' }],
  ['ball', { category: 'leisure' }],
  ['luggage', { category: 'shopping' }],
]);
const noun = (word: string, ...senses: string[][]): FrenchNoun => ({ word, senses });
const categoryOf = (n: FrenchNoun, notNouns: ReadonlySet<string> = new Set()) =>
  glossCategory(wn, n, categories, notNouns).category;

describe('a French noun read through its English glosses', () => {
  it('takes the category its glosses name ("sander"), a compound WordNet lacks read by its last noun', () => {
    // "sanding machine" is a machine, above the sander: the same thing said more generally.
    expect(categoryOf(noun('ponceuse', ['sander', 'sanding machine']))).toBe('shopping');
  });

  it('reads a gloss WordNet writes in one word or with an underscore ("motor car")', () => {
    expect(categoryOf(noun('voiture', ['vehicle', 'car', 'motor car']))).toBe('transport');
  });

  it('is left out when another meaning is glossed as often ("bullet" beside "ball")', () => {
    expect(categoryOf(noun('balle', ['bullet'], ['ball']))).toBeNull();
    expect(categoryOf(noun('ballon', ['ball']))).toBe('leisure');
  });

  it('is left out when its glosses name two categories', () => {
    expect(categoryOf(noun('double', ['sander'], ['car']))).toBeNull();
  });

  it('names nothing by a gloss the English list leaves out ("trunk" is a tree\'s first)', () => {
    expect(categoryOf(noun('malle', ['trunk']))).toBe('shopping');
    expect(categoryOf(noun('tronc', ['trunk']), new Set(['trunk']))).toBeNull();
  });

  it('names nothing by a gloss written with a capital, a name', () => {
    expect(categoryOf(noun('geneve', ['Car']))).toBeNull();
  });
});

describe('the French nouns the build adds', () => {
  const normed = (p: string) => p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/-/g, ' ');
  const dictionary = [
    noun('ponceuse', ['sander']),
    noun('pare-brise', ['car']),
    noun('Bagnole', ['car']),
    noun('perceuse', ['sander']),
    noun('complet', ['car']),
    noun('coupe', ['ball']),
    noun('balle', ['bullet'], ['ball']),
  ];
  const words = frenchNouns(
    wn,
    dictionary,
    categories,
    normed,
    (key) => key === 'perceuse',
    new Set(),
    new Set(['coupe']),
    new Set(['complet']),
  );

  it('are the dictionary nouns whose glosses name one category, as the parser compares them', () => {
    expect([...words]).toEqual([
      ['ponceuse', 'shopping'],
      ['pare brise', 'transport'],
    ]);
  });

  it('leave out a name, a phrase the French lexicons know, a word listed as another part of speech or set apart', () => {
    for (const left of ['bagnole', 'perceuse', 'complet', 'coupe', 'balle'])
      expect(words.has(left)).toBe(false);
  });
});

describe("Debian's dictd files, read", () => {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const b64 = (n: number): string => (n < 64 ? (B64[n] ?? '') : b64(Math.floor(n / 64)) + B64[n % 64]);
  const entries: [string, string][] = [
    ['00databaseinfo', 'French-English FreeDict Dictionary\n\nEdition: 0.4.1\n'],
    ['complet', 'complet /kɔ̃plɛ/ <adj>\nabsolute, complete, full\n'],
    ['complet', 'complet /kɔ̃plɛ/ <n, masc>\ncostume, outfit, suit\n'],
    ['entrecôte', 'entrecôte /ɑ̃tʀəkot/ <n, fem>\nrib steak\n'],
    ['manteau', 'manteau /mɑ̃to/ <n, fem>\n1. cloak, mantle\n2. coat, overcoat\n'],
  ];
  const dir = mkdtempSync(join(tmpdir(), 'vt-freedict-'));
  let text = '';
  const index: string[] = [];
  for (const [word, body] of entries) {
    index.push(`${word}\t${b64(Buffer.byteLength(text))}\t${b64(Buffer.byteLength(body))}`);
    text += body;
  }
  writeFileSync(join(dir, 'fra-eng.dict.dz'), gzipSync(text));
  writeFileSync(join(dir, 'fra-eng.index'), `${index.join('\n')}\n`);
  writeFileSync(join(dir, 'changelog.gz'), gzipSync('freedict (2022.04.21-1) unstable; urgency=medium\n'));
  const read = readFreeDict({ dict: join(dir, 'fra-eng'), changelog: join(dir, 'changelog.gz') });

  it('gives each noun its senses, each sense its glosses, by byte offsets past accented words', () => {
    expect(read.nouns).toEqual([
      { word: 'complet', senses: [['costume', 'outfit', 'suit']] },
      { word: 'entrecôte', senses: [['rib steak']] },
      {
        word: 'manteau',
        senses: [
          ['cloak', 'mantle'],
          ['coat', 'overcoat'],
        ],
      },
    ]);
  });

  it('says which headwords are another part of speech too, and the versions', () => {
    expect([...read.notOnlyNouns]).toEqual(['complet']);
    expect([read.version, read.edition]).toEqual(['2022.04.21-1', '0.4.1']);
  });

  it('fails with the package to install when the files are missing', () => {
    expect(() => readFreeDict({ dict: join(dir, 'none'), changelog: join(dir, 'none.gz') })).toThrow(
      /apt-get install -y dict-freedict-fra-eng/,
    );
  });
});
