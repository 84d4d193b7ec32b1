/** Text in code-point order, as a sort's comparator (not the locale's: the same on every engine). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
