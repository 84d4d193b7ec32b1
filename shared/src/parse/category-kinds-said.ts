/**
 * What the words right around a keyword make of the thing it names (categorize.ts asks these
 * while it scans): a food's seeds or plants are grown, not eaten (« des graines de radis »,
 * "tomato plants"); paints counted are an artist's, paint is a wall's ("oil paints", "a tin of
 * paint").
 */
import type { Token } from './tokenize.ts';

/**
 * What grows a food: « graines de », « plants de », "seeds", "plants", "an apple tree" (not « pieds
 * de porc », "fennel bulbs": food).
 */
const GROWS = /^(graines?|plants?|semis|semences?|seeds?|seedlings?|trees?|bush(es)?)$/;
/** Seeds eaten themselves, of a food the tables know (« graines de courge »): food still. */
const EATEN_SEEDS = /^(courge|potiron|citrouille)s?$/;

/** Whether the food keyword tokens[i, end) is what seeds, plants or trees named with it grow. */
export function grownFood(tokens: readonly Token[], i: number, end: number): boolean {
  if (EATEN_SEEDS.test(tokens[i]?.norm ?? '')) return false;
  // French names the seed first (« des graines de radis »), English last ("radish seeds").
  const of = /^(de|d')$/.test(tokens[i - 1]?.norm ?? '');
  return of ? GROWS.test(tokens[i - 2]?.norm ?? '') : end === i + 1 && GROWS.test(tokens[end]?.norm ?? '');
}

/** "oil paints", "watercolour paints": paints counted are an artist's colours; "paint" is for a wall. */
export const paintsCounted = (tokens: readonly Token[], end: number): boolean =>
  tokens[end - 1]?.raw.toLowerCase() === 'paints';
