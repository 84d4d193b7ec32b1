/**
 * A reader of Debian's FreeDict French→English dictionary (`dict-freedict-fra-eng`, dictd format
 * under /usr/share/dictd): its nouns and their English glosses, sense by sense. Build time only:
 * nothing on the phone reads it, and a machine without the package fails the build with the
 * command that installs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export const FREEDICT_PACKAGE = 'dict-freedict-fra-eng';
/** Where the Debian package puts the dictionary (.index, .dict.dz) and its changelog (its version). */
export const FREEDICT_FILES = {
  dict: '/usr/share/dictd/freedict-fra-eng',
  changelog: `/usr/share/doc/${FREEDICT_PACKAGE}/changelog.Debian.gz`,
};
type Files = typeof FREEDICT_FILES;

export interface FrenchNoun {
  /** The headword as the dictionary writes it ("entrecôte", "carte postale"). */
  word: string;
  /** Its senses, each a list of English glosses ("1. cloak, mantle" "2. coat, overcoat"). */
  senses: string[][];
}

export interface FreeDict {
  nouns: FrenchNoun[];
  /** Headwords the dictionary lists as another part of speech too (« complet » the adjective, « mise » the participle). */
  notOnlyNouns: Set<string>;
  /** The Debian package's version (2022.04.21-1) and the dictionary's edition (0.4.1). */
  version: string;
  edition: string;
}

export const freeDictMissing = (files: Files = FREEDICT_FILES) =>
  `tools/lexicon needs Debian's ${FREEDICT_PACKAGE} (${files.dict}.index not found): apt-get install -y ${FREEDICT_PACKAGE}`;

export const freeDictInstalled = (files: Files = FREEDICT_FILES) =>
  existsSync(`${files.dict}.index`) && existsSync(`${files.dict}.dict.dz`) && existsSync(files.changelog);

/** The dictd index's numbers: base64 digits, most significant first. */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** A sense's line, "1. coat, overcoat" or "sander, sanding machine", as its glosses. */
const glosses = (line: string) =>
  line
    .replace(/^\d+\.\s*/, '')
    .split(/[,;]/)
    .map((g) => g.trim())
    .filter((g) => g !== '');

export function readFreeDict(files: Files = FREEDICT_FILES): FreeDict {
  if (!freeDictInstalled(files)) throw new Error(freeDictMissing(files));
  // A .dict.dz is gzip (dictzip adds a chunk table in gzip's extra field): read whole, then sliced.
  const text = gunzipSync(readFileSync(`${files.dict}.dict.dz`));
  const nouns: FrenchNoun[] = [];
  const notOnlyNouns = new Set<string>();
  let edition = '';
  for (const line of readFileSync(`${files.dict}.index`, 'utf8').split('\n')) {
    const [word = '', offset = '', length = ''] = line.split('\t');
    if (word === '' || offset === '') continue;
    const start = b64(offset);
    const entry = text
      .subarray(start, start + b64(length))
      .toString('utf8')
      .trim()
      .split('\n');
    if (word === '00databaseinfo') edition = /Edition: (\S+)/.exec(entry.join('\n'))?.[1] ?? '';
    // "entrecôte /ɑ̃tʀəkot/ <n, fem>": a noun's entry says <n> or <n, masc|fem> on its first line.
    if (word.startsWith('00database')) continue;
    const head = (entry[0] ?? '').replace(/\s*[/<].*$/, '').trim();
    if (!/<n[,>]/.test(entry[0] ?? '')) {
      notOnlyNouns.add(head);
      continue;
    }
    nouns.push({ word: head, senses: entry.slice(1).map(glosses) });
  }
  const version = /\(([^)]+)\)/.exec(gunzipSync(readFileSync(files.changelog)).toString('utf8'))?.[1] ?? '';
  if (version === '' || edition === '') throw new Error(`cannot read ${FREEDICT_PACKAGE}'s version`);
  return { nouns, notOnlyNouns, version, edition };
}
