/** The 12 expense categories: the one list the schema, the parser, the LLM prompt and the UI share. */
export const CATEGORIES = [
  'groceries',
  'dining',
  'transport',
  'housing',
  'utilities',
  'health',
  'shopping',
  'leisure',
  'travel',
  'education',
  'gifts',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
