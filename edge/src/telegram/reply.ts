/**
 * What the bot says, in the chat's language: what was saved ("12,50 € · Restaurant ·
 * aujourd'hui"), its buttons, and the few other answers. Pure: the day and language come in.
 */
import { addDays, CATEGORIES, CATEGORY_LABELS, type CaptureResult, type Category } from '@voicetrack/shared';
import { formatMoney } from '../report/compose.ts';
import type { InlineKeyboard } from './bot-api.ts';

export type ChatLang = 'fr' | 'en';

/** French unless the person's Telegram speaks English (the app's own rule, lang.ts). */
export const chatLang = (languageCode: string | undefined): ChatLang =>
  languageCode?.toLowerCase().startsWith('en') ? 'en' : 'fr';

export const WORDS = {
  fr: {
    today: "aujourd'hui",
    yesterday: 'hier',
    review: 'À vérifier',
    colon: ' : ',
    noAmount: 'montant ?',
    noExpense: (t: string) => `Je n'ai pas trouvé de dépense dans « ${t} ».`,
    cancel: 'Annuler',
    edit: 'Modifier',
    cancelled: 'Annulé',
    cancelledLine: (s: string) => `Annulé : ${s}`,
    pick: 'Choisissez la catégorie, ou répondez à ce message avec la bonne phrase.',
    categorySet: (c: string) => `Catégorie : ${c}`,
    gone: 'Cette dépense n’existe plus.',
    linked: 'Ce chat est lié à votre compte VoiceTrack. Envoyez un message vocal ou écrivez « 12,50 resto ».',
    linkedElsewhere:
      'Ce chat est déjà lié à un autre compte VoiceTrack : rien n’a changé. Si ce compte est le vôtre et que vous voulez y lier ce chat, envoyez d’abord /unlink ici, puis un nouveau code.',
    unlinked:
      'Ce chat n’est plus lié à votre compte VoiceTrack : ce que vous y écrivez n’est plus enregistré.',
    help: 'Envoyez un message vocal ou écrivez une dépense, par exemple « 12,50 resto ce midi ».',
    tooLong: 'Ce message vocal est trop long (25 Mo au plus).',
    tooManyMinutes: 'Ce message vocal dure trop longtemps pour être transcrit.',
    tooManyAmounts: 'Ce message dit plus de 50 montants : envoyez-le en plusieurs fois.',
    unreadable: 'Je n’ai pas pu lire ce message vocal.',
    photoTooBig: 'Cette photo est trop lourde (10 Mo au plus).',
    photoTooManyPixels:
      'Cette photo a trop de pixels (50 mégapixels au plus) : envoyez-la comme photo, pas comme fichier.',
    notAPhoto: 'Je ne garde que les photos de tickets (JPEG, PNG ou WebP).',
    later:
      'Je ne peux pas traiter ce message pour l’instant : il est gardé, je réessaie tout seul et vous réponds dès que c’est fait.',
    gaveUp: 'Je n’ai pas pu traiter ce message en 7 jours : renvoyez-le, ou écrivez la dépense.',
    noTranscriber:
      'Ce serveur ne transcrit pas encore les messages vocaux (aucune clé de transcription) : écrivez la dépense, par exemple « 12,50 resto ce midi ».',
  },
  en: {
    today: 'today',
    yesterday: 'yesterday',
    review: 'To check',
    colon: ': ',
    noAmount: 'amount?',
    noExpense: (t: string) => `I found no expense in “${t}”.`,
    cancel: 'Cancel',
    edit: 'Edit',
    cancelled: 'Cancelled',
    cancelledLine: (s: string) => `Cancelled: ${s}`,
    pick: 'Pick the category, or reply to this message with the right words.',
    categorySet: (c: string) => `Category: ${c}`,
    gone: 'This expense no longer exists.',
    linked: 'This chat is linked to your VoiceTrack account. Send a voice message or type “12.50 lunch”.',
    linkedElsewhere:
      'This chat is already linked to another VoiceTrack account: nothing changed. To link it to yours, send /unlink here first, then a new code.',
    unlinked:
      'This chat is no longer linked to your VoiceTrack account: what you write here is no longer recorded.',
    help: 'Send a voice message or type an expense, e.g. “12.50 lunch today”.',
    tooLong: 'This voice message is too long (25 MB at most).',
    tooManyMinutes: 'This voice message lasts too long to be transcribed.',
    tooManyAmounts: 'This message says more than 50 amounts: send it in several parts.',
    unreadable: 'I could not read this voice message.',
    photoTooBig: 'This photo is too heavy (10 MB at most).',
    photoTooManyPixels:
      'This photo has too many pixels (50 megapixels at most): send it as a photo, not as a file.',
    notAPhoto: 'I only keep photos of receipts (JPEG, PNG or WebP).',
    later:
      'I cannot handle this message right now: it is kept, and I will try again and answer once it is done.',
    gaveUp: 'I could not handle this message in 7 days: send it again, or type the expense.',
    noTranscriber:
      'This server does not transcribe voice messages yet (no transcription key): type the expense, e.g. “12.50 lunch today”.',
  },
} as const;

