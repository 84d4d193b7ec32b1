/**
 * The household's words (households/), loaded with the list: a bill's split, who owes whom,
 * the « Partagé avec » switch, the month's filter, the « Foyer » panel and an invite's link.
 * Between the people of a household, French says « tu ».
 */
import { centsToDecimal, type SharesReading } from '@voicetrack/shared';
import { formatAmount } from './format.ts';
import type { Lang } from './lang.ts';
import { PANEL_TITLES } from './settings-panels.ts';

const NB = '\u00a0';

const fr = {
  me: 'toi',
  /** « partagé : toi 24,00 €, Marie 24,00 € » */
  shared: (parts: string) => `partagé${NB}: ${parts}`,
  paidBy: (name: string) => `payé par ${name}`,
  /** A bill read on the phone before it knows the household's members: no part shown yet. */
  partLater: `partagé${NB}: ta part sera calculée à l’envoi`,
  /** The switcher's name (« Coloc ▾ »): which household the screens show. */
  shownHousehold: 'Foyer affiché',
  anotherTitle: 'Un autre foyer',
  owesYou: (name: string, amount: string) => `${name} te doit ${amount}`,
  youOwe: (name: string, amount: string) => `Tu dois ${amount} à ${name}`,
  owes: (from: string, to: string, amount: string) => `${from} doit ${amount} à ${to}`,
  square: 'Vous êtes quittes.',
  sharedWith: (name: string) => `Partagé avec ${name}`,
  sharedHint:
    'Les dépenses notées sont celles du foyer, partagées à parts égales sauf si tes mots disent autrement.',
  whoOwes: 'Qui doit quoi',
  settle: 'Régler',
  settleLabel: (sentence: string) => `Régler${NB}: ${sentence}`,
  settleAsk: (from: string, to: string, amount: string) => `${from} a remboursé ${amount} à ${to}${NB}?`,
  settleAskMe: (to: string, amount: string) => `Tu as remboursé ${amount} à ${to}${NB}?`,
  settleAskToMe: (from: string, amount: string) => `${from} t’a remboursé ${amount}${NB}?`,
  settleSays: `Le remboursement sera noté${NB}; il ne compte dans aucun total.`,
  confirm: 'Confirmer',
  cancel: 'Annuler',
  settled: (amount: string) => `Remboursement de ${amount} noté.`,
  undo: 'Annuler',
  undone: 'Remboursement annulé (un remboursement inverse est noté).',
  balancesOffline: `Les soldes demandent le réseau${NB}: ils se mettent à jour dès qu’il revient.`,
  refused: (message: string) => `Le serveur a refusé${NB}: ${message}`,
  scopeLabel: 'Dépenses montrées',
  scopeMe: 'Moi',
  scopeHousehold: 'Foyer',
  scopeSaysMe: 'Tes dépenses, et ta part des factures du foyer (jamais la facture entière).',
  scopeSaysHousehold: 'Les factures du foyer, entières (chacune comptée une fois).',
  scopeSaysMember: (name: string) => `La part de ${name} des factures du foyer.`,
  panelTitle: PANEL_TITLES.fr.household,
  createTitle: 'Créer un foyer',
  householdName: 'Nom du foyer',
  yourName: 'Ton prénom (comme le foyer te verra)',
  create: 'Créer le foyer',
  joinTitle: 'Rejoindre avec un code',
  code: 'Code d’invitation',
  join: 'Rejoindre',
  members: 'Membres',
  owner: 'propriétaire',
  you: '(toi)',
  invite: 'Inviter quelqu’un',
  inviteSays: (date: string) => `Une invitation sert une fois, jusqu’au ${date}.`,
  inviteLink: 'Lien d’invitation',
  inviteCode: 'Code',
  shareInvite: 'Partager l’invitation',
  copyLink: 'Copier le lien',
  copied: 'Lien copié.',
  shareText: (name: string) => `Rejoins le foyer «${NB}${name}${NB}» sur VoiceTrack`,
  remove: 'Retirer',
  removeLabel: (name: string) => `Retirer ${name} du foyer`,
  removeAsk: (name: string) =>
    `Retirer ${name} du foyer${NB}? Ses parts passées restent dans les soldes${NB}; ses nouvelles dépenses ne seront plus celles du foyer.`,
  leave: 'Quitter le foyer',
  leaveAsk: (name: string) =>
    `Quitter le foyer «${NB}${name}${NB}»${NB}? Tes parts passées restent dans ses soldes, et ce téléphone ne voit plus ses factures.`,
  left: 'Tu as quitté le foyer.',
  joinAsk: (name: string | null) =>
    name ? `Rejoindre le foyer «${NB}${name}${NB}»${NB}?` : `Rejoindre ce foyer${NB}?`,
  joined: (name: string) => `Bienvenue dans le foyer «${NB}${name}${NB}».`,
  joinBadCode:
    'Cette invitation n’est plus valable (déjà utilisée, expirée ou mal recopiée)\u00a0: demande un nouveau lien.',
  joinFull: 'Ce foyer est complet (12 membres au plus).',
  joinLimited: 'Trop d’essais\u00a0: réessaie dans une minute.',
  joinOffline:
    'Pas de réseau\u00a0: rejoindre un foyer demande le réseau. L’invitation reste ouverte ici\u00a0; touche «\u00a0Rejoindre\u00a0» une fois en ligne.',
  joinSignInFirst:
    'Connecte d’abord ce téléphone (ton compte, ou son association)\u00a0: l’invitation reste ouverte ici\u00a0; touche «\u00a0Rejoindre\u00a0» ensuite.',
  needsNetwork: 'Pas de réseau\u00a0: réessaie une fois en ligne.',
  alreadyIn: (name: string) => `Ce téléphone est déjà dans le foyer «${NB}${name}${NB}».`,
  notNow: 'Pas maintenant',
  close: 'Fermer',
  recordRepayment: 'Noter le remboursement',
  no: 'Non',
  /** The edit dialog of a household's bill (households/bill-shares-editor.tsx). */
  sharesTitle: 'Qui a payé, qui doit quoi',
  paidByLabel: 'Payé par',
  sharesMode: 'Répartition',
  sharesEqual: 'À parts égales',
  sharesAmounts: 'Montants',
  bears: (name: string) => `${name} participe`,
  shareOf: (name: string) => `Part de ${name}`,
  sharesMissing: (amount: string) => `Il manque ${amount} pour faire le total.`,
  sharesExtra: (amount: string) => `${amount} de trop par rapport au total.`,
  sharesExact: 'Le compte est bon.',
  sharesNobody: 'Coche au moins une personne qui participe.',
  sharesUnreadable: (name: string) => `La part de ${name} n’est pas un montant.`,
  sharesNoAmount: 'Donne d’abord le montant de la dépense.',
  memberGone: 'ancien membre',
};

