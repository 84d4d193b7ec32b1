/**
 * Limits the parser shares with the schemas, in a module of their own: a schema that imports one
 * (learning.ts) must not pull the parser's tables into the PWA's first screen.
 */

/** Oldest corrections fall off past this many: a memory is a few hundred places, not a diary. */
export const MAX_LEARNED = 500;