function dayWord(date: string, today: string, lang: ChatLang): string {
  if (date === today) return WORDS[lang].today;
  if (date === addDays(today, -1)) return WORDS[lang].yesterday;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** One line per expense of the note, then its words; what the "Modifier" screen repeats. */
export function describeCapture(result: CaptureResult, today: string, lang: ChatLang): string {
  const w = WORDS[lang];
  const words = result.transcript.length > 200 ? `${result.transcript.slice(0, 200)}…` : result.transcript;
  if (result.expenses.length === 0) return w.noExpense(words);
  const lines = result.expenses.map((e) => {
    const line = [
      e.amount === null ? w.noAmount : formatMoney(e.amount, e.currency, lang),
      CATEGORY_LABELS[lang][e.category],
      dayWord(e.date, today, lang),
    ].join(' · ');
    return e.status === 'needs_review' ? `${w.review}${w.colon}${line}` : line;
  });
  return lines.join('\n');
}

/**
 * Buttons act on the whole note (its clientId, which fits Telegram's 64-byte callback data):
 * x = cancel, e = edit, c = set the category.
 */
export const keyboardFor = (clientId: string, lang: ChatLang): InlineKeyboard => [
  [
    { text: WORDS[lang].cancel, callback_data: `x:${clientId}` },
    { text: WORDS[lang].edit, callback_data: `e:${clientId}` },
  ],
];

export function categoryKeyboard(clientId: string, lang: ChatLang): InlineKeyboard {
  const rows: InlineKeyboard = [];
  CATEGORIES.forEach((category, i) => {
    if (i % 3 === 0) rows.push([]);
    rows.at(-1)?.push({ text: CATEGORY_LABELS[lang][category], callback_data: `c:${clientId}:${category}` });
  });
  rows.push([{ text: WORDS[lang].cancel, callback_data: `x:${clientId}` }]);
  return rows;
}

export type ButtonPress =
  | { kind: 'cancel'; clientId: string }
  | { kind: 'edit'; clientId: string }
  | { kind: 'category'; clientId: string; category: Category };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PRESS = new RegExp(`^([xec]):(${UUID})(?::([a-z]+))?$`);

/** A button's data back to what it asks; null for anything the bot did not make. */
export function readButton(data: string | undefined): ButtonPress | null {
  const m = PRESS.exec(data ?? '');
  if (!m) return null;
  const [, kind, clientId, category] = m as unknown as [string, string, string, string | undefined];
  if (kind === 'x' && !category) return { kind: 'cancel', clientId };
  if (kind === 'e' && !category) return { kind: 'edit', clientId };
  if (kind === 'c' && (CATEGORIES as readonly string[]).includes(category ?? ''))
    return { kind: 'category', clientId, category: category as Category };
  return null;
}

/** The note a message of the bot was about (its buttons carry it): a reply to it corrects it. */
export function noteOfBotMessage(keyboard: { callback_data?: string }[][] | undefined): string | null {
  for (const row of keyboard ?? [])
    for (const button of row) {
      const press = readButton(button.callback_data);
      if (press) return press.clientId;
    }
  return null;
}
