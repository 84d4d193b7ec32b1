import { describe, expect, it } from 'vitest';
import { isOpenView, MONTH_VIEW_URL, monthViewUrl, OPEN_VIEW, viewFromUrl } from './sw-protocol.ts';

describe('where a tapped alert leads', () => {
  it.each([
    [undefined, '/?view=month'],
    ['2026-11', '/?view=month&month=2026-11'],
    ['2026-13', '/?view=month'],
    ['//evil.example', '/?view=month'],
  ])('month %j → %s', (month, url) => {
    expect(monthViewUrl(month)).toBe(url);
    expect(url.startsWith(MONTH_VIEW_URL)).toBe(true);
  });

  it('tells an open page apart from other messages', () => {
    expect(isOpenView({ type: OPEN_VIEW, view: 'month', month: '2026-11' })).toBe(true);
    expect(isOpenView({ type: 'FLUSHED' })).toBe(false);
    expect(isOpenView(null)).toBe(false);
  });
});

describe('what the page opens on', () => {
  it.each([
    ['', null],
    ['?action=record', null],
    ['?view=month', { view: 'month' }],
    ['?view=month&month=2026-11', { view: 'month', month: '2026-11' }],
    ['?view=month&month=2026-13', { view: 'month' }],
    ['?view=report&month=2026-11', null],
  ])('%j → %j', (search, view) => {
    expect(viewFromUrl(search)).toEqual(view);
  });

  it('reads back every URL a tapped alert opens', () => {
    expect(viewFromUrl(new URL(monthViewUrl('2026-11'), 'https://x.test').search)).toEqual({
      view: 'month',
      month: '2026-11',
    });
  });
});
