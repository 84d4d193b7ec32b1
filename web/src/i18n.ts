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
  storageFull:
    'Le stockage du téléphone est plein : libérez de la place pour enregistrer. Les notes déjà enregistrées sont gardées.',
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
  settings: 'Réglages',
  confirmFirst: 'Confirmer avant d’enregistrer',
  confirmFirstHint: 'Chaque dépense comprise attend votre accord avant de compter.',
  toConfirm: 'À confirmer : ne compte pas encore',
  accept: 'Accepter',
  fix: 'Corriger',
  retry: 'Réessayer',
  discard: 'Supprimer',
  updateReady: 'Nouvelle version — recharger',
  language: 'English',
  languageLabel: 'Switch to English',
  seconds: (s: number) => `${s} s`,
  typedNote: 'note tapée',
  persistFailed: 'Le stockage est plein : libérez de la place, vos notes déjà enregistrées sont gardées.',
  tabCapture: 'Saisie',
  tabMonth: 'Mois',
  edit: 'Modifier',
  editTitle: 'Modifier la dépense',
  fieldAmount: 'Montant',
  fieldCurrency: 'Devise',
  fieldCategory: 'Catégorie',
  fieldDescription: 'Description',
  fieldDate: 'Date',
  save: 'Enregistrer',
  cancel: 'Annuler',
  delete: 'Supprimer',
  deleted: 'Dépense supprimée',
  undo: 'Annuler',
  invalidAmount: 'Montant invalide : par exemple 12,50',
  transcript: 'Ce qui a été dit',
  monthTitle: (m: string) => `Dépenses de ${m}`,
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  total: 'Total',
  count: (n: number) => `${n} dépense${n > 1 ? 's' : ''}`,
  vsLastMonth: (d: string) => `${d} par rapport au mois précédent`,
  nothingLastMonth: 'Rien le mois précédent pour comparer',
  byCategory: 'Par catégorie',
  noMonthExpenses: 'Aucune dépense ce mois-ci.',
  dataTitle: 'Vos données',
  exportCsvFr: 'Exporter en CSV (Excel)',
  exportCsv: 'Exporter en CSV',
  exportJson: 'Exporter tout (JSON)',
  importJson: 'Importer un export JSON',
  imported: (n: number, d: number, r: number) => `${n} importée(s), ${d} déjà présente(s), ${r} refusée(s)`,
  importFailed: (m: string) => `Import refusé : ${m}`,
  account: {
    title: 'Compte',
    signInTitle: 'Connectez-vous pour enregistrer vos dépenses en ligne',
    signInWhy: 'Vos notes sont gardées sur ce téléphone et partiront dès que vous serez connecté.',
    email: 'Adresse e-mail',
    sendCode: 'Recevoir un code',
    codeSent: (email: string) => `Code envoyé à ${email}. Saisissez-le, ou ouvrez le lien reçu.`,
    code: 'Code reçu par e-mail',
    verify: 'Valider le code',
    withoutAccount: 'Continuer sans compte',
    signedInAs: (email: string) => `Connecté : ${email}`,
    anonymous: 'Sans compte : vos dépenses sont liées à ce téléphone.',
    addEmail: 'Ajouter une adresse e-mail',
    addEmailWhy: 'Gardez vos dépenses et retrouvez-les sur un autre appareil.',
    confirmEmail: 'Confirmer l’adresse',
    emailAdded: 'Adresse e-mail ajoutée : vos dépenses sont gardées.',
    signOut: 'Se déconnecter',
    signOutUnsent: (n: number) =>
      `${n} note${n > 1 ? 's' : ''} ou modification${n > 1 ? 's' : ''} pas encore envoyée${n > 1 ? 's' : ''} ser${n > 1 ? 'ont' : 'a'} effacée${n > 1 ? 's' : ''} de ce téléphone.`,
    signOutAnonymous: 'Sans adresse e-mail, vous ne pourrez plus retrouver ces dépenses.',
    signOutConfirm: 'Se déconnecter quand même',
    cancel: 'Annuler',
    waitingForSignIn: (n: number) =>
      `${n} note${n > 1 ? 's' : ''} attend${n > 1 ? 'ent' : ''} votre connexion`,
    failed: (m: string) => `Échec : ${m}`,
  },
  installIos: 'Pour l’installer : Partager → Sur l’écran d’accueil',
  install: 'Installer l’application',
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

export type Strings = typeof fr;

