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
 *
 * The split is one function of the module, and a Set made of a list another (room43:
 * `new Set("a|b".split("|"))` is `$S("a|b")`, `"a|b".split("|")` is `$W("a|b")`, declared once
 * at the top: 279 B gzip -9 less, 420 lists of which 207 Sets). Each returns what the code it
 * stands for returned, a new Set or array each call; their names are names the module has
 * nowhere, so nothing shadows them, and `Set` must be the global one the module reads everywhere
 * (named by no declaration: else its Sets keep their `new Set`).
 */
import { parseAst } from 'vite';
import { children, type Node } from './ast-nodes.ts';

const SEPARATOR = '|';

/** What the rewrite is, for the chunk's hash: a new rewrite names the new content anew. */
export const JOINED_WORD_LISTS = `joined by ${SEPARATOR}, split by one function, a Set's by another`;

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

/** A list found: its node (the array, or the `new Set` made of it) and its words. */
interface WordList {
  node: Node;
  words: string[];
  set: boolean;
}

/** Every word list of the code, outermost first, none inside another (a list holds no list). */
function wordLists(node: Node, found: WordList[] = []) {
  const words = wordsOf(node);
  if (words) {
    found.push({ node, words, set: false });
    return found;
  }
  const args = node.type === 'NewExpression' ? (node.arguments as Node[]) : [];
  const setWords = args.length === 1 && (node.callee as Node).name === 'Set' && args[0] && wordsOf(args[0]);
  if (setWords) {
    found.push({ node, words: setWords, set: true });
    return found;
  }
  for (const child of children(node)) wordLists(child, found);
  return found;
}

/** Every identifier's name, and whether `Set` is ever one other than what `new` is called on. */
function namesOf(node: Node, found = { names: new Set<string>(), otherSet: false }, parent?: Node) {
  if (node.type === 'Identifier') {
    found.names.add(node.name as string);
    if (node.name === 'Set' && !(parent?.type === 'NewExpression' && parent.callee === node))
      found.otherSet = true;
  }
  for (const child of children(node)) namesOf(child, found, node);
  return found;
}

/** A name the module has nowhere: `base`, or `base` and a number. */
function freshName(base: string, names: Set<string>): string {
  let name = base;
  for (let n = 2; names.has(name); n++) name = `${base}${n}`;
  return name;
}

/** The module's code with each literal list of two or more words joined and split at load. */
export function joinWordLists(code: string): string {
  // Offsets are the code's UTF-16 indices (Oxc's ESTree, as String.prototype.slice counts).
  const ast = parseAst(code, { lang: 'js' }) as unknown as Node;
  const lists = wordLists(ast).sort((a, b) => a.node.start - b.node.start);
  if (lists.length === 0) return code;
  const { names, otherSet } = namesOf(ast);
  const split = freshName('$W', names);
  // A `Set` the module declares, or reads other than by `new`, keeps its Sets written as they were.
  const sets = otherSet ? null : freshName('$S', names);
  let out = '';
  let last = 0;
  for (const { node, words, set } of lists) {
    // A call binds as tight as the array literal (or `new Set(…)`) it replaces, so it reads the
    // same in any place it stood.
    const joined = JSON.stringify(words.join(SEPARATOR));
    const call = set ? (sets ? `${sets}(${joined})` : `new Set(${split}(${joined}))`) : `${split}(${joined})`;
    // After a keyword (`return`, `of`), the name needs the space its array or string did not.
    const space = /[\w$]$/.test(code.slice(last, node.start)) ? ' ' : '';
    out += `${code.slice(last, node.start)}${space}${call}`;
    last = node.end;
  }
  const helpers = `function ${split}(e){return e.split("${SEPARATOR}")}${
    sets ? `function ${sets}(e){return new Set(e.split("${SEPARATOR}"))}` : ''
  }`;
  // Declarations, hoisted: each is the module's from its start, wherever the lists read it.
  return helpers + out + code.slice(last);
}
