/**
 * What web/front-coded-sets.ts reads of the reading chunk's code: how each name is read, and the
 * lists of words the parser's phrase tables are made of, whose order no reading sees.
 */

import { type Node, visit } from './ast-nodes.ts';

/** How a name is read: `x.has`, `x(…)`, `new x`, exported to other chunks, or otherwise (its declarations too). */
export interface Use {
  has: number;
  called: number;
  made: number;
  exported: number;
  other: number;
}

/** What shared/src/parse/phrase-table.ts's PhraseTable is built with and what only it reads by. */
const PHRASE_TABLE = [
  'constructor(e=[]){for(let[t,n]of e)this.add(t,n)}',
  'hasWordAnywhere(',
  'startingWith(',
];
const SPLIT = /^function [\w$]+\((\w+)\)\{return \1\.split\("\|"\)\}$/;
/** markers-system.ts's `list(mark, "a|b")`: each word, trimmed, with the one mark. */
const MARKED = /^\((\w+),(\w+)\)=>\2\.split\("\|"\)\.map\((\w+)=>\[\3\.trim\(\),\1\]\)$/;
/**
 * movement-words.ts's `list(mark, "a|recu*")`: each word, a participle's four endings for its `*`
 * (`$W("|e|s|es")`, the split function named in group 5), with the one mark: the same in any order.
 */
const AGREEING =
  /^\((\w+),(\w+)\)=>\2\.split\("\|"\)\.flatMap\((\w+)=>\((\w+)=>\4\.includes\("\*"\)\?([\w$]+)\("\|e\|s\|es"\)\.map\((\w+)=>\4\.replace\("\*",\6\)\):\[\4\]\)\(\3\.trim\(\)\)\.map\((\w+)=>\[\7,\1\]\)\)$/;

/**
 * The lists of words a PhraseTable is made of, each word with one same meaning (`new T(list.map(e
 * =>[e,!0]))`, or spread among other lists: `new T([...a.map(e=>[e,1]),...b.map(e=>[e,2])])`).
 * Their words may go in any order: a table's phrases are found by their words (a Map's `get`),
 * its caches are a Set and a sorted list, and a phrase listed twice keeps the meaning of the list
 * added last, which reordering words inside one list of one meaning cannot change. The class is
 * the parser's (its constructor as written, its two look-ups), declared once and read nowhere but
 * by `new` (or exported: another chunk's tables are its own). Alike, a list of entries named and
 * read nowhere but spread into a table's entries or given to one (`a=[...b.map(e=>[e,m])]`, m a
 * name the arrow does not bind), and markers-system.ts's `list(mark, "a|b")` (its string joined
 * again, `$J`).
 */
