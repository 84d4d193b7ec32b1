/**
 * The first screen's words, in French and English: what shows before the rest of the app has
 * loaded (the top bar, the tabs, the record button and what a recording can say). Loaded with the
 * first screen, so only these; the capture screen's other words are in capture-screen.ts.
 */

// French puts a no-break space before ":" (U+00A0) and inside « » (tested in typography.test.ts).
const NBSP = '\u00a0';

export const firstScreenFr = {
  appName: 'VoiceTrack',
  record: 'Enregistrer une dépense',
  stop: 'Arrêter et enregistrer',
  recording: 'J’écoute…',
  holdHint: 'Touchez pour parler, ou maintenez et relâchez',
  // The shortcut's URL opened from another site's page: nothing records until the person taps.
  tapToRecord: 'Touchez pour enregistrer',
  autoStopped: `Enregistrement arrêté après 2 minutes${NBSP}: la note est gardée.`,
  micDenied: 'Le micro n’est pas disponible. Vous pouvez taper la dépense ci-dessous.',
  micMissing: 'Aucun micro trouvé. Tapez la dépense ci-dessous.',
  storageFull: `Le stockage du téléphone est plein${NBSP}: libérez de la place pour enregistrer. Les notes déjà enregistrées sont gardées.`,
  offline: 'Hors ligne',
  pendingCount: (n: number) => `${n} en attente`,
  settings: 'Réglages',
  tabCapture: 'Saisie',
  tabMonth: 'Mois',
};

export type FirstScreenStrings = typeof firstScreenFr;

export const firstScreenEn: FirstScreenStrings = {
  appName: 'VoiceTrack',
  record: 'Record expense',
  stop: 'Stop and save',
  recording: 'Listening…',
  holdHint: 'Tap to talk, or hold and release',
  tapToRecord: 'Tap to record',
  autoStopped: 'Recording stopped after 2 minutes: the note is kept.',
  micDenied: 'The microphone is not available. You can type the expense below.',
  micMissing: 'No microphone found. Type the expense below.',
  storageFull: 'This phone’s storage is full: free some space to record. Notes already recorded are kept.',
  offline: 'Offline',
  pendingCount: (n: number) => `${n} waiting`,
  settings: 'Settings',
  tabCapture: 'Capture',
  tabMonth: 'Month',
};
