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

/** A server whose lists answer when the test says so, each call in the order asked. */
function slowServer() {
  const waiting: ((households: Household[]) => void)[] = [];
  const calls = {
    list: () =>
      new Promise<Answer<{ households: Household[] }>>((done) => {
        waiting.push((households) => done({ kind: 'ok', value: { households } }));
      }),
  } as Pick<HouseholdsApi, 'list'>;
  /** Answers the `n`th list asked (0 the first) with `households`, once it has been asked. */
  const answer = async (n: number, households: Household[]) => {
    await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(n));
    waiting[n]?.(households);
  };
  return { calls, answer, asked: () => waiting.length };
}

/** Léa joined: the household with one more member. */
const withLea = (id: string): Household => ({
  ...h(id),
  members: [...h(id).members, { id: `${id}-lea`, name: 'Léa', role: 'member' }],
});
const membersOf = (id: string) =>
  readKept()
    .households.find((k) => k.id === id)
    ?.members.map((m) => m.name);

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

  it('keeps a household joined while the list was on its way, shown, and asks the server again', async () => {
    const server = slowServer();
    const refreshed = refreshedBy(server.calls);
    changeKept((kept) => added(kept, h('famille')));
    await server.answer(0, [h('coloc')]);
    // The first answer is older than the join: not kept; the second knows it.
    expect(readKept().households.map((k) => k.id)).toEqual(['coloc', 'famille']);
    await server.answer(1, [h('coloc'), h('famille')]);
    expect(await refreshed).toEqual(['coloc', 'famille']);
    expect(readKept().chosen).toBe('famille');
    expect(server.asked()).toBe(2);
  });

  it('asks again only so often: a list still older than a change here is never kept', async () => {
    const server = slowServer();
    const refreshed = refreshedBy(server.calls);
    changeKept((kept) => added(kept, h('famille')));
    await server.answer(0, [h('coloc')]);
    changeKept((kept) => added(kept, h('amis')));
    await server.answer(1, [h('coloc')]);
    expect(await refreshed).toEqual(['coloc', 'famille', 'amis']);
    expect(server.asked()).toBe(2);
  });

  it('keeps two lists on their way at once in the order asked: the later one, answered last, wins', async () => {
    // The app's start and the Foyer panel each ask as the phone opens; Léa joined in between.
    const server = slowServer();
    const atStart = refreshedBy(server.calls);
    const panelOpened = refreshedBy(server.calls);
    await server.answer(0, [h('coloc')]);
    expect(await atStart).toEqual(['coloc']);
    expect(membersOf('coloc')).toEqual(['Zoé']);
    await server.answer(1, [withLea('coloc')]);
    expect(await panelOpened).toEqual(['coloc']);
    expect(membersOf('coloc')).toEqual(['Zoé', 'Léa']);
    expect(server.asked()).toBe(2);
  });

  it('does not let a list asked earlier but answered later undo a newer one', async () => {
    const server = slowServer();
    const first = refreshedBy(server.calls);
    const second = refreshedBy(server.calls);
    await server.answer(1, [withLea('coloc')]);
    await second;
    await server.answer(0, [h('coloc')]);
    await first;
    expect(membersOf('coloc')).toEqual(['Zoé', 'Léa']);
  });

  it('takes the server’s list when nothing changed here: a household left elsewhere goes', async () => {
    writeKept({ households: [h('coloc'), h('famille')], chosen: 'famille' });
    const server = slowServer();
    const refreshed = refreshedBy(server.calls);
    await server.answer(0, [h('coloc')]);
    expect(await refreshed).toEqual(['coloc']);
    expect(readKept().chosen).toBe('coloc');
  });
});
