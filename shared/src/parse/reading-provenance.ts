import type { Provenance } from '../provenance.ts';
import type { CategoryMatch } from './categorize.ts';
import { FALLBACK_DESCRIPTION } from './describe.ts';
import type { Lang } from './types.ts';

/**
 * Where each field of a parsed expense came from: the amount as heard unless the parser worked it
 * out (a share, a count × price, a tip) or found it odd; the currency and the date heard when the
 * words named them; the category learned from the person's correction when a taught word decided
 * it; the description heard unless it is the fallback word.
 */
export function readingProvenance(reading: {
  heardAmount: boolean;
  heardCurrency: boolean;
  heardDate: boolean;
  keyword: CategoryMatch | null;
  description: string;
  lang: Lang;
}): Provenance {
  const learned = reading.keyword?.learned;
  return {
    amount: { from: reading.heardAmount ? 'heard' : 'parsed' },
    currency: { from: reading.heardCurrency ? 'heard' : 'parsed' },
    date: { from: reading.heardDate ? 'heard' : 'parsed' },
    category: learned
      ? { from: 'learned', phrase: learned.phrase, ...(learned.learnedAt ? { at: learned.learnedAt } : {}) }
      : { from: 'parsed' },
    description: {
      from: reading.description.startsWith(FALLBACK_DESCRIPTION[reading.lang]) ? 'parsed' : 'heard',
    },
  };
}
