/**
 * The reading chunk's top-level function declarations, each moved beside the function it shares the
 * most text with (its twin), where the chunk compresses smaller so (room57). gzip finds a repeat only
 * within the 32 KB before it, and the parser's 164 KB of functions, written in their modules' order,
 * hold twins far apart (movement rules asking the same marks, date rules the same tokens): 0.8 KB
 * less gzip -9 of the 160 KB a phone fetches to read a note offline.
 *
 * No reading can change: a module's function declarations are all made when the module is linked,
 * before any of its code runs, so the order they are written in is seen by nothing. Only the
 * longest run of declarations that follow one another at the program's top (Terser's `hoist_funs`
 * writes them first); each keeps its text and the comments written before it (the open data's
 * `/*! @license` notices stay in the chunk); what is not a function declaration stays where it was.
 *
 * The search is deterministic: a function's twins are the ones it shares the most 11-character
 * strings with (one taken every 4 characters; the first written on a tie); each function in turn is
 * tried after its first twin, then before it, then so beside its second, and kept at the first place
 * where the run deflates (zlib level 9) smaller. Its choice follows zlib's own sizes, so zlib's
 * version joins the chunk's hash with the rewrite's name. About 10 s of each build. Measured on the
 * chunk of room57's start, two twins tried: 11 characters −780 B, 10 −683, 12 −716, 13 −719; one
 * twin: 24 characters −429 in half the time, 12 −612; three twins (12) −718 for a third more time.
 */
import { deflateRawSync } from 'node:zlib';
import { parseAst } from 'vite';
import type { Node } from './ast-nodes.ts';

/** What the rewrite is, for the chunk's hash: a new rewrite (or another zlib) names the new content anew. */
export const FUNCTIONS_NEAR_TWINS = `top-level function declarations beside their twins (11 characters, two tried) where deflate -9 (zlib ${process.versions.zlib}) is smaller`;

/** The length of the strings twins share, and how often one is taken. */
const SHARED = 11;
const EVERY = 4;
/** How many of a function's most alike are tried. */
const TRIED = 2;

/** The longest run of function declarations one after another at the program's top: [first, last]. */
function longestRun(body: readonly Node[]): [number, number] | null {
  let best: [number, number] | null = null;
  let first = -1;
  body.forEach((statement, i) => {
    if (statement.type !== 'FunctionDeclaration') first = -1;
    else {
      if (first < 0) first = i;
      if (!best || i - first > best[1] - best[0]) best = [first, i];
    }
  });
  return best;
}

/** For each text, the others with how many sampled strings it shares with them. */
function twins(texts: readonly string[]): Map<number, number>[] {
  const owner = new Map<string, number>();
  const shared = texts.map(() => new Map<number, number>());
  texts.forEach((text, i) => {
    for (let at = 0; at + SHARED <= text.length; at += EVERY) {
      const part = text.slice(at, at + SHARED);
      const other = owner.get(part);
      if (other !== undefined && other !== i) {
        shared[i]?.set(other, (shared[i]?.get(other) ?? 0) + 1);
        shared[other]?.set(i, (shared[other]?.get(i) ?? 0) + 1);
      }
      owner.set(part, i);
    }
  });
  return shared;
}

/** The module's code with its top-level function declarations moved beside their twins where it deflates smaller. */
export function placeFunctionsNearTwins(code: string): string {
  const body = (parseAst(code, { lang: 'js' }) as unknown as { body: Node[] }).body;
  const run = longestRun(body);
  if (!run || run[1] - run[0] < 2) return code;
  const functions = body.slice(run[0], run[1] + 1);
  const start = functions[0]?.start ?? 0;
  // Each function with what stands before it since the one before (spaces, comments).
  const texts = functions.map((node, i) =>
    code.slice(i === 0 ? start : (functions[i - 1]?.end ?? start), node.end),
  );
  const size = (order: readonly number[]) =>
    deflateRawSync(order.map((i) => texts[i]).join(''), { level: 9 }).length;
  let order = texts.map((_, i) => i);
  let best = size(order);
  const alike = twins(texts);
  for (let i = 0; i < texts.length; i++) {
    const tried = [...(alike[i] ?? [])].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TRIED);
    let kept = false;
    for (const [twin] of tried) {
      for (const after of [1, 0]) {
        const moved = order.filter((k) => k !== i);
        moved.splice(moved.indexOf(twin) + after, 0, i);
        const bytes = size(moved);
        if (bytes < best) {
          best = bytes;
          order = moved;
          kept = true;
          break;
        }
      }
      if (kept) break;
    }
  }
  const end = functions[functions.length - 1]?.end ?? start;
  return code.slice(0, start) + order.map((i) => texts[i]).join('') + code.slice(end);
}
