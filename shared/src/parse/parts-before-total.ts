import { DETERMINERS } from './determiners.ts';
import { isPersonWord } from './movement-parties.ts';
import { FRIENDS } from './people-counted.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import { type Bridges, keepTotal, live, norm } from './whole-and-parts.ts';

/** What a total says it holds, right after it: « 19 en tout avec le café », "70 all in with the tie". */
const HOLDS = /^(avec|with)$/;
/** People a bill is shared with, not a part of it: a group, a boss, or a person of one's own (movement-parties.ts). */
const COMPANY = /^(team|equipe|famille|family|enfants|kids|children|gang|boss|patron)s?$/;

/** After tokens[at]: « avec le café », "with the tourist tax" — a thing, not a person (« avec Paul », "with the team"). */
function holdsAThing(scan: Scan, at: number): boolean {
  if (!HOLDS.test(norm(scan.tokens, at))) return false;
  const k = DETERMINERS.has(norm(scan.tokens, at + 1)) ? at + 2 : at + 1;
  const word = scan.tokens[k];
  if (word?.kind !== 'word' || /^\p{Lu}/u.test(word.raw) || FRIENDS.has(word.norm)) return false;
  return !COMPANY.test(word.norm) && !isPersonWord(word.norm);
}

/**
 * « 14 le plat du jour, 19 en tout avec le café », "10 for the burger, 16 altogether with the
 * drink", « le loyer 700, 780 avec les charges »: a part said first, then a larger total that says
 * it is one (« en tout », "altogether", « au total ») or opens its clause with what it adds (« avec
 * les charges »), is inside it: one expense, the total. The parts need not add up (the coffee has
 * no price said); with nothing but punctuation after the total word, or what it holds.
 */
export function keepTotalAfterParts(scan: Scan, bridges: Bridges): void {
  const amounts = scan.amounts.filter(live);
  const total = amounts.at(-1);
  if (!total || amounts.length < 2) return;
  const parts = amounts.slice(0, -1) as AmountItem[];
  if (parts.reduce((n, a) => n + a.cents + a.tipCents, 0) >= total.cents) return;
  const code = total.currency?.code;
  if (parts.some((a) => a.currency !== null && code !== undefined && a.currency.code !== code)) return;
  const { tokens } = scan;
  const markAfter = scan.marks.find((m) => m.mark === 'total' && m.start === total.end);
  const markBefore = scan.marks.find((m) => m.mark === 'total' && m.end === total.start);
  const end = markAfter?.end ?? total.end;
  const holds = holdsAThing(scan, end);
  if (markAfter || markBefore) {
    if (!holds && !tokens.slice(end).every((t) => t.kind === 'punct')) return;
  } else {
    // No total word: the total opens its clause (« , 780 avec les charges »).
    const before = tokens[total.start - 1];
    const opens =
      before?.norm === ',' ||
      (/^(et|and)$/.test(norm(tokens, total.start - 1)) && tokens[total.start - 2]?.norm === ',');
    if (!holds || !opens) return;
  }
  keepTotal(total, parts, bridges, end);
}
