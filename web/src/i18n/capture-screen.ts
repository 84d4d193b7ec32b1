/**
 * The capture screen's words beyond the first screen's (the typed entry, what waits, the list,
 * the toasts), in French and English, and the category icons. They load with the rest of the app.
 */
import { CATEGORY_LABELS, type Category } from '@voicetrack/shared';

// French puts a no-break space before ":" (U+00A0) and inside « » (tested in typography.test.ts);
// English none. Category names come from shared, as the report and the CSV say them.
const NBSP = '\u00a0';

export const captureScreenFr = {
  typedLabel: 'Dépense tapée',
  typedPlaceholder: '12,50 resto ce midi',
  add: 'Ajouter',
  previewNone: 'Aucun montant reconnu pour l’instant',
  pendingTitle: 'En attente',
  morePending: (n: number) => `${n} autre${n > 1 ? 's' : ''} en attente`,
  expensesTitle: 'Dépenses',
  emptyExpenses: `Rien encore. Dites «${NBSP}douze euros cinquante au resto ce midi${NBSP}».`,
  notSentYet: 'Pas encore envoyée',
  states: {
    recording: 'Enregistrement…',
    recorded: 'Prête à partir',
    sending: 'Envoi…',
    waiting: 'Nouvel essai bientôt',
    awaiting_transcription: 'Pas encore transcrite',
    waiting_for_sign_in: 'En attente de connexion',
    failed: 'Refusée',
    done: 'Enregistrée',
  },
  /** Why a note waits or was refused, by the server's error code; others show the server's message. */
  reasons: {
    transcription_unavailable: `Ce serveur ne transcrit pas la voix${NBSP}: écoutez la note et tapez-la, ou attendez.`,
    unsupported_audio: 'Le serveur n’a pas pu lire cet enregistrement.',
    network: 'Pas de réseau pour l’instant.',
  } as Record<string, string>,
  voiceNote: (seconds: number) => `Note vocale, ${seconds}${NBSP}s`,
  noteActions: 'Actions',
  noteDiscarded: 'Note supprimée',
  noExpense: 'Aucune dépense comprise',
  needsReview: 'À vérifier',
  toComplete: 'Montant à ajouter',
  toConfirm: `À confirmer${NBSP}: ne compte pas encore`,
  reimbursable: 'à se faire rembourser',
  accept: 'Accepter',
  fix: 'Corriger',
  retry: 'Réessayer',
  discard: 'Supprimer',
  updateReady: 'Nouvelle version — recharger',
  typedNote: 'note tapée',
  edit: 'Modifier',
  installIos: `Pour l’installer${NBSP}: Partager → Sur l’écran d’accueil`,
  install: 'Installer l’application',
  colon: `${NBSP}:`,
  quoteOpen: `«${NBSP}`,
  quoteClose: `${NBSP}»`,
  categories: CATEGORY_LABELS.fr,
};

export type CaptureScreenStrings = typeof captureScreenFr;

export const captureScreenEn: CaptureScreenStrings = {
  typedLabel: 'Typed expense',
  typedPlaceholder: '12.50 lunch today',
  add: 'Add',
  previewNone: 'No amount recognised yet',
  pendingTitle: 'Pending',
  morePending: (n: number) => `${n} more waiting`,
  expensesTitle: 'Expenses',
  emptyExpenses: 'Nothing yet. Say “twelve fifty for lunch today”.',
  notSentYet: 'Not sent yet',
  states: {
    recording: 'Recording…',
    recorded: 'Ready to send',
    sending: 'Sending…',
    waiting: 'Retrying soon',
    awaiting_transcription: 'Not transcribed yet',
    waiting_for_sign_in: 'Waiting for sign-in',
    failed: 'Refused',
    done: 'Saved',
  },
  reasons: {
    transcription_unavailable: 'This server does not transcribe voice: play the note and type it, or wait.',
    unsupported_audio: 'The server could not read this recording.',
    network: 'No network for now.',
  },
  voiceNote: (seconds: number) => `Voice note, ${seconds} s`,
  noteActions: 'Actions',
  noteDiscarded: 'Note deleted',
  noExpense: 'No expense understood',
  needsReview: 'To review',
  toComplete: 'Amount to add',
  toConfirm: 'To confirm: not counted yet',
  reimbursable: 'to be paid back',
  accept: 'Accept',
  fix: 'Fix',
  retry: 'Retry',
  discard: 'Delete',
  updateReady: 'New version — reload',
  typedNote: 'typed note',
  edit: 'Edit',
  installIos: 'To install: Share → Add to Home Screen',
  install: 'Install the app',
  colon: ':',
  quoteOpen: '“',
  quoteClose: '”',
  categories: CATEGORY_LABELS.en,
};

export const CATEGORY_ICONS: Record<Category, string> = {
  groceries: '🛒',
  dining: '🍽️',
  transport: '🚆',
  housing: '🏠',
  utilities: '💡',
  health: '💊',
  shopping: '🛍️',
  leisure: '🎬',
  travel: '✈️',
  education: '📚',
  gifts: '🎁',
  other: '•',
};