export type HouseholdStrings = typeof fr;

const en: HouseholdStrings = {
  me: 'you',
  shared: (parts) => `shared: ${parts}`,
  paidBy: (name) => `paid by ${name}`,
  partLater: 'shared: your share is worked out when it is sent',
  shownHousehold: 'Household shown',
  anotherTitle: 'Another household',
  owesYou: (name, amount) => `${name} owes you ${amount}`,
  youOwe: (name, amount) => `You owe ${name} ${amount}`,
  owes: (from, to, amount) => `${from} owes ${to} ${amount}`,
  square: 'You are all square.',
  sharedWith: (name) => `Shared with ${name}`,
  sharedHint: 'Expenses you note are the household’s, split equally unless your words say otherwise.',
  whoOwes: 'Who owes what',
  settle: 'Settle',
  settleLabel: (sentence) => `Settle: ${sentence}`,
  settleAsk: (from, to, amount) => `Did ${from} pay ${to} back ${amount}?`,
  settleAskMe: (to, amount) => `Did you pay ${to} back ${amount}?`,
  settleAskToMe: (from, amount) => `Did ${from} pay you back ${amount}?`,
  settleSays: 'The repayment will be recorded; it counts in no total.',
  confirm: 'Confirm',
  cancel: 'Cancel',
  settled: (amount) => `Repayment of ${amount} recorded.`,
  undo: 'Undo',
  undone: 'Repayment undone (an opposite repayment is recorded).',
  balancesOffline: 'Balances need the network: they update as soon as it is back.',
  refused: (message) => `The server refused: ${message}`,
  scopeLabel: 'Expenses shown',
  scopeMe: 'Me',
  scopeHousehold: 'Household',
  scopeSaysMe: 'Your expenses, and your share of the household’s bills (never the whole bill).',
  scopeSaysHousehold: 'The household’s bills, whole (each counted once).',
  scopeSaysMember: (name) => `${name}’s share of the household’s bills.`,
  panelTitle: PANEL_TITLES.en.household,
  createTitle: 'Create a household',
  householdName: 'Household name',
  yourName: 'Your first name (as the household will see you)',
  create: 'Create the household',
  joinTitle: 'Join with a code',
  code: 'Invite code',
  join: 'Join',
  members: 'Members',
  owner: 'owner',
  you: '(you)',
  invite: 'Invite someone',
  inviteSays: (date) => `An invite works once, until ${date}.`,
  inviteLink: 'Invite link',
  inviteCode: 'Code',
  shareInvite: 'Share the invite',
  copyLink: 'Copy the link',
  copied: 'Link copied.',
  shareText: (name) => `Join the household “${name}” on VoiceTrack`,
  remove: 'Remove',
  removeLabel: (name) => `Remove ${name} from the household`,
  removeAsk: (name) =>
    `Remove ${name} from the household? Their past shares stay in the balances; their new expenses will no longer be the household’s.`,
  leave: 'Leave the household',
  leaveAsk: (name) =>
    `Leave the household “${name}”? Your past shares stay in its balances, and this phone no longer sees its bills.`,
  left: 'You left the household.',
  joinAsk: (name) => (name ? `Join the household “${name}”?` : 'Join this household?'),
  joined: (name) => `Welcome to the household “${name}”.`,
  joinBadCode: 'This invite is no longer valid (already used, expired or mistyped): ask for a new link.',
  joinFull: 'This household is full (12 members at most).',
  joinLimited: 'Too many tries: try again in a minute.',
  joinOffline:
    'No network: joining a household needs the network. The invite stays open here; tap “Join” once online.',
  joinSignInFirst:
    'Sign this phone in first (your account, or pairing it): the invite stays open here; tap “Join” then.',
  needsNetwork: 'No network: try again once online.',
  alreadyIn: (name) => `This phone is already in the household “${name}”.`,
  notNow: 'Not now',
  close: 'Close',
  recordRepayment: 'Record the repayment',
  no: 'No',
  sharesTitle: 'Who paid, who owes what',
  paidByLabel: 'Paid by',
  sharesMode: 'Split',
  sharesEqual: 'Equally',
  sharesAmounts: 'Amounts',
  bears: (name) => `${name} shares it`,
  shareOf: (name) => `${name}’s share`,
  sharesMissing: (amount) => `${amount} missing to make the total.`,
  sharesExtra: (amount) => `${amount} more than the total.`,
  sharesExact: 'The shares add up.',
  sharesNobody: 'Tick at least one person who shares it.',
  sharesUnreadable: (name) => `${name}’s share is not an amount.`,
  sharesNoAmount: 'Give the expense’s amount first.',
  memberGone: 'former member',
};

export const HOUSEHOLD_STRINGS: Record<Lang, HouseholdStrings> = { fr, en };

/**
 * What the line under a household bill's shares says in its edit dialog (« Il manque 8,00 € pour
 * faire le total. »), and the dialog's error when it cannot save.
 */
export function sharesSay(
  reading: SharesReading | null,
  currency: string,
  lang: Lang,
  nameOf: (id: string) => string,
) {
  const s = HOUSEHOLD_STRINGS[lang];
  const money = (cents: number) => formatAmount(centsToDecimal(cents), currency, lang);
  if (reading === null) return s.sharesNoAmount;
  switch (reading.kind) {
    case 'shares':
      return s.sharesExact;
    case 'gap':
      return reading.gap > 0 ? s.sharesMissing(money(reading.gap)) : s.sharesExtra(money(-reading.gap));
    case 'nobody':
      return s.sharesNobody;
    case 'unreadable':
      return s.sharesUnreadable(nameOf(reading.memberId));
  }
}
