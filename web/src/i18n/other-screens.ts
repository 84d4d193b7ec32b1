/**
 * The words of the screens loaded after the first one (the month, the edit dialog and its undo,
 * the data exports), in French and English. The note menu, the result toast and the settings
 * have theirs in actions.ts, loaded with them; Supabase mode's account panel in account.ts.
 */
import { deFr } from '@voicetrack/shared';

const NBSP = '\u00a0';
const s = (n: number, word: string) => `${n}${NBSP}${word}${n > 1 ? 's' : ''}`;

export const otherScreensFr = {
  editTitle: 'Modifier la dépense',
  completeTitle: 'Compléter la dépense',
  fieldAmount: 'Montant',
  fieldCurrency: 'Devise',
  fieldCategory: 'Catégorie',
  fieldDescription: 'Description',
  fieldDate: 'Date',
  pickDate: 'Choisir dans le calendrier',
  save: 'Enregistrer',
  cancel: 'Annuler',
  delete: 'Supprimer',
  makeRecurring: 'Rendre récurrente…',
  deleted: 'Dépense supprimée',
  undo: 'Annuler',
  invalidAmount: `Montant invalide${NBSP}: par exemple 12,50`,
  invalidDate: (first: number, last: number) =>
    `Date invalide${NBSP}: un jour entre ${first} et ${last}, par exemple aujourd’hui`,
  invalidCurrency: `Devise invalide${NBSP}: trois lettres, par exemple EUR`,
  transcript: 'Ce qui a été dit',
  // A typed note (the field, Telegram, the share sheet) was not said, and a receipt's words were read.
  transcriptWritten: 'Ce qui a été écrit',
  transcriptRead: 'Ce qui a été lu sur le ticket',
  monthTitle: (m: string) => `Dépenses ${deFr(m)}`,
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  total: 'Total',
  count: (n: number) => s(n, 'dépense'),
  unsentCounted: (n: number) => `dont ${n}${NBSP}pas encore envoyée${n > 1 ? 's' : ''}`,
  vsLastMonth: (d: string) => `${d} par rapport au mois précédent`,
  nothingLastMonth: `Premier mois${NBSP}: rien le mois précédent pour comparer`,
  byCategory: 'Par catégorie',
  // A hyphen that does not break (U+2011): beside the arrows, 370–380 px wide phones showed « mois- »
  // and « ci. » under it.
  noMonthExpenses: 'Aucune dépense ce mois\u2011ci.',
  dataTitle: 'Vos données',
  exportCsvFr: 'Exporter en CSV (Excel)',
  exportCsv: 'Exporter en CSV',
  exportJson: 'Exporter tout (JSON)',
  importJson: 'Importer un export JSON',
  imported: (n: number, d: number) =>
    `${s(n, 'dépense')} importée${n > 1 ? 's' : ''}${d > 0 ? `, ${d}${NBSP}déjà présente${d > 1 ? 's' : ''}` : ''}`,
  // How many, then which (their place in the file): « Lignes refusées : 2 » read as two refused.
  importRefused: (n: number, which: string) =>
    `${n}${NBSP}refusée${n > 1 ? 's' : ''} (invalide${n > 1 ? 's' : ''})${NBSP}: n°${NBSP}${which}`,
  importFailed: (m: string) => `Import refusé${NBSP}: ${m}`,
  importErrors: {
    validation_failed: 'ce fichier n’est pas un export JSON de VoiceTrack',
    payload_too_large: 'le fichier est trop gros (50 000 dépenses au plus par import)',
    rate_limited: 'd’autres imports sont en cours, réessayez dans quelques secondes',
    missing_token: 'ce téléphone n’est pas appairé au serveur (ou la session est terminée)',
    invalid_token: 'ce téléphone n’est plus appairé au serveur (il a été révoqué)',
  } as Record<string, string>,
  importNotJson: 'ce fichier n’est pas un export JSON de VoiceTrack',
  importNoAnswer: 'le serveur n’a pas répondu, réessayez une fois en ligne',
  importServerSaid: (code: string) => `le serveur a refusé (${code})`,
  downloadFailed: (m: string) => `Téléchargement impossible${NBSP}: ${m}`,
  // A screen whose code would not load though the network is back (base/screen-not-loaded.tsx).
  screenNotLoaded: `Cet écran n’a pas pu se charger, bien que le réseau soit revenu. Rechargez l’app pour l’afficher${NBSP}: rien de ce qui est enregistré ne sera perdu.`,
  reloadApp: 'Recharger',
  // A dialog whose code would not load (DialogNotLoaded): the reload would lose a note typed and not sent.
  dialogNotLoaded: `Cette fenêtre n’a pas pu se charger, bien que le réseau soit revenu. Rechargez l’app pour l’ouvrir${NBSP}: rien de ce qui est enregistré ne sera perdu, mais une note tapée et pas encore envoyée le serait.`,
  closeDialog: 'Fermer',
  // A settings panel whose code has not come yet, or failed (settings/panel-row.tsx): under its title.
  panelLoading: 'Chargement…',
  panelNotLoaded: 'N’a pas pu se charger.',
  retryPanel: 'Réessayer',
};

