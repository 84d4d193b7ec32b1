/**
 * XML as statements are read: fast-xml-parser with entity processing off, and any document type
 * declaration refused before parsing, so no entity is ever expanded (billion laughs) and nothing is
 * fetched (external entities). Statements never need a DTD; only the five predefined entities and
 * character references are decoded, by hand, after parsing.
 */
import { XMLParser } from 'fast-xml-parser';

export const UNSAFE_XML =
  'This file declares a document type or entities: statements never need them, so it is refused. Nothing in it was expanded or fetched.';

/** A DOCTYPE or ENTITY declaration anywhere (before the root or smuggled later). */
export function declaresEntities(text: string): boolean {
  return /<!\s*(?:DOCTYPE|ENTITY)/i.test(text);
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref.toLowerCase()] ?? '';
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

export function parseXml(text: string, arrays: readonly string[]): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(text, true) as XmlNode;
}

/** The child at a path of element names, or undefined. Arrays along the way take their first item. */
export function at(node: XmlValue | undefined, ...path: string[]): XmlValue | undefined {
  let current: XmlValue | undefined = node;
  for (const name of path) {
    if (current === undefined || typeof current === 'string') return undefined;
    if (Array.isArray(current)) current = current[0];
    if (current === undefined || typeof current === 'string' || Array.isArray(current)) return undefined;
    current = current[name];
  }
  return current;
}

/** An element's text (with entities decoded), or null. */
export function text(node: XmlValue | undefined): string | null {
  if (node === undefined) return null;
  if (typeof node === 'string') return decodeEntities(node);
  if (Array.isArray(node)) return text(node[0]);
  const inner = node['#text'];
  return typeof inner === 'string' ? decodeEntities(inner) : null;
}

export function attribute(node: XmlValue | undefined, name: string): string | null {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return null;
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : null;
}

export function list(node: XmlValue | undefined): XmlValue[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? node : [node];
}
