/**
 * The reading chunk's Sets of words that the code only asks `has` of, written sorted and front-coded
 * (as tools/lexicon writes the generated lists, shared/src/parse/front-coded.ts): `const a =
 * new Set("taxi|bus|cab".split("|"))`, `$S("taxi|bus|cab")` (joined-word-lists.ts) or a module's
 * own `setOf("taxi|bus|cab")` becomes `$F("busBcab|taxi")` when `a` is read nowhere but in
 * `a.has(…)`. A Set asked only whether it has a word answers the same whatever order its words were
 * added in, so no reading can change; a Set iterated, spread, sized, added to, passed or exported
 * keeps its words as written. Sorted neighbours share their first letters, which gzip finds better
 * beside each other (room51). A Set so read made of a literal list and more words
 * (`new Set("de|du".split("|").concat(months))`, language.ts's) keeps the more and has its list
 * sorted: `new Set($G("de|du").concat(months))`, the same words in another order (room57).
 *
 * Conservative by its reading of names, with no scope analysis: every identifier spelt like the
 * Set's name, anywhere in the module, must be the declaration or a `.has(…)` call's object (a
 * parameter or an inner declaration of the same name keeps the Set as written); a maker called
 * with the string must be declared once, as `e=>new Set(e.split("|"))` or the function
 * joined-word-lists.ts writes, and read nowhere but as a callee. A word with a capital or a `|`
 * cannot be front-coded: its Set stays as written. The lists of words a phrase table is made of,
 * one meaning each, alike (front-coded-tables.ts: `$G("…")`, the decoded Set's words in an array).
 * The hand lexicons' rows (`["groceries",2,"courses|pain|…"]`, shared/src/parse/hand-lexicons.ts)
 * alike, given as the strings they hold: each becomes `$J("…")`, its words sorted, joined again at
 * load. A row's order could matter to the table builder (the first form derived wins), but both
 * reading tables come out identical, every phrase with the same meaning, with every hand row sorted
 * (front-coded-rows.test.ts builds them both ways, room53); a row with a word twice stays as written.
 * The hand brands' rows too (lexicon-brands.ts, room57): the reading tables, the brands read by
 * their own name (brand-names.ts) and the receipt reader's brands (merchant.ts, one meaning a row)
 * come out identical with them sorted (front-coded-rows.test.ts).
 * Run on joinWordLists' output.
 */
import { frontCoded } from '@voicetrack/shared/front-coded';
import { parseAst } from 'vite';
import { type Node, visit } from './ast-nodes.ts';
import { tableLists, type Use } from './front-coded-tables.ts';

/** What the rewrite is, for the chunk's hash: a new rewrite names the new content anew. */
export const FRONT_CODED_SETS =
  'Sets read only by has (the list of one made of it and more too), the lists of one meaning of a phrase table (named, marked, with participles that agree) and the hand lexicons and brands rows, sorted and front-coded, decoded by $F';

const OPENS = /[A-Z|]/;

/** The words sorted, front-coded (front-coded.ts frontCoded), or null when one cannot be. */
export function sortedFrontCoded(words: readonly string[]): string | null {
  const sorted = [...new Set(words)].sort();
  return sorted.some((w) => w === '' || OPENS.test(w)) ? null : frontCoded(sorted);
}

/** The decoder, under `name`: the Set of the words a front-coded string holds. */
export const decoder = (name: string) =>
  `function ${name}(e){let t=e.split(/([A-Z|])/),n=t[0],r=new Set([n]);for(let e=1;e<t.length;e+=2)r.add(n="|"===t[e]?t[e+1]:n.slice(0,t[e].charCodeAt(0)-64)+t[e+1]);return r}`;

/** Whether a declaration's code makes a Set of its one argument split by `|`. */
const MAKER = [
  /^\(?(\w+)\)?=>new Set\(\1\.split\("\|"\)\)$/,
  /^function [\w$]+\((\w+)\)\{return new Set\(\1\.split\("\|"\)\)\}$/,
];

