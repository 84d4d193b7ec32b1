/** The words of Supabase mode's account panel, loaded with it (never in local mode). */
import type { Lang } from './lang.ts';

const NBSP = '\u00a0';

const fr = {
  title: 'Compte',
  signInTitle: 'Connectez-vous pour enregistrer vos dépenses en ligne',
  signInWhy: 'Vos notes sont gardées sur ce téléphone et partiront dès que vous serez connecté.',
  email: 'Adresse e-mail',
  sendCode: 'Recevoir un code',
  codeSent: (email: string) => `Code envoyé à ${email}. Saisissez-le, ou ouvrez le lien reçu.`,
  code: 'Code reçu par e-mail',
  verify: 'Valider le code',
  withoutAccount: 'Continuer sans compte',
  signedInAs: (email: string) => `Connecté${NBSP}: ${email}`,
  anonymous: `Sans compte${NBSP}: vos dépenses sont liées à ce téléphone.`,
  addEmail: 'Ajouter une adresse e-mail',
  addEmailWhy: 'Gardez vos dépenses et retrouvez-les sur un autre appareil.',
  confirmEmail: 'Confirmer l’adresse',
  emailAdded: `Adresse e-mail ajoutée${NBSP}: vos dépenses sont gardées.`,
  signOut: 'Se déconnecter',
  signOutUnsent: (n: number) =>
    `${n} note${n > 1 ? 's' : ''} ou modification${n > 1 ? 's' : ''} pas encore envoyée${n > 1 ? 's' : ''} ser${n > 1 ? 'ont' : 'a'} effacée${n > 1 ? 's' : ''} de ce téléphone.`,
  signOutAnonymous: 'Sans adresse e-mail, vous ne pourrez plus retrouver ces dépenses.',
  signOutConfirm: 'Se déconnecter quand même',
  cancel: 'Annuler',
  waitingForSignIn: (n: number) => `${n} note${n > 1 ? 's' : ''} attend${n > 1 ? 'ent' : ''} votre connexion`,
  failed: (m: string) => `Échec${NBSP}: ${m}`,
};

export type AccountStrings = typeof fr;

const en: AccountStrings = {
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
};

export const ACCOUNT_STRINGS: Record<Lang, AccountStrings> = { fr, en };
