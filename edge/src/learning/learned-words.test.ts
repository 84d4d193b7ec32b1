/** Teaching the parser by hand and forgetting, and each outcome, on a real store (PGlite in memory). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OWNER, type Store } from '../ports.ts';
import { openStore } from '../store/open-store.ts';
import { forgetWord, teachWord } from './learned-words.ts';

let store: Store;
// PGlite's first open (WebAssembly, the migrations) takes seconds on a busy machine.
beforeAll(async () => {
  ({ store } = await openStore({}));
}, 120_000);
afterAll(() => store?.close());

describe('learned words', () => {
  it('remembers words under their normalised key, then forgets them once', async () => {
    const taught = await teachWord(store.learning, LOCAL_OWNER, {
      phrase: '  Le Petit Zinc ',
      category: 'dining',
    });
    if (taught.kind !== 'taught') throw new Error(taught.message);
    const [word] = taught.words;
    expect(word?.category).toBe('dining');
    expect(await forgetWord(store.learning, LOCAL_OWNER, word?.phrase ?? '')).toEqual({ kind: 'forgotten' });
    expect(await forgetWord(store.learning, LOCAL_OWNER, word?.phrase ?? '')).toEqual({
      kind: 'refused',
      code: 'not_found',
      message: 'Nothing was learned under these words.',
    });
  });

  it('refuses words that name nothing to remember', async () => {
    expect(await teachWord(store.learning, LOCAL_OWNER, { phrase: ' !? ', category: 'dining' })).toEqual({
      kind: 'refused',
      code: 'validation_failed',
      message: 'phrase: names nothing to remember',
    });
  });
});
