/**
 * The code's nodes as the reading chunk's build rewrites read them (front-coded-sets.ts and
 * front-coded-tables.ts, joined-word-lists.ts, grouped-values.ts): Oxc's ESTree from Vite's
 * `parseAst`, each node's offsets the code's UTF-16 indices (as String.prototype.slice counts), and
 * the one walk over them they share.
 */

export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** A node's children, in the order of its keys and of each list's items. */
export function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) if (isNode(child)) found.push(child);
    if (isNode(value)) found.push(value);
  }
  return found;
}

/** Each node with its parent, depth first. */
export function visit(node: Node, seen: (node: Node, parent: Node | undefined) => void, parent?: Node) {
  seen(node, parent);
  for (const child of children(node)) visit(child, seen, node);
}
