import { marksIn } from './expense-rules.ts';
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

/** Company named: « avec les collègues », « avec Clara », "with my sister". */
const WITH = /^(avec|with)$/;
const TABLE = /^tables?$/;

/**
 * « la tarte flambée avec les collègues 48 euros on a partagé en quatre », « une raclette avec mes
 * amies huitante francs à nous quatre », « le bouchon avec les anciens collègues 35 euros chacun »:
 * a bill shared, or paid each, in company named is a meal out when no word names what was bought
 * (parse-expense-text.ts asks only then, or when the only word is a vague one: "the bill"). Over
 * the tuning sets the six bills it moves were all meals; the shared bills with no company named
 * were lodging (« location du chalet à six », "my share of the cabin"), so company is needed.
 */
export function sharedInCompany(scan: Scan, seg: Segment): boolean {
  // « on était quatre », "there were four of us": the people at the table are company too, and so
  // are those a table was for ("table for six"); whom another thing was for is not ("room for two").
  const company =
    scan.shares.some(
      (s) => s.kind === 'people' && (!s.forWhom || TABLE.test(scan.tokens[s.start - 1]?.norm ?? '')),
    ) || scan.tokens.some((t, i) => WITH.test(t.norm) && scan.tokens[i + 1]?.kind === 'word');
  return company && (scan.shares.some((s) => s.kind !== 'none') || marksIn(scan, seg, 'each'));
}
