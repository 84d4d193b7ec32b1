/** The words of "what VoiceTrack learned" in settings, loaded with the panel. */
import type { Lang } from './lang.ts';
import { PANEL_TITLES } from './settings-panels.ts';

const NBSP = '\u00A0';

const fr = {
  title: PANEL_TITLES.fr.learned,
  intro: `Quand vous corrigez la catégorie d’une dépense, ses mots sont retenus${NBSP}: la prochaine note qui les dit prend cette catégorie.`,
  loading: 'Chargement…',
  unreachable: 'Liste indisponible hors ligne.',
  empty: 'Rien encore : corrigez la catégorie d’une dépense pour l’apprendre.'.replace(' :', `${NBSP}:`),
  forget: 'Oublier',
  forgetLabel: (phrase: string) =>
    `Oublier « ${phrase} »`.replace('« ', `«${NBSP}`).replace(' »', `${NBSP}»`),
  phrase: 'Mots (ex. : Le Petit Zinc)'.replace(' :', `${NBSP}:`),
  category: 'Catégorie',
  teach: 'Retenir',
  taught: 'Retenu.',
  refused: 'Ces mots ne peuvent pas être retenus.',
};

const en: typeof fr = {
  title: PANEL_TITLES.en.learned,
  intro:
    'When you fix an expense’s category, its words are remembered: the next note that says them gets that category.',
  loading: 'Loading…',
  unreachable: 'List unavailable offline.',
  empty: 'Nothing yet: fix an expense’s category to teach it.',
  forget: 'Forget',
  forgetLabel: (phrase: string) => `Forget “${phrase}”`,
  phrase: 'Words (e.g. The Corner Café)',
  category: 'Category',
  teach: 'Remember',
  taught: 'Remembered.',
  refused: 'These words cannot be remembered.',
};

export const LEARNING_STRINGS: Record<Lang, typeof fr> = { fr, en };
