/**
 * The words of what opens on a tap and is loaded with it: a note's menu and its forms, the toast
 * that says what was understood, the settings. Kept out of the first screen's words.
 */
import type { Lang } from './lang.ts';

const NBSP = '\u00a0';

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
  toComplete: 'À compléter',
  noExpense: 'Aucune dépense comprise',
  undo: 'Annuler',
  edit: 'Modifier',
  accept: 'Accepter',
  fix: 'Corriger',
  complete: 'Compléter',
  close: 'Fermer',
  editLost: (fields: string) =>
    `Votre modification (${fields}) n’a pas été gardée${NBSP}: une modification plus récente, faite ailleurs, l’a emporté.`,
  fields: {
    amount: 'montant',
    currency: 'devise',
    category: 'catégorie',
    description: 'description',
    date: 'date',
  } as Record<string, string>,
  settingsTitle: 'Réglages',
  language: 'Langue',
  currency: 'Devise par défaut',
  currencyHint: 'Celle des notes qui n’en disent aucune.',
  currencyServer: 'Celle du serveur',
  confirmFirst: 'Confirmer avant d’enregistrer',
  confirmFirstHint: 'Chaque dépense comprise attend votre accord avant de compter.',
  data: 'Exporter ou importer vos données',
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
  toComplete: 'To complete',
  noExpense: 'No expense understood',
  undo: 'Undo',
  edit: 'Edit',
  accept: 'Accept',
  fix: 'Fix',
  complete: 'Complete',
  close: 'Close',
  editLost: (fields: string) => `Your change (${fields}) was not kept: a newer change, made elsewhere, won.`,
  fields: {
    amount: 'amount',
    currency: 'currency',
    category: 'category',
    description: 'description',
    date: 'date',
  },
  settingsTitle: 'Settings',
  language: 'Language',
  currency: 'Default currency',
  currencyHint: 'For notes that name none.',
  currencyServer: 'The server’s',
  confirmFirst: 'Confirm before saving',
  confirmFirstHint: 'Each expense understood waits for your OK before it counts.',
  data: 'Export or import your data',
};

export const ACTION_STRINGS: Record<Lang, ActionStrings> = { fr, en };
