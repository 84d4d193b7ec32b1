/** Every word the app shows, in French and English: one place per language. */
import type { Category } from '@voicetrack/shared';

export type Lang = 'fr' | 'en';

const fr = {
  appName: 'VoiceTrack',
  record: 'Enregistrer une dépense',
  stop: 'Arrêter et enregistrer',
  recording: 'J’écoute…',
  holdHint: 'Touchez pour parler, ou maintenez et relâchez',
  autoStopped: 'Enregistrement arrêté après 2 minutes : la note est gardée.',
  micDenied: 'Le micro n’est pas disponible. Vous pouvez taper la dépense ci-dessous.',
  micMissing: 'Aucun micro trouvé. Tapez la dépense ci-dessous.',
  typedLabel: 'Dépense tapée',
  typedPlaceholder: '12,50 resto ce midi',
  add: 'Ajouter',
  previewNone: 'Aucun montant reconnu pour l’instant',
  pendingTitle: 'En attente',
  expensesTitle: 'Dépenses',
  emptyExpenses: 'Rien encore. Dites « douze euros cinquante au resto ce midi ».',
  offline: 'Hors ligne',
  pendingCount: (n: number) => `${n} note${n > 1 ? 's' : ''} en attente`,
  states: {
    recording: 'enregistrement…',
    recorded: 'prête à partir',
    sending: 'envoi…',
    waiting: 'nouvel essai bientôt',
    awaiting_transcription: 'en attente de transcription',
    waiting_for_sign_in: 'en attente de connexion',
    failed: 'refusée',
    done: 'enregistrée',
  },
  noExpense: (t: string) => `Aucune dépense comprise : « ${t} »`,
  needsReview: 'À vérifier',
  retry: 'Réessayer',
  discard: 'Supprimer',
  updateReady: 'Nouvelle version — recharger',
  language: 'English',
  languageLabel: 'Switch to English',
  seconds: (s: number) => `${s} s`,
  typedNote: 'note tapée',
  persistFailed: 'Le stockage est plein : libérez de la place, vos notes déjà enregistrées sont gardées.',
  categories: {
    groceries: 'Courses',
    dining: 'Restaurant',
    transport: 'Transport',
    housing: 'Logement',
    utilities: 'Factures',
    health: 'Santé',
    shopping: 'Shopping',
    leisure: 'Loisirs',
    travel: 'Voyage',
    education: 'Éducation',
    gifts: 'Cadeaux',
    other: 'Autre',
  } satisfies Record<Category, string>,
};

type Strings = typeof fr;

const en: Strings = {
  appName: 'VoiceTrack',
  record: 'Record expense',
  stop: 'Stop and save',
  recording: 'Listening…',
  holdHint: 'Tap to talk, or hold and release',
  autoStopped: 'Recording stopped after 2 minutes: the note is kept.',
  micDenied: 'The microphone is not available. You can type the expense below.',
  micMissing: 'No microphone found. Type the expense below.',
  typedLabel: 'Typed expense',
  typedPlaceholder: '12.50 lunch today',
  add: 'Add',
  previewNone: 'No amount recognised yet',
  pendingTitle: 'Pending',
  expensesTitle: 'Expenses',
  emptyExpenses: 'Nothing yet. Say “twelve fifty for lunch today”.',
  offline: 'Offline',
  pendingCount: (n: number) => `${n} note${n > 1 ? 's' : ''} waiting`,
  states: {
    recording: 'recording…',
    recorded: 'ready to send',
    sending: 'sending…',
    waiting: 'retrying soon',
    awaiting_transcription: 'awaiting transcription',
    waiting_for_sign_in: 'waiting for sign-in',
    failed: 'refused',
    done: 'saved',
  },
  noExpense: (t: string) => `No expense understood: “${t}”`,
  needsReview: 'To review',
  retry: 'Retry',
  discard: 'Delete',
  updateReady: 'New version — reload',
  language: 'Français',
  languageLabel: 'Passer en français',
  seconds: (s: number) => `${s} s`,
  typedNote: 'typed note',
  persistFailed: 'Storage is full: free some space; notes already saved are kept.',
  categories: {
    groceries: 'Groceries',
    dining: 'Dining',
    transport: 'Transport',
    housing: 'Housing',
    utilities: 'Bills',
    health: 'Health',
    shopping: 'Shopping',
    leisure: 'Leisure',
    travel: 'Travel',
    education: 'Education',
    gifts: 'Gifts',
    other: 'Other',
  },
};

export const STRINGS: Record<Lang, Strings> = { fr, en };

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

/** French unless the browser prefers another language; a choice the user made wins. */
export function initialLang(saved: string | null, browser: readonly string[]): Lang {
  if (saved === 'fr' || saved === 'en') return saved;
  const first = browser[0]?.slice(0, 2).toLowerCase();
  return first && first !== 'fr' ? 'en' : 'fr';
}

export const localeOf = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export function formatAmount(amount: string | null, currency: string, lang: Lang): string {
  if (amount === null) return '—';
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency }).format(Number(amount));
}

export function formatDay(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