export type OtherScreensStrings = typeof otherScreensFr;

export const otherScreensEn: OtherScreensStrings = {
  editTitle: 'Edit expense',
  completeTitle: 'Complete the expense',
  fieldAmount: 'Amount',
  fieldCurrency: 'Currency',
  fieldCategory: 'Category',
  fieldDescription: 'Description',
  fieldDate: 'Date',
  pickDate: 'Pick from the calendar',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  makeRecurring: 'Make recurring…',
  deleted: 'Expense deleted',
  undo: 'Undo',
  invalidAmount: 'Invalid amount: for example 12.50',
  invalidDate: (first: number, last: number) =>
    `Invalid date: a day between ${first} and ${last}, for example today`,
  invalidCurrency: 'Invalid currency: three letters, for example EUR',
  transcript: 'What was said',
  transcriptWritten: 'What was written',
  transcriptRead: 'What was read on the receipt',
  monthTitle: (m: string) => `Spending in ${m}`,
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  total: 'Total',
  count: (n: number) => `${n} expense${n === 1 ? '' : 's'}`,
  unsentCounted: (n: number) => `including ${n} not sent yet`,
  vsLastMonth: (d: string) => `${d} vs last month`,
  nothingLastMonth: 'First month: nothing last month to compare with',
  byCategory: 'By category',
  noMonthExpenses: 'No expenses this month.',
  dataTitle: 'Your data',
  // The ;-separated, comma-decimal file that Excel opens with French settings (« (; and ,) » wrapped
  // its button onto two lines at a phone's width).
  exportCsvFr: 'Export CSV for French Excel',
  exportCsv: 'Export CSV',
  exportJson: 'Export everything (JSON)',
  importJson: 'Import a JSON export',
  imported: (n: number, d: number) =>
    `${n} expense${n === 1 ? '' : 's'} imported${d > 0 ? `, ${d} already there` : ''}`,
  importRefused: (n: number, which: string) => `${n} refused (invalid): no${n > 1 ? 's' : ''}. ${which}`,
  importFailed: (m: string) => `Import refused: ${m}`,
  importErrors: {
    validation_failed: 'this file is not a VoiceTrack JSON export',
    payload_too_large: 'the file is too big (at most 50,000 expenses per import)',
    rate_limited: 'other imports are running, try again in a few seconds',
    missing_token: 'this phone is not paired with the server (or the session ended)',
    invalid_token: 'this phone is no longer paired with the server (it was revoked)',
  },
  importNotJson: 'this file is not a VoiceTrack JSON export',
  importNoAnswer: 'the server did not answer, try again once online',
  importServerSaid: (code: string) => `the server refused it (${code})`,
  downloadFailed: (m: string) => `Download failed: ${m}`,
  screenNotLoaded:
    'This screen could not load, though the network is back. Reload the app to show it: nothing saved will be lost.',
  reloadApp: 'Reload',
  dialogNotLoaded:
    'This window could not load, though the network is back. Reload the app to open it: nothing saved will be lost, but a note typed and not sent yet would be.',
  closeDialog: 'Close',
  panelLoading: 'Loading…',
  panelNotLoaded: 'Could not load.',
  retryPanel: 'Try again',
};