/** A string literal's value, or null. */
const literal = (node: Node | undefined) =>
  node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null;

/** The words of a literal list split where it is read (`"a|b".split("|")`), or null. */
function splitWords(node: Node | undefined): string[] | null {
  if (node?.type !== 'CallExpression') return null;
  const callee = node.callee as Node;
  const property = callee.property as Node | undefined;
  if (callee.type !== 'MemberExpression' || callee.computed || property?.name !== 'split') return null;
  const args = node.arguments as Node[];
  const text = literal(callee.object as Node);
  return text !== null && args.length === 1 && literal(args[0]) === '|' ? text.split('|') : null;
}

/** The words a Set's value is made of (`new Set("a|b".split("|"))`, `maker("a|b")`), or null. */
function setWords(init: Node, makers: ReadonlySet<string>): string[] | null {
  if (init.type === 'NewExpression' && (init.callee as Node).name === 'Set') {
    const [arg] = init.arguments as Node[];
    return (init.arguments as Node[]).length === 1 ? splitWords(arg) : null;
  }
  if (init.type === 'CallExpression' && makers.has((init.callee as Node).name as string)) {
    const args = init.arguments as Node[];
    const text = args.length === 1 ? literal(args[0]) : null;
    return text === null ? null : text.split('|');
  }
  return null;
}

/**
 * A Set made of a literal list and more (`new Set("a|b".split("|").concat(c, d))`): the list, whose
 * words may go in any order when the Set is asked only `has`, and its words; or null.
 */
function concatList(init: Node): { node: Node; words: string[] } | null {
  if (init.type !== 'NewExpression' || (init.callee as Node).name !== 'Set') return null;
  const args = init.arguments as Node[];
  if (args.length !== 1) return null;
  const callee = args[0]?.type === 'CallExpression' ? (args[0].callee as Node) : null;
  if (callee?.type !== 'MemberExpression' || callee.computed || (callee.property as Node).name !== 'concat')
    return null;
  const words = splitWords(callee.object as Node);
  return words ? { node: callee.object as Node, words } : null;
}

/** A name the module has nowhere: `base`, or `base` and a number. */
function freshName(base: string, names: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; names.has(name); n++) name = `${base}${n}`;
  return name;
}

