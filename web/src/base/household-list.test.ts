import type { Household } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { added, chose, fromServer, keptFrom, left } from './household-list.ts';
import { type KeyValue, readKept, writeKept } from './household-memory.ts';

const h = (id: string, me?: string): Household => ({
  id,
  name: id,
  members: me ? [{ id: me, name: 'Paul', role: 'owner' }] : [],
  ...(me ? { me } : {}),
});

/** A working in-memory localStorage. */
const memoryStore = (entries: Record<string, string> = {}): KeyValue & { entries: Map<string, string> } => {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
};

describe('the households a phone keeps', () => {
  it('moves the one household a phone kept before into the list, once, and chooses it', () => {
    const store = memoryStore({ 'voicetrack.household': JSON.stringify(h('coloc', 'm1')) });
    const kept = readKept(store);
    expect(kept).toEqual({ households: [h('coloc', 'm1')], chosen: 'coloc' });
    expect(store.entries.has('voicetrack.household')).toBe(false);
    expect(JSON.parse(store.entries.get('voicetrack.households') ?? 'null')).toEqual(kept);
    // Read again: the same, from the new key.
    expect(readKept(store)).toEqual(kept);
  });

  it('reads nothing from a phone that kept none, or kept something unreadable', () => {
    expect(readKept(memoryStore())).toEqual({ households: [], chosen: null });
    expect(keptFrom('{oops', null)).toEqual({ households: [], chosen: null });
    expect(keptFrom(null, '{"id":3}')).toEqual({ households: [], chosen: null });
    expect(keptFrom(JSON.stringify({ households: [h('a'), { id: 1 }], chosen: 'zz' }), null)).toEqual({
      households: [h('a')],
      chosen: 'a',
    });
  });

  it('keeps the server’s households the person is in, the chosen one while it lasts, else the first', () => {
    const kept = { households: [h('a', 'm1'), h('b', 'm2')], chosen: 'b' };
    expect(fromServer(kept, [h('a', 'm1'), h('b', 'm2'), h('c', 'm3')]).chosen).toBe('b');
    expect(fromServer(kept, [h('a', 'm1'), h('c', 'm3')])).toEqual({
      households: [h('a', 'm1'), h('c', 'm3')],
      chosen: 'a',
    });
    // Local mode lists the server's household to a phone that speaks for nobody in it.
    expect(fromServer(kept, [h('a')])).toEqual({ households: [], chosen: null });
  });

  it('joins a second household without losing the first, leaves one, switches between them', () => {
    const one = { households: [h('coloc', 'm1')], chosen: 'coloc' };
    const two = added(one, h('famille', 'm9'));
    expect(two.households.map((x) => x.id)).toEqual(['coloc', 'famille']);
    expect(two.chosen).toBe('famille');
    expect(chose(two, 'coloc').chosen).toBe('coloc');
    expect(chose(two, 'nowhere').chosen).toBe('famille');
    expect(left(two, 'famille')).toEqual(one);
    expect(left(chose(two, 'coloc'), 'famille').chosen).toBe('coloc');
    expect(left(one, 'coloc')).toEqual({ households: [], chosen: null });
    // Joined again (a fresher copy): replaced, not twice.
    expect(added(two, h('coloc', 'm1')).households.map((x) => x.id)).toEqual(['famille', 'coloc']);
  });

  it('stops sharing when the shared household is no longer the chosen one', () => {
    const store = memoryStore({ 'voicetrack.sharedWith': 'coloc' });
    writeKept({ households: [h('coloc', 'm1'), h('famille', 'm9')], chosen: 'coloc' }, store);
    expect(store.entries.get('voicetrack.sharedWith')).toBe('coloc');
    writeKept({ households: [h('coloc', 'm1'), h('famille', 'm9')], chosen: 'famille' }, store);
    expect(store.entries.has('voicetrack.sharedWith')).toBe(false);
    writeKept({ households: [], chosen: null }, store);
    expect(store.entries.has('voicetrack.households')).toBe(false);
  });
});
