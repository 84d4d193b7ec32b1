/**
 * The words of bank statements and reconciliation (« Relevé bancaire » in the data section, the
 * « Rapprochement » view, « rapproché à 94 % » in the month). French puts a no-break space before
 * ":" and "?"; amounts, dates and percents arrive already written (format.ts, formatPercent).
 */
import { PAIR_DAYS } from '@voicetrack/shared';
import type { Lang } from './lang.ts';

const NBSP = '\u00a0';

/** The counts said, those that are not zero, joined by « · »; `none` when all are. */
const nonZero = (counts: [count: number, words: string][], none: string): string =>
  counts
    .filter(([count]) => count > 0)
    .map(([, words]) => words)
    .join(' · ') || none;

/** A refused or unsent action on the bank's lines, as data/api/answer.ts gives it. */
export interface BankActionFailure {
  kind: 'refused' | 'offline';
  code?: string;
  message: string;
}

/** The server's reason in words: its code when the words know it, else its own message. */
const failure =
  (lead: string, words: Readonly<Record<string, string>>, offline: string) => (got: BankActionFailure) =>
    `${lead}${got.kind === 'offline' ? offline : ((got.code && words[got.code]) ?? got.message)}`;

const fr = {
  statementTitle: 'Relevé bancaire',
  statementHint:
    'Un relevé de votre banque (CAMT.053, OFX, QFX, QIF ou CSV)\u00a0: ses lignes sont rapprochées de vos dépenses.',
  statementAccount: 'Compte (facultatif)',
  statementFile: 'Importer un relevé',
  statementImporting: 'Import en cours…',
  statementResult: (lines: number, matched: number, suggested: number, duplicates: number) =>
    `${lines}${NBSP}ligne${lines > 1 ? 's' : ''} lue${lines > 1 ? 's' : ''}${NBSP}: ${matched}${NBSP}rapprochée${matched > 1 ? 's' : ''}, ${suggested}${NBSP}à ajouter${duplicates > 0 ? `, ${duplicates}${NBSP}déjà connue${duplicates > 1 ? 's' : ''}` : ''}.`,
  statementRefused: (lines: string) => `Lignes refusées${NBSP}: ${lines}.`,
  statementFailed: (why: string) => `Relevé non importé${NBSP}: ${why}`,
  /** The server's refusal of a statement, by code (its message, in English, when none is here). */
  statementWhy: {
    payload_too_large:
      'le fichier est trop long (20\u00a0Mo et 50\u00a0000\u00a0lignes au plus)\u00a0: importez-le en plusieurs parties, une année à la fois.',
    statement_unreadable:
      'il ne se lit pas comme un relevé (CAMT.053, OFX, QFX, QIF ou CSV exportés par la banque).',
    statement_unsafe:
      'ce fichier XML contient des déclarations (entités) qu’aucune banque n’écrit\u00a0: par sécurité, il n’est pas lu.',
    validation_failed: 'le fichier est vide.',
  } as Readonly<Record<string, string>>,
  statementNoAnswer: 'le serveur ne répond pas. Réessayez une fois en ligne.',
  shared: (name: string) => `Partagé avec VoiceTrack\u00a0: ${name}`,
  sharedRefused: (name: string, why: string) => `${name} non importé\u00a0: ${why}`,
  sharedWaiting: 'Importé dès que le réseau revient.',
  sharedImport: 'Importer',
  sharedRemove: 'Retirer',
  mappingTitle: 'Quelles colonnes lire\u00a0?',
  mappingHint:
    'Ces colonnes ne sont pas celles d’une banque connue. Dites lesquelles lire (retenu pour ce compte).',
  mappingDate: 'Date',
  mappingLabel: 'Libellé',
  mappingAmount: 'Montant',
  mappingDebitCredit: 'Débit et crédit à part',
  mappingDebit: 'Débit',
  mappingCredit: 'Crédit',
  mappingCurrency: 'Devise (facultatif)',
  mappingNone: '—',
  mappingDateOrder: 'Ordre des dates',
  mappingDmy: 'jour/mois/année',
  mappingMdy: 'mois/jour/année',
  mappingImport: 'Importer avec ces colonnes',
  /** `percent` written by shared's formatPercent (« 94 % », with its narrow no-break space). */
  reconciled: (percent: string) => `Rapproché à ${percent}`,
  noPercent: 'Rien à rapprocher encore',
  /** No expense of the month to count a share of, but lines the bank saw: not « rien à rapprocher ». */
  toAdd: (count: number) => `La banque a vu ${count}${NBSP}dépense${count > 1 ? 's' : ''} à ajouter`,
  openReconciliation: 'Voir le détail',
  closeReconciliation: 'Masquer le détail',
  reconciliationTitle: 'Rapprochement',
  /** Only the counts that are not zero (« 0 à ajouter » says nothing); none: there is nothing to reconcile. */
  counts: (matched: number, suggestions: number, unmatched: number) =>
    nonZero(
      [
        [matched, `${matched}${NBSP}confirmée${matched > 1 ? 's' : ''} par la banque`],
        [suggestions, `${suggestions}${NBSP}à ajouter`],
        [unmatched, `${unmatched}${NBSP}pas vue${unmatched > 1 ? 's' : ''} par la banque`],
      ],
      'Rien à rapprocher ce mois-ci',
    ),
  suggestionsTitle: 'La banque a vu',
  suggestion: (amount: string, merchant: string, day: string) =>
    `La banque a vu ${amount} chez ${merchant} le ${day} — l’ajouter${NBSP}?`,
  /** A line several expenses fit: what the bank saw (no full stop: « 12 nov. » ends with one), then « Correspond à l’une de vos dépenses ». */
  seen: (amount: string, merchant: string, day: string) =>
    `La banque a vu ${amount} chez ${merchant} le ${day}`,
  /** Above the expenses a line may be: one (the others kept apart by the person) is asked about alone. */
  candidatesTitle: (count: number): string =>
    count === 1 ? 'Est-ce cette dépense\u00a0?' : 'Correspond à l’une de vos dépenses\u00a0:',
  pair: 'C’est celle-ci',
  /** The pair button's name: which expense (« C’est celle-ci : Dîner Léa, 21/11 »). */
  pairWith: (what: string, day: string) => `C’est celle-ci${NBSP}: ${what}, ${day}`,
  paired: (what: string) => `Rapprochée${NBSP}: ${what}`,
  /** Paired at the bank's amount, which the expense takes now. */
  pairedAt: (what: string, amount: string) => `Rapprochée${NBSP}: ${what}, à ${amount}`,
  saidOther: 'C’est une dépense déjà dite',
  saidTitle: 'Vos dépenses de ces jours-là',
  /** Before pairing an expense said at another amount: what will change. */
  retold: (said: string, bank: string) =>
    `Dit ${said}, la banque ${bank}${NBSP}: le montant de la banque sera gardé`,
  /** Under it, for a household's bill: its shares follow. */
  resplit: `Dépense du foyer${NBSP}: les parts de chacun suivront, dans les mêmes proportions.`,
  confirmPair: 'Rapprocher',
  matchedTitle: (n: number) => `Confirmée${n > 1 ? 's' : ''} par la banque (${n})`,
  matchedList: 'Dépenses confirmées par la banque',
  unpair: 'Dissocier',
  /** The unpair button's name: which expense (« Dissocier : Pain, mar. 25 nov. »). */
  unpairWith: (what: string, day: string) => `Dissocier${NBSP}: ${what}, ${day}`,
  unpaired: (what: string) => `Dissociée${NBSP}: ${what}`,
  acceptAnyway: 'Ajouter quand même',
  accept: 'Ajouter',
  correct: 'Corriger',
  ignore: 'Ignorer',
  undo: 'Annuler',
  /** A button's name with what it acts on: « Ajouter : Carrefour ». */
  on: (action: string, merchant: string) => `${action}${NBSP}: ${merchant}`,
  added: (merchant: string) => `Ajoutée${NBSP}: ${merchant}`,
  ignored: (merchant: string) => `Ignorée${NBSP}: ${merchant}`,
  category: 'Catégorie',
  description: 'Description',
  save: 'Ajouter',
  cancel: 'Annuler',
  unmatchedTitle: 'Pas vues par la banque',
  notSeen: 'pas vue par la banque',
  notYet: 'pas encore au relevé',
  /** Heads the month's money in and cash withdrawals, which are not counted as spent. */
  notExpensesTitle: (n: number): string =>
    n > 1 ? 'Ce ne sont pas des dépenses (jamais comptées)' : 'Pas une dépense (jamais comptée)',
  credit: 'entrée',
  withdrawal: 'retrait d’espèces',
  nothing: 'Rien à rapprocher ce mois-ci.',
  /** Nothing left, every expense confirmed (« Rien à rapprocher » under « Rapproché à 100 % » read as none). */
  allReconciled: 'Tout est rapproché ce mois-ci.',
  noStatement: 'Aucun relevé pour ce mois\u00a0: importez-en un dans «\u00a0Vos données\u00a0».',
  failed: failure(
    `Échec${NBSP}: `,
    {
      already_paired: 'cette ligne ou cette dépense est déjà rapprochée.',
      currency_mismatch: 'la dépense n’est pas dans la devise de cette ligne.',
      amount_mismatch: 'la dépense n’a pas le montant de cette ligne.',
      dates_too_far: `dates trop éloignées (plus de ${PAIR_DAYS}${NBSP}jours entre la dépense et la ligne).`,
      not_found: 'cette ligne ou cette dépense n’existe plus.',
      conflict: 'cette ligne est une entrée ou un retrait, ou la dépense attend d’être vérifiée.',
    },
    'pas de réseau, réessayez une fois en ligne.',
  ),
};

