/**
 * The settings' panels' titles, loaded with the app's frame rather than with each panel: the
 * dialog draws a panel's title in its place before the panel's code has come (or when it failed),
 * so nothing moves when it comes. Each panel's own words take its title from here.
 */
import type { Lang } from './lang.ts';

export interface PanelTitles {
  devices: string;
  household: string;
  alerts: string;
  recurring: string;
  learned: string;
}

export const PANEL_TITLES: Record<Lang, PanelTitles> = {
  fr: {
    devices: 'Appareils et raccourcis',
    household: 'Foyer',
    alerts: 'Alertes de budget',
    recurring: 'Dépenses récurrentes',
    learned: 'Ce que VoiceTrack a appris',
  },
  en: {
    devices: 'Devices and shortcuts',
    household: 'Household',
    alerts: 'Budget alerts',
    recurring: 'Recurring expenses',
    learned: 'What VoiceTrack learned',
  },
};