const en: Strings = {
  appName: 'VoiceTrack',
  record: 'Record expense',
  stop: 'Stop and save',
  recording: 'Listening…',
  holdHint: 'Tap to talk, or hold and release',
  autoStopped: 'Recording stopped after 2 minutes: the note is kept.',
  micDenied: 'The microphone is not available. You can type the expense below.',
  micMissing: 'No microphone found. Type the expense below.',
  storageFull: 'This phone’s storage is full: free some space to record. Notes already recorded are kept.',
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
  settings: 'Settings',
  confirmFirst: 'Confirm before saving',
  confirmFirstHint: 'Each expense understood waits for your OK before it counts.',
  toConfirm: 'To confirm: not counted yet',
  accept: 'Accept',
  fix: 'Fix',
  retry: 'Retry',
  discard: 'Delete',
  updateReady: 'New version — reload',
  language: 'Français',
  languageLabel: 'Passer en français',
  seconds: (s: number) => `${s} s`,
  typedNote: 'typed note',
  persistFailed: 'Storage is full: free some space; notes already saved are kept.',
  tabCapture: 'Capture',
  tabMonth: 'Month',
  edit: 'Edit',
  editTitle: 'Edit expense',
  fieldAmount: 'Amount',
  fieldCurrency: 'Currency',
  fieldCategory: 'Category',
  fieldDescription: 'Description',
  fieldDate: 'Date',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  deleted: 'Expense deleted',
  undo: 'Undo',
  invalidAmount: 'Invalid amount: for example 12.50',
  transcript: 'What was said',
  monthTitle: (m: string) => `Spending in ${m}`,
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  total: 'Total',
  count: (n: number) => `${n} expense${n > 1 ? 's' : ''}`,
  vsLastMonth: (d: string) => `${d} vs last month`,
  nothingLastMonth: 'Nothing last month to compare with',
  byCategory: 'By category',
  noMonthExpenses: 'No expenses this month.',
  dataTitle: 'Your data',
  exportCsvFr: 'Export CSV (Excel, French)',
  exportCsv: 'Export CSV',
  exportJson: 'Export everything (JSON)',
  importJson: 'Import a JSON export',
  imported: (n: number, d: number, r: number) => `${n} imported, ${d} already there, ${r} refused`,
  importFailed: (m: string) => `Import refused: ${m}`,
  account: {
    title: 'Account',
    signInTitle: 'Sign in to save your expenses online',
    signInWhy: 'Your notes are kept on this phone and go as soon as you are signed in.',
    email: 'Email address',
    sendCode: 'Get a code',
    codeSent: (email: string) => `Code sent to ${email}. Type it in, or open the link in the mail.`,
    code: 'Code from the email',
    verify: 'Check the code',
    withoutAccount: 'Continue without an account',
    signedInAs: (email: string) => `Signed in: ${email}`,
    anonymous: 'No account: your expenses are tied to this phone.',
    addEmail: 'Add an email address',
    addEmailWhy: 'Keep your expenses and find them on another device.',
    confirmEmail: 'Confirm the address',
    emailAdded: 'Email address added: your expenses are kept.',
    signOut: 'Sign out',
    signOutUnsent: (n: number) =>
      `${n} note${n > 1 ? 's' : ''} or change${n > 1 ? 's' : ''} not sent yet will be erased from this phone.`,
    signOutAnonymous: 'Without an email address you will not be able to find these expenses again.',
    signOutConfirm: 'Sign out anyway',
    cancel: 'Cancel',
    waitingForSignIn: (n: number) => `${n} note${n > 1 ? 's' : ''} waiting for you to sign in`,
    failed: (m: string) => `Failed: ${m}`,
  },
  installIos: 'To install: Share → Add to Home Screen',
  install: 'Install the app',
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

// Building an Intl formatter costs far more than using one (a list of 200 rows re-rendered
// while 50 notes sync spent most of its time here): one per language, currency and style.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export function formatAmount(amount: string | null, currency: string, lang: Lang): string {
  if (amount === null) return '—';
  return formatter(
    `amount ${lang} ${currency}`,
    () => new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency }),
  ).format(Number(amount));
}

export function formatDay(date: string, lang: Lang): string {
  return formatter(
    `day ${lang}`,
    () =>
      new Intl.DateTimeFormat(localeOf(lang), {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }),
  ).format(new Date(`${date}T12:00:00Z`));
}

export function formatMonth(month: string, lang: Lang): string {
  return formatter(
    `month ${lang}`,
    () => new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(`${month}-15T12:00:00Z`));
}
