import type { Household } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { added } from '../base/household-list.ts';
import { changeKept, readKept, writeKept } from '../base/household-memory.ts';
import type { Answer } from '../data/api/answer.ts';
import type { HouseholdsApi } from '../data/api/households.ts';
import { refreshedBy } from './household-sync.ts';

const h = (id: string): Household => ({
  id,
  name: id,
  members: [{ id: `${id}-me`, name: 'Zoé', role: 'member' }],
  me: `${id}-me`,
});

/** A server whose list answers when the test says so. */
function slowServer() {
  let answer: (households: Household[]) => void = () => undefined;
  const calls = {
    list: () =>
      new Promise<Answer<{ households: Household[] }>>((done) => {
        answer = (households) => done({ kind: 'ok', value: { households } });
      }),
  } as Pick<HouseholdsApi, 'list'>;
  return { calls, answer: (households: Household[]) => answer(households) };
}

describe('the households read from the server, against what changed on the phone meanwhile', () => {
  beforeEach(() => {
    const map = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    });
    writeKept({ households: [h('coloc')], chosen: 'coloc' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a household joined while the list was on its way, shown, beside the others', async () => {
    const server = slowServer();
    const refreshed = refreshedBy(server.calls);
    changeKept((kept) => added(kept, h('famille')));
    server.answer([h('coloc')]);
    expect(await refreshed).toEqual(['coloc', 'famille']);
    expect(readKept().chosen).toBe('famille');
  });

  it('takes the server’s list when nothing changed here: a household left elsewhere goes', async () => {
    writeKept({ households: [h('coloc'), h('famille')], chosen: 'famille' });
    const server = slowServer();
    const refreshed = refreshedBy(server.calls);
    server.answer([h('coloc')]);
    expect(await refreshed).toEqual(['coloc']);
    expect(readKept().chosen).toBe('coloc');
  });
});
