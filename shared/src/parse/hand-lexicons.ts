/**
 * The hand-written lexicons of each language, in the order category-tables.ts adds them (of two
 * listings of a phrase with the same weight, the later wins). tools/lexicon reads them too: a
 * preset word they name with the same category and weight is left out of the generated file.
 * Each language's table reads the other's hand words too (category-tables.ts buildTable, but for
 * the false friends of FR_ONLY and EN_ONLY), so a word said alike in both with one meaning
 * (« taxi », "pizza", "hotel", « lego ») is listed in one language only, and a phrase written two
 * ways the table reads alike ("x ray", "x-ray") once: room28 left out 91 such second listings,
 * both tables holding every phrase with the same meaning without them.
 */
import { EN_LEXICON } from './lexicon-en.ts';
import { EN_REGIONAL } from './lexicon-en-regional.ts';
import { FR_LEXICON } from './lexicon-fr.ts';
import { FR_EVERYDAY } from './lexicon-fr-everyday.ts';
import { FR_THINGS } from './lexicon-fr-things.ts';
import { EN_LONG_TAIL, FR_LONG_TAIL } from './lexicon-long-tail.ts';
import { EN_SERVICES, FR_SERVICES, FR_SERVICES_WEAK } from './lexicon-services.ts';
import type { LexiconEntry } from './types.ts';

export const FR_HAND: readonly LexiconEntry[] = [
  ...FR_LEXICON,
  ...FR_LONG_TAIL,
  ...FR_THINGS,
  ...FR_EVERYDAY,
  ...FR_SERVICES,
  ...FR_SERVICES_WEAK,
];
export const EN_HAND: readonly LexiconEntry[] = [
  ...EN_LEXICON,
  ...EN_LONG_TAIL,
  ...EN_REGIONAL,
  ...EN_SERVICES,
];
