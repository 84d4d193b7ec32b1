/**
 * The parser's chunk (`reading`, web/vite.config.ts) minified a second time, by Terser, after the
 * build's own minifier (Oxc): 1.2 KB less gzip of the 161 KB a phone fetches to read a note
 * offline, for 3 to 8 s more build. Only that chunk: the rest of the app gains a few bytes for
 * the same seconds each, and the first screen is inlined and hashed from what Oxc wrote.
 *
 * Terser's default compress options are the safe ones (no `unsafe*`, `pure_getters` off: no
 * rewrite that assumes more than the language guarantees). What it adds over Oxc here: two
 * passes (the second inlines and drops what the first left single-use or unused: 1,166 B gzip,
 * a third pass 46 B more for twice the time), on an ES module (`module`: top-level names are
 * local, exports keep their names, which the chunks importing it read), in syntax up to ES2020
 * (`ecma`, within the build's es2022 target). Its default comments
 * option keeps the open data's `/*! @license` notices the build keeps (they must stay in the
 * chunk that holds the data).
 *
 * Runs in generateBundle, after the names are hashed: the file's hash is that of Oxc's output and
 * of Terser's options (augmentChunkHash), from which Terser's output is a function (same version),
 * so a new content still gets a new name. Terser's output then has its top-level values grouped
 * by what they are made of, the functions first (grouped-values.ts, room43), and its literal word
 * lists joined in one string each, split by one function of the module (joined-word-lists.ts,
 * room32, room43), and its Sets of words read only by `has` sorted and front-coded
 * (front-coded-sets.ts, room51), with the hand lexicons' rows (room53) and the hand brands' (room57); last, its function
 * declarations moved beside their twins where it compresses smaller (functions-near-twins.ts, room57).
 */

import { EN_HAND, FR_HAND } from '@voicetrack/shared/hand-lexicons';
import { BRANDS } from '@voicetrack/shared/lexicon-brands';
import { type MinifyOptions, minify } from 'terser';
import type { Plugin, Rollup } from 'vite';
import { FRONT_CODED_SETS, frontCodeSets } from './front-coded-sets.ts';
import { FUNCTIONS_NEAR_TWINS, placeFunctionsNearTwins } from './functions-near-twins.ts';
import { GROUPED_VALUES, groupValues } from './grouped-values.ts';
import { JOINED_WORD_LISTS, joinWordLists } from './joined-word-lists.ts';

/** The chunk named by the parser's group in web/vite.config.ts. */
export const READING_CHUNK = 'reading';

/**
 * `hoist_funs` writes each scope's function declarations first, where the language already
 * declares them (no behaviour changes: a declaration is hoisted either way): the chunk's functions
 * then sit together and its word lists together, 1.5 KB less gzip (room31; `hoist_vars`, its
 * sibling, gave 0.8 KB more).
 */
const TERSER: MinifyOptions = { module: true, ecma: 2020, compress: { passes: 2, hoist_funs: true } };

/** The hand lexicons' rows and the hand brands' (room57), by the words each holds: front-coded-sets.ts sorts them. */
const HAND_ROWS = new Set([...FR_HAND, ...EN_HAND, ...BRANDS].map(([, , words]) => words));

export function terseReading(): Plugin {
  return {
    name: 'voicetrack-terse-reading',
    apply: 'build',
    // The file's name is hashed before Terser runs: the options and the two rewrites join
    // its hash, so that changing them names the new content anew (a cache trusting hashed names
    // never keeps the old one under it).
    augmentChunkHash(chunk) {
      return chunk.name === READING_CHUNK
        ? JSON.stringify(TERSER) +
            GROUPED_VALUES +
            JOINED_WORD_LISTS +
            FRONT_CODED_SETS +
            FUNCTIONS_NEAR_TWINS
        : undefined;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const chunks = Object.values(bundle).filter(
          (file): file is Rollup.OutputChunk => file.type === 'chunk' && file.name === READING_CHUNK,
        );
        // A renamed group would otherwise leave the parser unminified by Terser without a word.
        if (chunks.length !== 1)
          throw new Error(`the build has ${chunks.length} chunks named ${READING_CHUNK}, not one`);
        for (const chunk of chunks) {
          const out = await minify(chunk.code, TERSER);
          if (out.code === undefined) throw new Error(`Terser returned no code for ${chunk.fileName}`);
          chunk.code = placeFunctionsNearTwins(
            frontCodeSets(joinWordLists(groupValues(out.code)), HAND_ROWS),
          );
        }
      },
    },
  };
}
