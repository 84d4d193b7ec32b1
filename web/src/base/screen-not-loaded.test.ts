import type { VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { STRINGS } from '../i18n/index.ts';
import { cannotLoad, ScreenNotLoaded } from './screen-not-loaded.tsx';

/** The element's text, its children's joined. */
const textOf = (node: unknown): string =>
  node === null || node === undefined || typeof node === 'boolean'
    ? ''
    : typeof node === 'string' || typeof node === 'number'
      ? String(node)
      : Array.isArray(node)
        ? node.map(textOf).join('')
        : textOf((node as VNode<{ children?: unknown }>).props.children);

/** The elements of `node`'s tree, itself first. */
const elementsOf = (node: unknown): VNode<Record<string, unknown>>[] => {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const element = node as VNode<Record<string, unknown>>;
  return [element, ...elementsOf(element.props.children)];
};

describe('a screen whose code cannot load', () => {
  it.each([
    [0, true, false],
    [0, false, false],
    [1, false, false],
    [1, true, true],
    [5, true, true],
    [5, false, false],
  ])('after %i tries, online %s: said so %s', (tries, online, said) => {
    expect(cannotLoad(tries, online)).toBe(said);
  });

  it.each([
    [
      'fr',
      'Cet écran n’a pas pu se charger, bien que le réseau soit revenu. Rechargez l’app pour l’afficher\u00a0: rien de ce qui est enregistré ne sera perdu.',
      'Recharger',
    ],
    [
      'en',
      'This screen could not load, though the network is back. Reload the app to show it: nothing saved will be lost.',
      'Reload',
    ],
  ] as const)(
    'says so in %s, in an alert, with a button that reloads on its tap only',
    (lang, words, button) => {
      const onReload = vi.fn();
      const tree = ScreenNotLoaded({ t: STRINGS[lang], onReload });
      const elements = elementsOf(tree);
      expect(elements[0]?.props.role).toBe('alert');
      expect(textOf(elements.find((e) => e.type === 'p'))).toBe(words);
      const buttons = elements.filter((e) => e.type === 'button');
      expect(buttons).toHaveLength(1);
      // A real button: reached with Tab, pressed with Enter or Space, 48 px high (base.css).
      expect(buttons[0]?.props.type).toBe('button');
      expect(buttons[0]?.props.tabIndex).toBeUndefined();
      expect(textOf(buttons[0])).toBe(button);
      expect(onReload).not.toHaveBeenCalled();
      const tap = buttons[0]?.props.onClick;
      expect(typeof tap).toBe('function');
      (tap as () => void)();
      expect(onReload).toHaveBeenCalledTimes(1);
    },
  );
});
