/**
 * The reading chunk's top-level `var` names grouped by what their value is made of (room43):
 * - those valued by a function, in one `var` before the first `var`: Terser's `hoist_funs` already
 *   writes the function declarations first (room31), and the modules' `const f = (…) => …` stayed
 *   among the word lists and patterns, 144 of them in 727 names (1.1 KB less gzip -9);
 * - the last `var`'s word lists (a list of strings, or the Set made of one), then its patterns, in
 *   two `var`s at its start: that statement holds most of the parser's own tables (230 B).
 * Together, gzip finds code beside code and each kind of data beside its kind. Each group keeps
 * its names' order, each name the comments written before it (the open data's `/*! @license`
 * notices); the names left keep theirs.
 *
 * No reading can change: making a function, a pattern or a Set of strings reads no name of the
 * module and runs none of its code, so making it earlier only binds its name earlier. Code placed
 * before it could tell only by reading the name there, which the modules' `const` forbids (a read
 * before the declaration throws), and the chunk loaded with every top-level `var` made `let` (which
 * throws alike) reads none. A module that declares its own `Set` keeps its Sets where they were.
 * Only the program's own `var` statements: a function's scope, `let`, `const` are left as written.
 */
import { parseAst } from 'vite';
import type { Node } from './ast-nodes.ts';

/** What the rewrite is, for the chunk's hash: a new rewrite names the new content anew. */
export const GROUPED_VALUES = 'function values first, then word lists and patterns at the last var';

const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression']);

/** The comments of what stands between two names of a `var` (a comma, spaces), or an error. */
function commentsBetween(gap: string): string {
  const comments = gap.match(/\/\*[\s\S]*?\*\//g) ?? [];
  const rest = comments.reduce((text, comment) => text.replace(comment, ''), gap);
  if (!/^\s*,?\s*$/.test(rest)) throw new Error(`unexpected text between two names: ${gap}`);
  return comments.join('\n');
}

type Kind = 'function' | 'words' | 'pattern';

/** What a value is made of: a function, a list of strings or its Set (a global `Set`), a pattern. */
function kindOf(node: Node | null, globalSet: boolean): Kind | null {
  if (!node) return null;
  if (FUNCTIONS.has(node.type)) return 'function';
  if (node.type === 'Literal') return node.regex ? 'pattern' : null;
  const isSet = node.type === 'NewExpression' && (node.callee as Node).name === 'Set';
  const list =
    isSet && globalSet && (node.arguments as Node[]).length === 1 ? (node.arguments as Node[])[0] : node;
  if (list?.type !== 'ArrayExpression') return null;
  const elements = list.elements as (Node | null)[];
  return elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string') ? 'words' : null;
}

/** Whether the program declares a `Set` of its own at its top (then `new Set` may not be moved). */
function declaresSet(program: Node[]): boolean {
  const named = (node: unknown) => (node as Node | null)?.name === 'Set';
  return program.some(
    (s) =>
      named(s.id) ||
      (s.declarations as Node[] | undefined)?.some((d) => named(d.id)) ||
      (s.specifiers as Node[] | undefined)?.some((d) => named(d.local)),
  );
}

/** The module's code with its top-level names grouped by what their value is made of. */
export function groupValues(code: string): string {
  const program = parseAst(code, { lang: 'js' }) as unknown as { body: Node[] };
  const globalSet = !declaresSet(program.body);
  const groups: Record<Kind, string[]> = { function: [], words: [], pattern: [] };
  const statements = program.body.filter((s) => s.type === 'VariableDeclaration' && s.kind === 'var');
  const lastStatement = statements[statements.length - 1];
  if (!lastStatement) return code;
  let out = '';
  let last = 0;
  let first = -1;
  let data = -1;
  for (const statement of statements) {
    let previous = statement.start + 'var'.length;
    const kept: string[] = [];
    for (const declaration of statement.declarations as (Node & { init: Node | null })[]) {
      const text =
        commentsBetween(code.slice(previous, declaration.start)) +
        code.slice(declaration.start, declaration.end);
      previous = declaration.end;
      const kind = kindOf(declaration.init, globalSet);
      // The data is moved within the last statement only: to its start, never after a reader.
      (kind === 'function' || (kind && statement === lastStatement) ? groups[kind] : kept).push(text);
    }
    out += code.slice(last, statement.start);
    if (first < 0) first = out.length;
    if (statement === lastStatement) data = out.length;
    // A statement left with no name keeps only what followed its last one (its `;`, a comment).
    out += (kept.length > 0 ? `var ${kept.join(',')}` : '') + code.slice(previous, statement.end);
    last = statement.end;
  }
  out += code.slice(last);
  if (Object.values(groups).every((names) => names.length === 0)) return code;
  const declared = (names: string[]) => (names.length > 0 ? `var ${names.join(',')};` : '');
  // The data at the last statement's start, then the functions at the first's (at or before it).
  out = out.slice(0, data) + declared(groups.words) + declared(groups.pattern) + out.slice(data);
  return out.slice(0, first) + declared(groups.function) + out.slice(first);
}
