import { describe, expect, it } from 'vitest';

// Every style sheet of the screens, as text (Vite's glob: no file system access from web/).
const sheets = import.meta.glob<string>('../**/*.css', { query: '?raw', import: 'default', eager: true });

describe('the style sheets', () => {
  it('never change the case of words (French writes "dim. 29 nov.", "Vos données")', () => {
    expect(Object.keys(sheets).length).toBeGreaterThan(5);
    const found = Object.entries(sheets).filter(([, css]) => /text-transform\s*:\s*(?!none)/.test(css));
    expect(found.map(([name]) => name)).toEqual([]);
  });
});
