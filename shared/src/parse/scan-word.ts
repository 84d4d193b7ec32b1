import type { Scan } from './scan-types.ts';

/** The normalized word at tokens[i], '' past either end: one helper the frames share (each had its own copy). */
export const word = (scan: Scan, i: number) => scan.tokens[i]?.norm ?? '';