/** The module's code with each Set of words read only by `has` sorted, front-coded and decoded at load. */
export function frontCodeSets(code: string, rows: ReadonlySet<string> = new Set()): string {
  const ast = parseAst(code, { lang: 'js' }) as unknown as Node;
  // Every identifier that names a binding or a value (not a property's key or a member's name),
  // with how it is used: as `x.has(…)`'s object, as a callee, or otherwise.
  const uses = new Map<string, Use>();
  const declarators: Node[] = [];
  const declared: Node[] = [];
  visit(ast, (node, parent) => {
    if (node.type === 'VariableDeclarator') declarators.push(node);
    if (node.type === 'FunctionDeclaration') declared.push(node);
    if (node.type !== 'Identifier') return;
    if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
    if (
      (parent?.type === 'Property' || parent?.type === 'MethodDefinition') &&
      parent.key === node &&
      !parent.computed &&
      !parent.shorthand
    )
      return;
    const name = node.name as string;
    const use = uses.get(name) ?? { has: 0, called: 0, made: 0, exported: 0, other: 0 };
    uses.set(name, use);
    if (parent?.type === 'CallExpression' && parent.callee === node) use.called++;
    else if (parent?.type === 'NewExpression' && parent.callee === node) use.made++;
    else if (parent?.type === 'ExportSpecifier') use.exported++;
    else if (
      parent?.type === 'MemberExpression' &&
      parent.object === node &&
      !parent.computed &&
      (parent.property as Node).name === 'has'
    )
      use.has++;
    else use.other++;
  });
  // A maker: declared once (its name's one other use), read nowhere but as a callee.
  const makers = new Set<string>();
  const once = (name: string) => uses.get(name)?.other === 1 && uses.get(name)?.exported === 0;
  for (const node of declarators) {
    const id = node.id as Node;
    if (
      id.type === 'Identifier' &&
      node.init &&
      MAKER[0]?.test(code.slice((node.init as Node).start, (node.init as Node).end))
    )
      if (once(id.name as string)) makers.add(id.name as string);
  }
  for (const node of declared) {
    const id = node.id as Node;
    if (MAKER[1]?.test(code.slice(node.start, node.end)) && once(id.name as string))
      makers.add(id.name as string);
  }
  // Minified code calls `has` on nothing else of the name; `.has` read on the Set without a call
  // would be a use the count above already took for a `has` call: require it called.
  const hasCalls = new Map<string, number>();
  visit(ast, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node.callee as Node;
    if (callee.type !== 'MemberExpression' || callee.computed) return;
    const object = callee.object as Node;
    if (object.type === 'Identifier' && (callee.property as Node).name === 'has')
      hasCalls.set(object.name as string, (hasCalls.get(object.name as string) ?? 0) + 1);
  });
  const names = new Set(uses.keys());
  const decode = freshName('$F', names);
  const rewrites: { node: Node; coded: string; list?: string }[] = [];
  const listed = freshName('$G', names);
  for (const node of declarators) {
    const id = node.id as Node;
    const init = node.init as Node | null;
    if (id.type !== 'Identifier' || !init) continue;
    const use = uses.get(id.name as string);
    if (
      use?.other !== 1 ||
      use.called > 0 ||
      use.exported > 0 ||
      use.has === 0 ||
      hasCalls.get(id.name as string) !== use.has
    )
      continue;
    const words = setWords(init, makers);
    const coded = words && sortedFrontCoded(words);
    if (coded !== null && coded !== undefined) rewrites.push({ node: init, coded });
    // Its list and more: the list's words in an array, sorted (`new Set($G("…").concat(c, d))`).
    const list = words ? null : concatList(init);
    const sorted = list && sortedFrontCoded(list.words);
    if (list && sorted !== null && sorted !== undefined)
      rewrites.push({ node: list.node, coded: sorted, list: listed });
  }
  const lists = tableLists(ast, code, declarators, declared, uses);
  const joiner = freshName('$J', names);
  for (const { node, words, joined } of lists) {
    const coded = sortedFrontCoded(words);
    if (coded !== null) rewrites.push({ node, coded, list: joined ? joiner : listed });
  }
  // A hand row's words, the third of its three values, when none is said twice.
  visit(ast, (node) => {
    const [, , text] = node.type === 'ArrayExpression' ? (node.elements as (Node | null)[]) : [];
    if ((node.elements as Node[] | undefined)?.length !== 3 || text?.type !== 'Literal') return;
    const words = typeof text.value === 'string' && rows.has(text.value) ? text.value.split('|') : [];
    const coded = new Set(words).size === words.length ? sortedFrontCoded(words) : null;
    const inside = rewrites.some((r) => r.node.start <= text.start && text.end <= r.node.end);
    if (words.length > 1 && coded !== null && !inside) rewrites.push({ node: text, coded, list: joiner });
  });
  if (rewrites.length === 0) return code;
  rewrites.sort((a, b) => a.node.start - b.node.start);
  let out = '';
  let last = 0;
  for (const { node, coded, list } of rewrites) {
    out += `${code.slice(last, node.start)}${list ?? decode}(${JSON.stringify(coded)})`;
    last = node.end;
  }
  // Declarations, hoisted: the module's from its start, wherever a Set or a list is made.
  const lister =
    (rewrites.some((r) => r.list === listed) ? `function ${listed}(e){return[...${decode}(e)]}` : '') +
    (rewrites.some((r) => r.list === joiner)
      ? `function ${joiner}(e){return[...${decode}(e)].join("|")}`
      : '');
  return decoder(decode) + lister + out + code.slice(last);
}
