/**
 * The words of what opens on a tap and is loaded with it: a note's menu and its forms, the toast
 * that says what was understood, the settings. Kept out of the first screen's words.
 */
import type { Lang } from './lang.ts';

const NBSP = '\u00a0';

/** Why a change was not kept (data/refused-change.ts's ChangeRefusal: words import no room). */
type ChangeRefusal =
  | 'not_a_member'
  | 'invalid_split'
  | 'not_shared'
  | 'gone'
  | 'invalid'
  | 'too_large'
  | 'refused'
  | 'not_deleted';

const fr = {
  play: 'Écouter',
  typeIt: 'Taper le texte',
  typeAgain: 'Retaper',
  discard: 'Supprimer',
  typeLabel: 'Ce que dit la note',
  againLabel: 'La dépense, avec son montant',
  send: 'Envoyer',
  cancel: 'Annuler',
  saved: 'Enregistrée',
  savedMany: (n: number) => `${n}${NBSP}dépenses enregistrées`,
  toConfirm: 'À confirmer',
  upcomingToConfirm: 'À venir, à confirmer',
  toComplete: 'À compléter',
  noExpense: 'Aucune dépense comprise',
  undo: 'Annuler',
  edit: 'Modifier',
  accept: 'Accepter',
  fix: 'Corriger',
  complete: 'Compléter',
  close: 'Fermer',
  changesNotKept: (n: number) => `${n}${NBSP}modifications n’ont pas été gardées`,
  /** One line of several changes not kept: « Resto, 12,50 € (date) : valeur refusée par le serveur ». */
  changeLine: (bill: string, fields: string, why: string) =>
    `${bill}${fields ? ` (${fields})` : ''}${NBSP}: ${why}`,
  shortWhy: {
    lost: 'une modification plus récente, faite ailleurs, l’a emporté',
    not_a_member: 'une personne choisie n’est plus membre du foyer',
    invalid_split: 'les parts ne font pas le total',
    not_shared: 'n’est plus une dépense du foyer',
    gone: 'supprimée sur un autre appareil',
    invalid: 'valeur refusée par le serveur',
    too_large: 'trop longue pour le serveur',
    refused: 'refusée par le serveur',
    not_deleted: 'suppression refusée, la dépense est de retour',
  } satisfies Record<ChangeRefusal | 'lost', string>,
  editLost: (fields: string) =>
    `Votre modification (${fields}) n’a pas été gardée${NBSP}: une modification plus récente, faite ailleurs, l’a emporté.`,
  editRefused: (bill: string, fields: string, why: ChangeRefusal) =>
    why === 'not_deleted'
      ? `${bill}${NBSP}: la suppression n’a pas été faite, car le serveur l’a refusée. La dépense est de retour.`
      : `${bill}${NBSP}: votre modification (${fields}) n’a pas été gardée, ${
          {
            not_a_member: 'car une personne choisie n’est plus membre du foyer',
            invalid_split: 'car les parts ne font pas le total de la dépense',
            not_shared: 'car cette dépense n’est plus celle d’un foyer',
            gone: 'car cette dépense a été supprimée sur un autre appareil',
            invalid: 'car le serveur n’accepte pas une des valeurs',
            too_large: 'car elle est trop longue pour le serveur',
            refused: 'car le serveur l’a refusée',
          }[why]
        }.${
          why === 'gone'
            ? ''
            : why === 'not_a_member' || why === 'invalid_split' || why === 'not_shared'
              ? ' La dépense, elle, est gardée.'
              : ' La dépense est affichée telle que le serveur l’a.'
        }`,
  fields: {
    amount: 'montant',
    currency: 'devise',
    category: 'catégorie',
    description: 'description',
    date: 'date',
    paidBy: 'payeur',
    split: 'parts',
  } as Record<string, string>,
  settingsTitle: 'Réglages',
  language: 'Langue',
  currency: 'Devise par défaut',
  currencyHint: 'Celle des notes qui n’en disent aucune.',
  currencyServer: 'Celle du serveur',
  confirmFirst: 'Confirmer avant d’enregistrer',
  confirmFirstHint: 'Chaque dépense comprise attend votre accord avant de compter.',
  data: 'Exporter ou importer vos données',
  openData: `Les catégories s’appuient sur des données ouvertes${NBSP}: © les contributeurs d’OpenStreetMap (ODbL), le name-suggestion-index et iD (leurs licences), WordNet 3.1 © Princeton University, les annotations d’emoji d’Unicode CLDR (emojibase).`,
  openDataLink: 'Droits d’auteur d’OpenStreetMap',
  openDataNotices: 'Leurs licences',
  speechTitle: 'Reconnaissance vocale',
  speechServer: (name: string) => `Sur le serveur${NBSP}: Whisper (${name}), qui fait foi`,
  speechServerNone: `Sur le serveur${NBSP}: aucune (sans clé, il lit les mots du navigateur)`,
  speechServerUnknown: `Sur le serveur${NBSP}: inconnu pour l’instant (hors ligne)`,
  // The server's answer not in yet: said in the line's place, which holds the answer's size (speech-settings.tsx).
  speechServerAsking: `Sur le serveur${NBSP}: demande en cours…`,
  speechLocal: `Dans ce navigateur${NBSP}: sur l’appareil, rien ne quitte le téléphone`,
  speechRemote: `Dans ce navigateur${NBSP}: sur les serveurs de l’éditeur du navigateur (Google pour Chrome), qui reçoivent le son`,
  speechOff: `Dans ce navigateur${NBSP}: désactivée`,
  speechAbsent: `Dans ce navigateur${NBSP}: aucune`,
  speechUse: 'Reconnaître la voix dans le navigateur',
  speechUseHint:
    'Vos mots s’affichent pendant que vous parlez, et la dépense apparaît avant l’envoi, hors ligne aussi.',
  speechDownload: 'Télécharger le pack de langue',
  speechDownloadHint: 'Pour reconnaître la voix sur l’appareil, hors ligne et sans rien envoyer.',
  speechDownloading: 'Téléchargement…',
  speechDownloadFailed: {
    refused: `Le pack de langue n’a pas été installé${NBSP}: le navigateur (ou vous) l’a refusé. Réessayez et acceptez sa demande${NBSP}; d’ici là, la voix est reconnue par les serveurs du navigateur.`,
    offline: `Le pack de langue n’a pas été installé${NBSP}: pas de réseau. Réessayez une fois en ligne.`,
    failed: `Le pack de langue n’a pas été installé${NBSP}: le navigateur n’a pas pu le télécharger (place libre${NBSP}?). Réessayez plus tard${NBSP}; d’ici là, la voix est reconnue par les serveurs du navigateur.`,
  },
};

