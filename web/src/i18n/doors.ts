/** The words of the doors in — pairing, devices and tokens, shares, Telegram — loaded with them. */
import type { Lang } from './lang.ts';
import { PANEL_TITLES } from './settings-panels.ts';

const fr = {
  paired: 'Ce téléphone est appairé : vos notes partent vers le serveur.',
  pairRefused:
    'Ce code d’appairage est inconnu, déjà utilisé ou expiré : demandez-en un nouveau sur l’ordinateur qui fait tourner VoiceTrack.',
  pairOffline: 'Pas de réseau : rouvrez le lien d’appairage une fois en ligne.',
  pairLimited: 'Trop d’essais : réessayez dans quelques minutes.',
  sharedVoice: 'Note vocale partagée : elle part dès que possible.',
  sharedText: 'Texte partagé : il part dès que possible.',
  sharedTooBig: 'Fichier refusé : 25 Mo au plus.',
  sharedNotAudio: 'Fichier refusé : ce n’est pas un son.',
  sharedReceipt: 'Photo de ticket partagée : elle est lue, puis part dès que possible.',
  sharedNotImage: 'Image refusée : ni JPEG, ni PNG, ni WebP.',
  sharedImageTooBig: 'Photo refusée\u00a0: 40\u00a0Mo au plus.',
  sharedNothing: 'Rien à enregistrer dans ce partage.',
  sharedFailed: 'Le partage n’a pas pu être enregistré (stockage plein ?).',
  sharedUnavailable: 'Ouvrez VoiceTrack une première fois, puis partagez à nouveau.',
  sharedToConfirm: 'Ses dépenses attendent votre confirmation avant de compter.',
  sharedCrossSite: 'Partage refusé : il venait d’un autre site, pas de votre téléphone.',
  sharedStatement: 'Relevé bancaire partagé\u00a0: il est importé dès que possible.',
  sharedStatementToConfirm:
    'Relevé bancaire partagé\u00a0: importez-le depuis «\u00a0Vos données\u00a0», dans le mois.',
  sharedStatementTooBig: 'Relevé refusé\u00a0: 20\u00a0Mo au plus.',
  title: PANEL_TITLES.fr.devices,
  loading: 'Chargement…',
  unreachable: 'Liste indisponible (hors ligne, ou ce téléphone n’est pas appairé).',
  thisDevice: 'cet appareil',
  added: (d: string) => `ajouté le ${d}`,
  lastUsed: (d: string) => `utilisé le ${d}`,
  neverUsed: 'jamais utilisé',
  revoke: 'Révoquer',
  revokeLabel: (name: string) => `Révoquer ${name}`,
  revokeSelfAsk:
    'Révoquer ce téléphone ? Il n’enverra plus rien au serveur avant d’être appairé à nouveau (ses notes restent ici).',
  revokeSelf: 'Révoquer ce téléphone',
  cancel: 'Annuler',
  unpairedTitle: 'Ce téléphone n’est pas appairé',
  revokedTitle: 'Ce téléphone a été révoqué',
  unpairedHow:
    'Le serveur ne lui répond pas encore. Pour l’appairer, ouvrez le lien d’appairage ou tapez ici le code affiché sur l’ordinateur qui fait tourner VoiceTrack.',
  notesKept: (n: number) =>
    n > 1
      ? `Vos ${n} notes restent sur ce téléphone et partiront une fois appairé.`
      : 'Votre note reste sur ce téléphone et partira une fois appairé.',
  codeLabel: 'Code d’appairage (le code affiché sur l’ordinateur qui fait tourner VoiceTrack)',
  pair: 'Appairer',
  tokenName: 'Nom du jeton (ex. : Raccourci Siri)',
  createToken: 'Créer un jeton',
  tokenFull: 'Accès complet (lire les dépenses, gérer les appareils) — sinon : envoyer des notes seulement',
  captureOnly: 'envoi de notes seulement',
  tokenOnce: 'Copiez ce jeton maintenant : il ne sera plus affiché.',
  copy: 'Copier',
  telegram: 'Lier un chat Telegram',
  telegramSend: (cmd: string) => `Envoyez au bot, dans les 10 minutes : ${cmd}`,
};

export type DoorsStrings = typeof fr;

const en: DoorsStrings = {
  paired: 'This phone is paired: your notes go to the server.',
  pairRefused:
    'This pairing code is unknown, used or expired: ask for a new one on the computer running VoiceTrack.',
  pairOffline: 'No network: open the pairing link again once online.',
  pairLimited: 'Too many tries: try again in a few minutes.',
  sharedVoice: 'Shared voice note: it will be sent as soon as possible.',
  sharedText: 'Shared text: it will be sent as soon as possible.',
  sharedTooBig: 'File refused: 25 MB at most.',
  sharedNotAudio: 'File refused: it is not audio.',
  sharedReceipt: 'Shared receipt photo: it is being read, then sent as soon as possible.',
  sharedNotImage: 'Image refused: not a JPEG, PNG or WebP.',
  sharedImageTooBig: 'Photo refused: 40 MB at most.',
  sharedNothing: 'Nothing to save in this share.',
  sharedFailed: 'The share could not be saved (storage full?).',
  sharedUnavailable: 'Open VoiceTrack once first, then share again.',
  sharedToConfirm: 'Its expenses wait for your confirmation before they count.',
  sharedCrossSite: 'Share refused: it came from another website, not from your phone.',
  sharedStatement: 'Shared bank statement: it is imported as soon as possible.',
  sharedStatementToConfirm: 'Shared bank statement: import it from “Your data”, in the month.',
  sharedStatementTooBig: 'Statement refused: 20 MB at most.',
  title: PANEL_TITLES.en.devices,
  loading: 'Loading…',
  unreachable: 'List unavailable (offline, or this phone is not paired).',
  thisDevice: 'this device',
  added: (d: string) => `added ${d}`,
  lastUsed: (d: string) => `used ${d}`,
  neverUsed: 'never used',
  revoke: 'Revoke',
  revokeLabel: (name: string) => `Revoke ${name}`,
  revokeSelfAsk:
    'Revoke this phone? It will send nothing to the server until it is paired again (its notes stay here).',
  revokeSelf: 'Revoke this phone',
  cancel: 'Cancel',
  unpairedTitle: 'This phone is not paired',
  revokedTitle: 'This phone was revoked',
  unpairedHow:
    'The server does not answer it yet. To pair it, open the pairing link, or type here the code shown on the computer running VoiceTrack.',
  notesKept: (n: number) =>
    n > 1
      ? `Your ${n} notes stay on this phone and will be sent once it is paired.`
      : 'Your note stays on this phone and will be sent once it is paired.',
  codeLabel: 'Pairing code (the code shown on the computer running VoiceTrack)',
  pair: 'Pair',
  tokenName: 'Token name (e.g. Siri Shortcut)',
  createToken: 'Create a token',
  tokenFull: 'Full access (read expenses, manage devices) — otherwise: send notes only',
  captureOnly: 'sends notes only',
  tokenOnce: 'Copy this token now: it will not be shown again.',
  copy: 'Copy',
  telegram: 'Link a Telegram chat',
  telegramSend: (cmd: string) => `Send the bot, within 10 minutes: ${cmd}`,
};

export const DOORS_STRINGS: Record<Lang, DoorsStrings> = { fr, en };
