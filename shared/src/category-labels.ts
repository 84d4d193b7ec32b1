/**
 * The categories as people read them, in French and English: one list for the app, the month
 * report and the CSV export (the names the app has always shown).
 */
import type { Category } from './categories.ts';

export type LabelLang = 'fr' | 'en';

export const CATEGORY_LABELS: Record<LabelLang, Record<Category, string>> = {
  fr: {
    groceries: 'Courses',
    dining: 'Restaurant',
    transport: 'Transport',
    housing: 'Logement',
    utilities: 'Factures',
    health: 'Santé',
    shopping: 'Shopping',
    leisure: 'Loisirs',
    travel: 'Voyage',
    education: 'Éducation',
    gifts: 'Cadeaux',
    other: 'Autre',
  },
  en: {
    groceries: 'Groceries',
    dining: 'Dining',
    transport: 'Transport',
    housing: 'Housing',
    utilities: 'Bills',
    health: 'Health',
    shopping: 'Shopping',
    leisure: 'Leisure',
    travel: 'Travel',
    education: 'Education',
    gifts: 'Gifts',
    other: 'Other',
  },
};
