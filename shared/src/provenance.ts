/**
 * Where each field of an expense came from (issue 29): `heard` (said in the note's words),
 * `parsed` (worked out by the parser: a share, a default currency, the day of the note, a
 * category from its lexicon), `learned` (a correction the person made, with its phrase and day),
 * `model` (the LLM), `bank` (a bank statement), `person` (edited by hand). Pure; no schemas here, so
 * the parser's chunk stays free of valibot (api.ts holds ProvenanceSchema).
 */
export const ORIGINS = ['heard', 'parsed', 'learned', 'model', 'bank', 'person'] as const;
export type Origin = (typeof ORIGINS)[number];
export const PROVENANCE_FIELDS = ['amount', 'currency', 'date', 'category', 'description'] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];
/**
 * A household's bill's payer and shares: only a person's edit records where they came from (the
 * words' split is the household's rule, said in README « Shared bills »), so allFrom leaves them out.
 */
export const SHARE_PROVENANCE_FIELDS = ['paidBy', 'split'] as const;
export type ShareProvenanceField = (typeof SHARE_PROVENANCE_FIELDS)[number];
export type AnyProvenanceField = ProvenanceField | ShareProvenanceField;
/** Every field whose origin is kept, the payer and shares last. */
export const ANY_PROVENANCE_FIELDS: readonly AnyProvenanceField[] = [
  ...PROVENANCE_FIELDS,
  ...SHARE_PROVENANCE_FIELDS,
];

export interface FieldOrigin {
  from: Origin;
  /** `learned`: the words the person taught ("pressing"). */
  phrase?: string;
  /** `learned`: the day of the correction, YYYY-MM-DD; `person`: the day of the edit. */
  at?: string;
}

export type Provenance = Partial<Record<AnyProvenanceField, FieldOrigin>>;

/** Every field from one origin: an LLM's reading, a bank line. */
export const allFrom = (from: Origin): Provenance =>
  Object.fromEntries(PROVENANCE_FIELDS.map((f) => [f, { from }])) as Provenance;

/** The fields a person changed by hand are theirs now; the others keep where they came from. */
export function editedBy(
  before: Provenance | null | undefined,
  changed: readonly AnyProvenanceField[],
  day: string,
): Provenance {
  const out: Provenance = { ...(before ?? {}) };
  for (const f of changed) out[f] = { from: 'person', at: day };
  return out;
}

const FIELD_WORDS: Record<'fr' | 'en', Record<AnyProvenanceField, string>> = {
  fr: {
    amount: 'Montant',
    currency: 'Devise',
    date: 'Date',
    category: 'Catégorie',
    description: 'Description',
    paidBy: 'Payeur',
    split: 'Parts',
  },
  en: {
    amount: 'Amount',
    currency: 'Currency',
    date: 'Date',
    category: 'Category',
    description: 'Description',
    paidBy: 'Payer',
    split: 'Shares',
  },
};

/** The French past participle's ending: le montant, le payeur; les parts; la devise, … */
const FRENCH_ENDING: Record<AnyProvenanceField, string> = {
  amount: '',
  paidBy: '',
  split: 'es',
  currency: 'e',
  date: 'e',
  category: 'e',
  description: 'e',
};

/** "12/11" in French, "11/12" in English: the day of a correction or an edit. */
function shortDay(day: string, lang: 'fr' | 'en'): string {
  const [, m, d] = day.split('-');
  return lang === 'fr' ? `${d}/${m}` : `${m}/${d}`;
}

/**
 * The line the edit dialog shows for one field, in words: « Catégorie : apprise de votre
 * correction du 12/11 — "pressing" », "Amount: heard in your words". No-break spaces before the
 * French colon, as French typography wants. `words`: how the note's words came, for what was
 * taken from them: spoken (a voice note, the default: heard), typed (the field, Telegram, the share
 * sheet: written), or a receipt's (read on it).
 */
export function describeOrigin(
  field: AnyProvenanceField,
  origin: FieldOrigin,
  lang: 'fr' | 'en',
  words: 'said' | 'written' | 'read' = 'said',
): string {
  const name = FIELD_WORDS[lang][field];
  const phrase = origin.phrase ? ` — "${origin.phrase}"` : '';
  if (lang === 'fr') {
    const e = FRENCH_ENDING[field];
    const taken = {
      said: `entendu${e} dans vos mots`,
      written: `écrit${e} dans vos mots`,
      read: `lu${e} sur le ticket`,
    };
    const said: Record<Origin, string> = {
      heard: taken[words],
      parsed: `déduit${e} de vos mots`,
      learned: origin.at
        ? `appris${e} de votre correction du ${shortDay(origin.at, 'fr')}${phrase}`
        : `appris${e} de votre correction${phrase}`,
      model: `proposé${e} par le modèle`,
      bank: `lu${e} sur votre relevé bancaire`,
      person: origin.at ? `modifié${e} par vous le ${shortDay(origin.at, 'fr')}` : `modifié${e} par vous`,
    };
    return `${name}\u202F: ${said[origin.from]}`;
  }
  const taken = {
    said: 'heard in your words',
    written: 'written in your words',
    read: 'read on the receipt',
  };
  const said: Record<Origin, string> = {
    heard: taken[words],
    parsed: 'worked out from your words',
    learned: origin.at
      ? `learned from your correction of ${shortDay(origin.at, 'en')}${phrase}`
      : `learned from your correction${phrase}`,
    model: 'suggested by the model',
    bank: 'read on your bank statement',
    person: origin.at ? `changed by you on ${shortDay(origin.at, 'en')}` : 'changed by you',
  };
  return `${name}: ${said[origin.from]}`;
}