export type ActionStrings = typeof fr;

const en: ActionStrings = {
  play: 'Play',
  typeIt: 'Type it',
  typeAgain: 'Type again',
  discard: 'Delete',
  typeLabel: 'What the note says',
  againLabel: 'The expense, with its amount',
  send: 'Send',
  cancel: 'Cancel',
  saved: 'Saved',
  savedMany: (n: number) => `${n} expenses saved`,
  toConfirm: 'To confirm',
  upcomingToConfirm: 'Upcoming, to confirm',
  toComplete: 'To complete',
  noExpense: 'No expense understood',
  undo: 'Undo',
  edit: 'Edit',
  accept: 'Accept',
  fix: 'Fix',
  complete: 'Complete',
  close: 'Close',
  changesNotKept: (n: number) => `${n} changes were not kept`,
  changeLine: (bill: string, fields: string, why: string) => `${bill}${fields ? ` (${fields})` : ''}: ${why}`,
  shortWhy: {
    lost: 'a newer change, made elsewhere, won',
    not_a_member: 'someone chosen is no longer in the household',
    invalid_split: 'the shares do not add up to the bill',
    not_shared: 'no longer a household’s bill',
    gone: 'deleted on another device',
    invalid: 'a value refused by the server',
    too_large: 'too long for the server',
    refused: 'refused by the server',
    not_deleted: 'not deleted, the server refused; the expense is back',
  },
  editLost: (fields: string) => `Your change (${fields}) was not kept: a newer change, made elsewhere, won.`,
  editRefused: (bill: string, fields: string, why: ChangeRefusal) =>
    why === 'not_deleted'
      ? `${bill}: it was not deleted, as the server refused it. The expense is back.`
      : `${bill}: your change (${fields}) was not kept, as ${
          {
            not_a_member: 'someone chosen is no longer a member of the household',
            invalid_split: 'the shares do not add up to the bill',
            not_shared: 'this expense is no longer a household’s bill',
            gone: 'this expense was deleted on another device',
            invalid: 'the server does not accept one of its values',
            too_large: 'it is too long for the server',
            refused: 'the server refused it',
          }[why]
        }.${
          why === 'gone'
            ? ''
            : why === 'not_a_member' || why === 'invalid_split' || why === 'not_shared'
              ? ' The bill itself is kept.'
              : ' The expense shows as the server has it.'
        }`,
  fields: {
    amount: 'amount',
    currency: 'currency',
    category: 'category',
    description: 'description',
    date: 'date',
    paidBy: 'payer',
    split: 'shares',
  },
  settingsTitle: 'Settings',
  language: 'Language',
  currency: 'Default currency',
  currencyHint: 'For notes that name none.',
  currencyServer: 'The server’s',
  confirmFirst: 'Confirm before saving',
  confirmFirstHint: 'Each expense understood waits for your OK before it counts.',
  data: 'Export or import your data',
  openData:
    'Categories draw on open data: © OpenStreetMap contributors (ODbL), the name-suggestion-index and iD (their licences), WordNet 3.1 © Princeton University, Unicode CLDR’s emoji annotations (emojibase).',
  openDataLink: 'OpenStreetMap copyright',
  openDataNotices: 'Their licences',
  speechTitle: 'Speech recognition',
  speechServer: (name: string) => `On the server: Whisper (${name}), which has the last word`,
  speechServerNone: 'On the server: none (with no key, it reads the browser’s words)',
  speechServerUnknown: 'On the server: not known yet (offline)',
  speechServerAsking: 'On the server: asking…',
  speechLocal: 'In this browser: on the device, nothing leaves the phone',
  speechRemote:
    'In this browser: on the browser maker’s servers (Google for Chrome), which receive the sound',
  speechOff: 'In this browser: off',
  speechAbsent: 'In this browser: none',
  speechUse: 'Recognise speech in the browser',
  speechUseHint: 'Your words show as you speak, and the expense appears before it is sent, offline too.',
  speechDownload: 'Download the language pack',
  speechDownloadHint: 'To recognise speech on the device, offline and without sending anything.',
  speechDownloading: 'Downloading…',
  speechDownloadFailed: {
    refused:
      'The language pack was not installed: the browser (or you) refused it. Try again and accept its request; until then, speech is recognised by the browser’s servers.',
    offline: 'The language pack was not installed: no network. Try again once online.',
    failed:
      'The language pack was not installed: the browser could not download it (free space?). Try again later; until then, speech is recognised by the browser’s servers.',
  },
};

export const ACTION_STRINGS: Record<Lang, ActionStrings> = { fr, en };