export function tableLists(
  ast: Node,
  code: string,
  declarators: readonly Node[],
  declared: readonly Node[],
  uses: ReadonlyMap<string, Use>,
): { node: Node; words: string[]; joined?: boolean }[] {
  const only = (name: string, as: 'made' | 'called') => {
    const use = uses.get(name);
    return use?.other === 1 && (as === 'made' ? use.called === 0 : use.made === 0 && use.exported === 0);
  };
  const tables = new Set<string>();
  for (const node of declarators) {
    const id = node.id as Node;
    const init = node.init as Node | null;
    const text = init?.type === 'ClassExpression' ? code.slice(init.start, init.end) : '';
    if (
      id.type === 'Identifier' &&
      PHRASE_TABLE.every((part) => text.includes(part)) &&
      only(id.name as string, 'made')
    )
      tables.add(id.name as string);
  }
  const splits = new Set<string>();
  for (const node of declared) {
    const name = (node.id as Node).name as string;
    if (SPLIT.test(code.slice(node.start, node.end)) && only(name, 'called')) splits.add(name);
  }
  const marked = new Set<string>();
  for (const node of declarators) {
    const id = node.id as Node;
    const init = node.init as Node | null;
    if (
      id.type === 'Identifier' &&
      init &&
      (MARKED.test(code.slice(init.start, init.end)) ||
        splits.has(AGREEING.exec(code.slice(init.start, init.end))?.[5] ?? '')) &&
      only(id.name as string, 'called')
    )
      marked.add(id.name as string);
  }
  const found: { node: Node; words: string[]; joined?: boolean }[] = [];
  const literal = (node: Node | undefined) =>
    node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
  // `list.map(e=>[e,v])`, v a literal (`!0`, `-1` too): its list, a string split by `|`.
  const take = (node: Node) => {
    const callee = node.type === 'CallExpression' ? (node.callee as Node) : null;
    // `list(mark, "a|b")`: its string, the words joined again.
    const [mark, words] = (node.arguments as Node[] | undefined) ?? [];
    if (callee?.type === 'Identifier' && marked.has(callee.name as string) && mark?.type === 'Literal') {
      const text = (node.arguments as Node[]).length === 2 ? literal(words) : null;
      if (text !== null && words) found.push({ node: words, words: text.split('|'), joined: true });
      return;
    }
    if (callee?.type !== 'MemberExpression' || callee.computed || (callee.property as Node).name !== 'map')
      return;
    const [fn] = node.arguments as Node[];
    const params = (fn?.params as Node[] | undefined) ?? [];
    const body = fn?.body as Node | undefined;
    const [word, meaning] = (body?.elements as Node[] | undefined) ?? [];
    // A literal, or a name other than the word's (one value for every word: nothing runs between).
    const constant =
      meaning?.type === 'Literal' ||
      (meaning?.type === 'UnaryExpression' && (meaning.argument as Node).type === 'Literal') ||
      (meaning?.type === 'Identifier' && meaning.name !== (params[0] as Node | undefined)?.name);
    if (
      fn?.type !== 'ArrowFunctionExpression' ||
      params.length !== 1 ||
      (node.arguments as Node[]).length !== 1
    )
      return;
    if (body?.type !== 'ArrayExpression' || (body.elements as Node[]).length !== 2 || !constant) return;
    if (word?.type !== 'Identifier' || word.name !== (params[0] as Node).name) return;
    const list = callee.object as Node;
    const args = (list.arguments as Node[] | undefined) ?? [];
    const inner = list.callee as Node | undefined;
    let text: string | null = null;
    if (list.type === 'CallExpression' && inner?.type === 'Identifier' && splits.has(inner.name as string))
      text = args.length === 1 ? literal(args[0]) : null;
    else if (list.type === 'CallExpression' && inner?.type === 'MemberExpression' && !inner.computed)
      text =
        (inner.property as Node).name === 'split' && args.length === 1 && literal(args[0]) === '|'
          ? literal(inner.object as Node)
          : null;
    if (text !== null) found.push({ node: list, words: text.split('|') });
  };
  // A list of entries named, read nowhere but spread into tables' entries or given to a table.
  const fed = new Map<string, number>();
  const feed = (node: Node) => {
    if (node.type === 'Identifier') fed.set(node.name as string, (fed.get(node.name as string) ?? 0) + 1);
    else take(node);
  };
  visit(ast, (node) => {
    if (node.type !== 'NewExpression' || !tables.has((node.callee as Node).name as string)) return;
    const args = node.arguments as Node[];
    if (args.length !== 1 || !args[0]) return;
    if (args[0].type === 'ArrayExpression')
      for (const element of args[0].elements as (Node | null)[]) {
        if (element?.type === 'SpreadElement') feed(element.argument as Node);
      }
    else feed(args[0]);
  });
  for (const node of declarators) {
    const id = node.id as Node;
    const init = node.init as Node | null;
    const use = id.type === 'Identifier' ? uses.get(id.name as string) : undefined;
    if (init?.type !== 'ArrayExpression' || !use || use.has + use.called + use.made + use.exported > 0)
      continue;
    if (fed.get(id.name as string) !== use.other - 1) continue;
    for (const element of init.elements as (Node | null)[])
      if (element?.type === 'SpreadElement') take(element.argument as Node);
  }
  return found;
}
