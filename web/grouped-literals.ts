/**
 * The reading chunk's top-level `var`s that hold a value made of literals alone (a regular
 * expression, a set or a map of words, a string) moved together, before the module's other
 * `var`s: regular expressions first, then the sets and maps, then the rest, each group in the
 * order of its text. gzip then finds the regular expressions' alternations and the sets' words
 * beside their likes instead of 300 KB apart (its window is 32 KB): room32, 242 B gzip -9.
 *
 * No value moved reads any name but a standard constructor's (`Set`, `Map`, `RegExp`…), and a
 * `var` is declared from the module's start either way: the value is only there earlier, where
 * nothing reads it before its old place (the chunk's readings, loaded in Node, are unchanged).
 * A name declared twice, a value that holds a function or reads another name stays where it is.
 * Run on Terser's output (web/terse-reading.ts), whose top-level functions come first
 * (`hoist_funs`), then a few long `var` statements.
 */
import { parseAst } from 'vite';

/** What the rewrite is, for the chunk's hash: a new rewrite names the new content anew. */
export const GROUPED_LITERALS = 'literal vars grouped: regexps, sets, rest';

const CONSTRUCTORS = new Set(['Set', 'Map', 'RegExp', 'Array', 'Object', 'String', 'Number']);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Whether a value is built of literals and standard constructors alone: no function, no name read. */
function madeOfLiterals(node: Node, parent?: Node, key?: string): boolean {
  if (/Function|Class/.test(node.type)) return false;
  if (node.type === 'Identifier') {
    // A property's name (`.split`, `{a:1}`) reads no variable.
    const named =
      (parent?.type === 'MemberExpression' && key === 'property' && parent.computed !== true) ||
      (parent?.type === 'Property' && key === 'key' && parent.computed !== true);
    return named || CONSTRUCTORS.has(node.name as string);
  }
  for (const [k, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child) && !madeOfLiterals(child, node, k)) return false;
    } else if (isNode(value) && !madeOfLiterals(value, node, k)) return false;
  }
  return true;
}

/** 0 a regular expression, 1 a new set or map, 2 anything else. */
const groupOf = (init: Node): number =>
  init.type === 'Literal' && init.regex ? 0 : init.type === 'NewExpression' ? 1 : 2;

interface Declarator extends Node {
  id: Node;
  init: Node | null;
}

/** The module's code with its top-level `var`s of literals alone moved before its first `var`. */
export function groupLiterals(code: string): string {
  const body = (parseAst(code, { lang: 'js' }) as unknown as { body: Node[] }).body;
  const vars = body.filter((s) => s.type === 'VariableDeclaration' && s.kind === 'var');
  const first = vars[0];
  if (!first) return code;
  const declarators = vars.flatMap((s) => s.declarations as Declarator[]);
  const names = declarators.map((d) => (d.id.type === 'Identifier' ? (d.id.name as string) : ''));
  const once = (name: string) => name !== '' && names.indexOf(name) === names.lastIndexOf(name);
  const moves = (d: Declarator): d is Declarator & { init: Node } =>
    d.init !== null &&
    once(d.id.type === 'Identifier' ? (d.id.name as string) : '') &&
    madeOfLiterals(d.init);
  const text = (n: Node) => code.slice(n.start, n.end);
  const byText = (a: Node, b: Node) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);
  const moved = declarators
    .filter(moves)
    .sort((a, b) => groupOf(a.init) - groupOf(b.init) || byText(a.init, b.init));
  if (moved.length === 0) return code;
  let out = `${code.slice(0, first.start)}var ${moved.map(text).join(',')};`;
  let last = first.start;
  for (const s of vars) {
    const kept = (s.declarations as Declarator[]).filter((d) => !moves(d));
    out += code.slice(last, s.start) + (kept.length ? `var ${kept.map(text).join(',')};` : '');
    last = s.end;
  }
  return out + code.slice(last);
}
