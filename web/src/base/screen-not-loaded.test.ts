import type { VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { STRINGS } from '../i18n/index.ts';
import { cannotLoad, DialogNotLoaded, ScreenNotLoaded } from './screen-not-loaded.tsx';

/** The element's text, its children's joined. */
const textOf = (node: unknown): string =>
  node === null || node === undefined || typeof node === 'boolean'
    ? ''
    : typeof node === 'string' || typeof node === 'number'
      ? String(node)
      : Array.isArray(node)
        ? node.map(textOf).join('')
        : textOf((drawn(node) as VNode<{ children?: unknown }>).props.children);

/** A component's element drawn as what it renders (these components have no hooks). */
const drawn = (node: unknown): unknown => {
  const element = node as VNode<Record<string, unknown>>;
  return typeof element?.type === 'function'
    ? drawn((element.type as (p: unknown) => unknown)(element.props))
    : node;
};

/** The elements of `node`'s tree, itself first, components drawn. */
const elementsOf = (node: unknown): VNode<Record<string, unknown>>[] => {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const element = drawn(node) as VNode<Record<string, unknown>>;
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

  it.each([
    [
      'fr',
      'Réglages',
      'Cette fenêtre n’a pas pu se charger, bien que le réseau soit revenu. Rechargez l’app pour l’ouvrir\u00a0: rien de ce qui est enregistré ne sera perdu, mais une note tapée et pas encore envoyée le serait.',
      'Recharger',
      'Fermer',
    ],
    [
      'en',
      'Edit expense',
      'This window could not load, though the network is back. Reload the app to open it: nothing saved will be lost, but a note typed and not sent yet would be.',
      'Reload',
      'Close',
    ],
  ] as const)(
    'a dialog that cannot load says so in %s inside a modal of its own, titled, reloaded on the tap only, closed by « Fermer »',
    (lang, title, words, reload, close) => {
      const onReload = vi.fn();
      const onClose = vi.fn();
      const tree = DialogNotLoaded({ t: STRINGS[lang], title, onReload, onClose });
      const elements = elementsOf(tree);
      const dialog = elements[0];
      expect(dialog?.type).toBe('dialog');
      // Named by its title, closed (Escape, « Fermer ») through the native dialog's close.
      const heading = elements.find((e) => e.type === 'h2');
      expect(textOf(heading)).toBe(title);
      expect(dialog?.props['aria-labelledby']).toBe(heading?.props.id);
      expect(dialog?.props.onClose).toBe(onClose);
      // Shown as a modal once in the page, and not shown again when it already is.
      const shown = {
        open: false,
        showModal: vi.fn(() => {
          shown.open = true;
        }),
      };
      const ref = (dialog as unknown as { ref: (d: typeof shown | null) => void }).ref;
      ref(shown);
      ref(shown);
      ref(null);
      expect(shown.showModal).toHaveBeenCalledTimes(1);
      const alert = elements.find((e) => e.props.role === 'alert');
      expect(textOf(elements.find((e) => e.type === 'p'))).toBe(words);
      expect(elementsOf(alert).some((e) => e.type === 'p')).toBe(true);
      const buttons = elements.filter((e) => e.type === 'button');
      expect(buttons.map(textOf)).toEqual([reload, close]);
      expect(onReload).not.toHaveBeenCalled();
      const tap = buttons[0]?.props.onClick as () => void;
      tap();
      expect(onReload).toHaveBeenCalledTimes(1);
      // « Fermer » submits a method="dialog" form: the dialog closes itself, nothing reloads.
      const form = elements.find((e) => e.type === 'form');
      expect(form?.props.method).toBe('dialog');
      expect(buttons[1]?.props.type).toBe('submit');
      expect(elementsOf(form)).toContain(buttons[1]);
      expect(onClose).not.toHaveBeenCalled();
    },
  );
});
