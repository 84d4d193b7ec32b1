import type { VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { STRINGS } from '../i18n/index.ts';
import { PANEL_TITLES } from '../i18n/settings-panels.ts';
import { PanelRow } from './panel-row.tsx';

type Element = VNode<Record<string, unknown>>;

/** The elements of `node`'s tree, itself first (PanelRow draws no component). */
const elementsOf = (node: unknown): Element[] => {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const element = node as Element;
  return [element, ...elementsOf(element.props.children)];
};
const textOf = (node: unknown): string =>
  typeof node === 'string'
    ? node
    : Array.isArray(node)
      ? node.map(textOf).join('')
      : node && typeof node === 'object' && 'props' in node
        ? textOf((node as Element).props.children)
        : '';

describe('a settings panel not drawn yet', () => {
  it.each([
    ['fr', 'Foyer', 'Chargement…'],
    ['en', 'Household', 'Loading…'],
  ] as const)('while its code comes (%s): its title and « %s », busy, no button', (lang, title, words) => {
    const row = PanelRow({
      t: STRINGS[lang],
      id: 'panel-household',
      title: PANEL_TITLES[lang].household,
      failed: false,
      onRetry: () => {},
    });
    const elements = elementsOf(row);
    expect(elements[0]?.props.role).toBe('status');
    expect(elements[0]?.props['aria-busy']).toBe(true);
    expect(textOf(elements.find((e) => e.props.class === 'panel-row-title'))).toBe(title);
    expect(textOf(elements.find((e) => e.type === 'small'))).toBe(words);
    expect(elements.filter((e) => e.type === 'button')).toHaveLength(0);
  });

  it.each([
    ['fr', 'Appareils et raccourcis', 'N’a pas pu se charger.', 'Réessayer'],
    ['en', 'Devices and shortcuts', 'Could not load.', 'Try again'],
  ] as const)(
    'failed (%s): « %s », why, and the row a button that asks again on its tap only',
    (lang, title, words, again) => {
      const onRetry = vi.fn();
      const row = PanelRow({
        t: STRINGS[lang],
        id: 'panel-devices',
        title: PANEL_TITLES[lang].devices,
        failed: true,
        onRetry,
      });
      const elements = elementsOf(row);
      expect(elements[0]?.props.role).toBe('alert');
      expect(textOf(elements.find((e) => e.props.id === 'panel-devices-title'))).toBe(title);
      expect(textOf(elements.find((e) => e.props.id === 'panel-devices-said'))).toBe(words);
      const buttons = elements.filter((e) => e.type === 'button');
      expect(buttons).toHaveLength(1);
      expect(buttons[0]?.props.type).toBe('button');
      // The whole row: its title, why, and the word to tap; named by that word alone.
      expect(textOf(buttons[0])).toBe(`${title}${words}${again}`);
      expect(buttons[0]?.props['aria-label']).toBe(again);
      expect(textOf(elements.find((e) => e.props.class === 'panel-row-again'))).toBe(again);
      // Which panel it asks again for, to a screen reader: its title and what happened.
      expect(buttons[0]?.props['aria-describedby']).toBe('panel-devices-title panel-devices-said');
      expect(onRetry).not.toHaveBeenCalled();
      const tap = buttons[0]?.props.onClick;
      expect(typeof tap).toBe('function');
      (tap as () => void)();
      expect(onRetry).toHaveBeenCalledTimes(1);
    },
  );
});
