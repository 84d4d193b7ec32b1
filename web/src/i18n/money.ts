/**
 * The words of budgets, recurring expenses and budget alerts (the month view's bars, the
 * "every month" card, the settings' panels), loaded with them, never with the first screen.
 * Amounts and dates arrive already written (format.ts); French puts a no-break space before
 * ":", "?" and "%".
 */
import type { Lang } from './lang.ts';

const NBSP = '\u00a0';

/** "1st", "2nd", "3rd", "11th", "22nd": the day of a month in English. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const fr = {
  chartCategories: (currency: string) => `Dépenses par catégorie (${currency})`,
  chartHistory: (currency: string) => `Les six derniers mois (${currency})`,
  chartSpent: (name: string, amount: string) => `${name}${NBSP}: ${amount}`,
  chartOfBudget: (name: string, amount: string, budget: string) =>
    `${name}${NBSP}: ${amount} sur un budget de ${budget}`,
  budgetName: (name: string) => `Budget${NBSP}: ${name}`,
  ofBudget: (p: string) => `${p} du budget`,
  warning: (p: string) => `Attention${NBSP}: ${p} du budget`,
  over: (p: string) => `Budget dépassé${NBSP}: ${p}`,
  spentOf: (spent: string, budget: string) => `${spent} sur ${budget}`,
  left: (amount: string) => `reste ${amount}`,
  overBy: (amount: string) => `dépassé de ${amount}`,
  pending: (n: number, amount: string | null) =>
    `En attente${NBSP}: ${n}${amount ? `, ${amount}` : ''} (pas encore comptée${n > 1 ? 's' : ''})`,
  apart: (n: number, amounts: string) =>
    `Pas encore comptée${n > 1 ? 's' : ''} dans les budgets${NBSP}: ${n}${NBSP}dépense${n > 1 ? 's' : ''} à vérifier ou à confirmer${amounts ? `, ${amounts}` : ''}`,
  withoutAmount: (n: number) => `dont ${n} sans montant`,
  onPhone: `Hors ligne${NBSP}: calculé sur ce téléphone.`,
  setBudget: 'Définir un budget',
  changeBudget: 'Modifier le budget',
  addBudget: 'Ajouter un budget',
  monthlyBudget: 'Budget mensuel',
  budgetFor: 'Pour',
  monthTotal: 'Total du mois',
  currency: 'Devise',
  save: 'Enregistrer',
  cancel: 'Annuler',
  removeBudget: 'Supprimer le budget',
  invalidAmount: `Montant invalide${NBSP}: par exemple 12,50`,
  budgetSaved: (name: string, amount: string) => `Budget enregistré${NBSP}: ${name}, ${amount} par mois`,
  budgetRemoved: (name: string) => `Budget supprimé${NBSP}: ${name}`,
  householdBudgetName: (household: string, name: string) => `Budget du foyer ${household}${NBSP}: ${name}`,
  householdBudgetSaved: (household: string, name: string, amount: string) =>
    `Budget du foyer ${household} enregistré${NBSP}: ${name}, ${amount} par mois`,
  householdBudgetRemoved: (household: string, name: string) =>
    `Budget du foyer ${household} supprimé${NBSP}: ${name}`,
  householdBudgetsHint: (household: string) =>
    `Budgets du foyer ${household}${NBSP}: ses dépenses entières. Chaque membre peut les changer et reçoit leurs alertes.`,
  householdBudgets: (household: string, items: string) => `Budgets du foyer ${household}${NBSP}: ${items}`,
  perMonth: (name: string, amount: string) => `${name} ${amount} / mois`,
  seeHouseholdBudgets: 'Voir les budgets du foyer',
  offline: `Hors ligne${NBSP}: réessayez une fois en ligne.`,
  refused: (code: string) => `Le serveur a refusé (${code}).`,
  upcoming: 'À venir',
  upcomingHint: 'Pas encore comptées dans le total.',
  onDay: (day: number) => `le ${day}`,
  everyMonth: `Chaque mois${NBSP}?`,
  makeRecurring: 'Rendre récurrente',
  no: 'Non',
  created: (day: number) => `Dépense récurrente créée${NBSP}: le ${day} de chaque mois.`,
  recurringTitle: 'Dépense récurrente',
  amount: 'Montant',
  category: 'Catégorie',
  description: 'Description',
  dayOfMonth: 'Jour du mois',
  dayHint: 'Un mois plus court prend son dernier jour.',
  firstOn: (date: string) => `Première dépense${NBSP}: ${date}`,
  firstNow: (date: string) => `Première dépense${NBSP}: ${date}, faite tout de suite`,
  create: 'Créer',
  close: 'Fermer',
  rulesTitle: 'Dépenses récurrentes',
  noRules: `Aucune. Dites «${NBSP}tous les mois${NBSP}» avec une dépense, ou ouvrez une dépense et choisissez «${NBSP}Rendre récurrente…${NBSP}».`,
  ruleLine: (amount: string, day: number) => `${amount}, le ${day} de chaque mois`,
  nextOn: (date: string) => `prochaine${NBSP}: ${date}`,
  edit: 'Modifier',
  delete: 'Supprimer',
  editRule: (name: string) => `Modifier${NBSP}: ${name}`,
  deleteRule: (name: string) => `Supprimer${NBSP}: ${name}`,
  ruleDeleted: 'Dépense récurrente supprimée (celles déjà faites restent).',
  ruleSaved: 'Dépense récurrente modifiée (à partir de la prochaine).',
  rulesOffline: `Hors ligne${NBSP}: la liste gardée sur ce téléphone.`,
  loading: 'Chargement…',
  alertsTitle: 'Alertes de budget',
  alertsHint: `Une notification à 80${NBSP}% puis à 100${NBSP}% d’un budget, une fois par mois.`,
  alertsToggle: 'Recevoir les alertes sur cet appareil',
  sendTest: 'Envoyer un test',
  testSent: (n: number) =>
    n === 0 ? 'Aucun appareil abonné.' : `Test envoyé à ${n}${NBSP}appareil${n > 1 ? 's' : ''}.`,
  alertsOn: 'Alertes activées sur cet appareil.',
  alertsOff: 'Alertes désactivées sur cet appareil.',
  pushUnavailable: 'Les notifications ne sont pas configurées sur ce serveur.',
  denied: `Notifications bloquées pour ce site${NBSP}: autorisez-les dans les réglages du navigateur.`,
  iosHomeScreen: `Sur iPhone et iPad, les alertes demandent VoiceTrack sur l’écran d’accueil (iOS 16.4 ou plus)${NBSP}: Partager, puis «${NBSP}Sur l’écran d’accueil${NBSP}», et ouvrez-le de là.`,
  unsupported: 'Ce navigateur ne reçoit pas de notifications.',
  pushRefused: 'Le serveur refuse ce service de notifications.',
  pushFailed: (m: string) => `Impossible d’activer les alertes${NBSP}: ${m}`,
};

export type MoneyStrings = typeof fr;

const en: MoneyStrings = {
  chartCategories: (currency: string) => `Spending by category (${currency})`,
  chartHistory: (currency: string) => `The last six months (${currency})`,
  chartSpent: (name: string, amount: string) => `${name}: ${amount}`,
  chartOfBudget: (name: string, amount: string, budget: string) => `${name}: ${amount} of a ${budget} budget`,
  budgetName: (name: string) => `Budget: ${name}`,
  ofBudget: (p: string) => `${p} of budget`,
  warning: (p: string) => `Warning: ${p} of budget`,
  over: (p: string) => `Over budget: ${p}`,
  spentOf: (spent: string, budget: string) => `${spent} of ${budget}`,
  left: (amount: string) => `${amount} left`,
  overBy: (amount: string) => `${amount} over`,
  pending: (n: number, amount: string | null) =>
    `Waiting: ${n}${amount ? `, ${amount}` : ''} (not counted yet)`,
  apart: (n: number, amounts: string) =>
    `Not counted in budgets yet: ${n} expense${n === 1 ? '' : 's'} to review or confirm${amounts ? `, ${amounts}` : ''}`,
  withoutAmount: (n: number) => `${n} without an amount`,
  onPhone: 'Offline: worked out on this phone.',
  setBudget: 'Set a budget',
  changeBudget: 'Change the budget',
  addBudget: 'Add a budget',
  monthlyBudget: 'Monthly budget',
  budgetFor: 'For',
  monthTotal: 'Month total',
  currency: 'Currency',
  save: 'Save',
  cancel: 'Cancel',
  removeBudget: 'Remove the budget',
  invalidAmount: 'Invalid amount: for example 12.50',
  budgetSaved: (name: string, amount: string) => `Budget saved: ${name}, ${amount} a month`,
  budgetRemoved: (name: string) => `Budget removed: ${name}`,
  householdBudgetName: (household: string, name: string) => `${household} household budget: ${name}`,
  householdBudgetSaved: (household: string, name: string, amount: string) =>
    `${household} household budget saved: ${name}, ${amount} a month`,
  householdBudgetRemoved: (household: string, name: string) =>
    `${household} household budget removed: ${name}`,
  householdBudgetsHint: (household: string) =>
    `${household} household budgets: its bills in full. Every member may change them and gets their alerts.`,
  householdBudgets: (household: string, items: string) => `${household} household budgets: ${items}`,
  perMonth: (name: string, amount: string) => `${name} ${amount} / month`,
  seeHouseholdBudgets: 'See the household’s budgets',
  offline: 'Offline: try again once online.',
  refused: (code: string) => `The server refused it (${code}).`,
  upcoming: 'Coming up',
  upcomingHint: 'Not counted in the total yet.',
  onDay: (day: number) => `on the ${ordinal(day)}`,
  everyMonth: 'Every month?',
  makeRecurring: 'Make it recurring',
  no: 'No',
  created: (day: number) => `Recurring expense created: on the ${ordinal(day)} of every month.`,
  recurringTitle: 'Recurring expense',
  amount: 'Amount',
  category: 'Category',
  description: 'Description',
  dayOfMonth: 'Day of the month',
  dayHint: 'A shorter month uses its last day.',
  firstOn: (date: string) => `First expense: ${date}`,
  firstNow: (date: string) => `First expense: ${date}, made at once`,
  create: 'Create',
  close: 'Close',
  rulesTitle: 'Recurring expenses',
  noRules: 'None yet. Say “every month” with an expense, or open an expense and choose “Make recurring…”.',
  ruleLine: (amount: string, day: number) => `${amount}, on the ${ordinal(day)} of every month`,
  nextOn: (date: string) => `next: ${date}`,
  edit: 'Edit',
  delete: 'Delete',
  editRule: (name: string) => `Edit: ${name}`,
  deleteRule: (name: string) => `Delete: ${name}`,
  ruleDeleted: 'Recurring expense deleted (those already made stay).',
  ruleSaved: 'Recurring expense changed (from the next one on).',
  rulesOffline: 'Offline: the list kept on this phone.',
  loading: 'Loading…',
  alertsTitle: 'Budget alerts',
  alertsHint: 'A notification at 80% then at 100% of a budget, once a month.',
  alertsToggle: 'Get alerts on this device',
  sendTest: 'Send a test',
  testSent: (n: number) =>
    n === 0 ? 'No device subscribed.' : `Test sent to ${n} device${n === 1 ? '' : 's'}.`,
  alertsOn: 'Alerts on for this device.',
  alertsOff: 'Alerts off for this device.',
  pushUnavailable: 'Notifications are not set up on this server.',
  denied: 'Notifications are blocked for this site: allow them in the browser’s settings.',
  iosHomeScreen:
    'On iPhone and iPad, alerts need VoiceTrack on the Home Screen (iOS 16.4 or later): Share, then “Add to Home Screen”, and open it from there.',
  unsupported: 'This browser cannot receive notifications.',
  pushRefused: 'The server refuses this notification service.',
  pushFailed: (m: string) => `Could not turn alerts on: ${m}`,
};

export const MONEY_STRINGS: Record<Lang, MoneyStrings> = { fr, en };
