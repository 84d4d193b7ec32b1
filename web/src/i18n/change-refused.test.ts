import { describe, expect, it } from 'vitest';
import { ACTION_STRINGS } from './actions.ts';

const NBSP = '\u00a0';

describe('a change the server did not keep, in the person’s words', () => {
  it.each([
    [
      'fr',
      'gone',
      `Resto, 12,50${NBSP}€${NBSP}: votre modification (description) n’a pas été gardée, car cette dépense a été supprimée sur un autre appareil.`,
    ],
    [
      'en',
      'gone',
      'Resto, €12.50: your change (description) was not kept, as this expense was deleted on another device.',
    ],
    [
      'fr',
      'invalid',
      `Resto, 12,50${NBSP}€${NBSP}: votre modification (description) n’a pas été gardée, car le serveur n’accepte pas une des valeurs. La dépense est affichée telle que le serveur l’a.`,
    ],
    [
      'en',
      'too_large',
      'Resto, €12.50: your change (description) was not kept, as it is too long for the server. The expense shows as the server has it.',
    ],
    [
      'en',
      'refused',
      'Resto, €12.50: your change (description) was not kept, as the server refused it. The expense shows as the server has it.',
    ],
    [
      'fr',
      'not_deleted',
      `Resto, 12,50${NBSP}€${NBSP}: la suppression n’a pas été faite, car le serveur l’a refusée. La dépense est de retour.`,
    ],
    [
      'fr',
      'not_a_member',
      `Resto, 12,50${NBSP}€${NBSP}: votre modification (description) n’a pas été gardée, car une personne choisie n’est plus membre du foyer. La dépense, elle, est gardée.`,
    ],
  ] as const)('%s %s', (lang, why, words) => {
    const bill = lang === 'fr' ? `Resto, 12,50${NBSP}€` : 'Resto, €12.50';
    expect(ACTION_STRINGS[lang].editRefused(bill, ACTION_STRINGS[lang].fields.description ?? '', why)).toBe(
      words,
    );
  });
});