export type BankStrings = typeof fr;

const en: BankStrings = {
  statementTitle: 'Bank statement',
  statementHint:
    'A statement from your bank (CAMT.053, OFX, QFX, QIF or CSV): its lines are matched with your expenses.',
  statementAccount: 'Account (optional)',
  statementFile: 'Import a statement',
  statementImporting: 'Importing…',
  statementResult: (lines, matched, suggested, duplicates) =>
    `${lines} line${lines === 1 ? '' : 's'} read: ${matched} matched, ${suggested} to add${duplicates > 0 ? `, ${duplicates} already known` : ''}.`,
  statementRefused: (lines) => `Lines refused: ${lines}.`,
  statementFailed: (why) => `Statement not imported: ${why}`,
  statementWhy: {},
  statementNoAnswer: 'the server does not answer. Try again once online.',
  shared: (name) => `Shared with VoiceTrack: ${name}`,
  sharedRefused: (name, why) => `${name} not imported: ${why}`,
  sharedWaiting: 'Imported as soon as the network is back.',
  sharedImport: 'Import',
  sharedRemove: 'Remove',
  mappingTitle: 'Which columns to read?',
  mappingHint: 'These columns are not a known bank’s. Say which to read (remembered for this account).',
  mappingDate: 'Date',
  mappingLabel: 'Label',
  mappingAmount: 'Amount',
  mappingDebitCredit: 'Debit and credit apart',
  mappingDebit: 'Debit',
  mappingCredit: 'Credit',
  mappingCurrency: 'Currency (optional)',
  mappingNone: '—',
  mappingDateOrder: 'Date order',
  mappingDmy: 'day/month/year',
  mappingMdy: 'month/day/year',
  mappingImport: 'Import with these columns',
  reconciled: (percent) => `${percent} reconciled`,
  noPercent: 'Nothing to reconcile yet',
  toAdd: (count) => `The bank saw ${count} expense${count > 1 ? 's' : ''} to add`,
  openReconciliation: 'Show details',
  closeReconciliation: 'Hide details',
  reconciliationTitle: 'Reconciliation',
  counts: (matched, suggestions, unmatched) =>
    nonZero(
      [
        [matched, `${matched} confirmed by the bank`],
        [suggestions, `${suggestions} to add`],
        [unmatched, `${unmatched} not seen by the bank`],
      ],
      'Nothing to reconcile this month',
    ),
  suggestionsTitle: 'The bank saw',
  suggestion: (amount, merchant, day) => `The bank saw ${amount} at ${merchant} on ${day} — add it?`,
  seen: (amount, merchant, day) => `The bank saw ${amount} at ${merchant} on ${day}`,
  candidatesTitle: (count) => (count === 1 ? 'Is it this expense?' : 'Matches one of your expenses:'),
  pair: 'This one',
  pairWith: (what, day) => `This one: ${what}, ${day}`,
  paired: (what) => `Matched: ${what}`,
  pairedAt: (what, amount) => `Matched: ${what}, at ${amount}`,
  saidOther: 'It’s an expense I said',
  saidTitle: 'Your expenses of those days',
  retold: (said, bank) => `Said ${said}, the bank ${bank}: the bank’s amount will be kept`,
  resplit: 'A household bill: each member’s share will follow, in the same proportions.',
  confirmPair: 'Match',
  matchedTitle: (n) => `Confirmed by the bank (${n})`,
  matchedList: 'Expenses confirmed by the bank',
  unpair: 'Unmatch',
  unpairWith: (what, day) => `Unmatch: ${what}, ${day}`,
  unpaired: (what) => `Unmatched: ${what}`,
  acceptAnyway: 'Add anyway',
  accept: 'Add',
  correct: 'Correct',
  ignore: 'Ignore',
  undo: 'Undo',
  on: (action, merchant) => `${action}: ${merchant}`,
  added: (merchant) => `Added: ${merchant}`,
  ignored: (merchant) => `Ignored: ${merchant}`,
  category: 'Category',
  description: 'Description',
  save: 'Add',
  cancel: 'Cancel',
  unmatchedTitle: 'Not seen by the bank',
  notSeen: 'not seen by the bank',
  notYet: 'not on a statement yet',
  notExpensesTitle: (n) => (n > 1 ? 'Not expenses (never counted)' : 'Not an expense (never counted)'),
  credit: 'money in',
  withdrawal: 'cash withdrawal',
  nothing: 'Nothing to reconcile this month.',
  allReconciled: 'Everything is reconciled this month.',
  noStatement: 'No statement for this month: import one under “Your data”.',
  failed: failure(
    'Failed: ',
    {
      already_paired: 'this line or this expense is already matched.',
      currency_mismatch: 'the expense is not in this line’s currency.',
      amount_mismatch: 'the expense does not have this line’s amount.',
      dates_too_far: `dates too far apart (more than ${PAIR_DAYS} days between the expense and the line).`,
      not_found: 'this line or this expense is gone.',
      conflict: 'this line is money in or a withdrawal, or the expense waits for review.',
    },
    'no network, try again once online.',
  ),
};

export const BANK_STRINGS: Record<Lang, BankStrings> = { fr, en };
