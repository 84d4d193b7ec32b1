/**
 * The reading chunk's literal lists of words written as one string split where it is read:
 * `["taxi","uber","bus"]` becomes `"taxi|uber|bus".split("|")`. Both make a new array of the same
 * strings in the same order each time they run, so no reading can change; the source keeps its
 * readable lists. What it gains: gzip finds the joined words beside the regular expressions' own
 * `a|b|c` alternations (the parser has hundreds), and each word loses its quotes and comma
 * (room32: 669 B gzip -9 of the 160 KB chunk; a comma or another separator gained 50 to 170 B).
 *
 * Only an array whose every element is a string literal without the separator, two or more of
 * them (a hole, a spread or any expression keeps its array as written). Run on Terser's output
 * (web/terse-reading.ts), so no minifier folds the call back into a literal.
 */
import { parseAst } from 'vite';

const SEPARATOR = '|';

/** What the rewrite is, for the chunk's hash: a new rewrite names the new content anew. */
export const JOINED_WORD_LISTS = `joined by ${SEPARATOR}`;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The strings of an array literal made of string literals only, or null. */
function wordsOf(node: Node): string[] | null {
  if (node.type !== 'ArrayExpression') return null;
  const elements = node.elements as (Node | null)[];
  if (elements.length < 2) return null;
  const words: string[] = [];
  for (const element of elements) {
    if (element?.type !== 'Literal' || typeof element.value !== 'string') return null;
    if (element.value.includes(SEPARATOR)) return null;
    words.push(element.value);
  }
  return words;
}

/** Every word list of the code, outermost first, none inside another (a list holds no list). */
function wordLists(node: Node, found: { node: Node; words: string[] }[] = []) {
  const words = wordsOf(node);
  if (words) {
    found.push({ node, words });
    return found;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) if (isNode(child)) wordLists(child, found);
    if (isNode(value)) wordLists(value, found);
  }
  return found;
}

/** The module's code with each literal list of two or more words joined and split at load. */
export function joinWordLists(code: string): string {
  // Offsets are the code's UTF-16 indices (Oxc's ESTree, as String.prototype.slice counts).
  const lists = wordLists(parseAst(code, { lang: 'js' }) as unknown as Node).sort(
    (a, b) => a.node.start - b.node.start,
  );
  let out = '';
  let last = 0;
  for (const { node, words } of lists) {
    // A string's quote after a keyword needs no space (`return"a|b"`), and a call binds as tight
    // as the array literal it replaces, so it reads the same in any place the array stood.
    out += `${code.slice(last, node.start)}${JSON.stringify(words.join(SEPARATOR))}.split("${SEPARATOR}")`;
    last = node.end;
  }
  return out + code.slice(last);
}
