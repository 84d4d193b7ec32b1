// IndexedDB is the browser's: an in-memory one under Node, with the real Dexie over it. The API is
// the real client over a fetch that answers as the server would, or fails as a lost network does.
import 'fake-indexeddb/auto';
import { type Budget, type BudgetsAnswer, budgetStatuses, type Expense } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../data/api/client.ts';
import { openDb, type VoiceTrackDb } from '../data/db.ts';
import { householdBudgets, personalBudgets } from './budget-source.ts';
import {
  answeredOffers,
  answerOffer,
  cachedBudgets,
  changeCachedBudget,
  keepRules,
  monthBudgets,
  recurringRules,
} from './money-cache.ts';
import { forgetMoneyOnThisDevice } from './money-sign-out.ts';

const expense = (id: string, amount: string, over: Partial<Expense> = {}): Expense => ({
  id,
  clientId: id,
  position: 0,
  amount,
  currency: 'EUR',
  category: 'dining',
  description: 'Resto',
  date: '2026-11-10',
  transcript: null,
  source: 'text',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: '2026-11-10T11:00:00Z',
  updatedAt: '2026-11-10T11:00:00Z',
  ...over,
});

const BUDGETS: Budget[] = [
  { category: 'dining', currency: 'EUR', amount: '100.00' },
  { category: 'total', currency: 'EUR', amount: '500.00' },
];
const EXPENSES = [
  expense('a', '85.00'),
  expense('b', '18.00', { status: 'needs_review' }),
  expense('c', '40.00', { category: 'groceries' }),
];

/** The server's answer for these budgets and expenses (its SQL sums agree with shared's). */
const serverAnswer = (expenses: Expense[]): BudgetsAnswer => {
  const sums = new Map<string, { saved: number; pending: number }>();
  for (const e of expenses) {
    const s = sums.get(e.category) ?? { saved: 0, pending: 0 };
    const cents = Math.round(Number(e.amount) * 100);
    if (e.status === 'saved') s.saved += cents;
    else s.pending += cents;
    sums.set(e.category, s);
  }
  const spending = [...sums].map(([category, s]) => ({
    category: category as Expense['category'],
    currency: 'EUR',
    savedCents: s.saved,
    pendingCents: s.pending,
    pendingCount: expenses.filter((e) => e.category === category && e.status !== 'saved').length,
    pendingWithoutAmount: 0,
  }));
  return budgetStatuses(BUDGETS, spending, '2026-11');
};

let db: VoiceTrackDb;
let n = 0;
let online = true;
let calls: string[] = [];
const api = createApiClient({
  baseUrl: 'https://voicetrack.test',
  fetch: async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
    if (!online) throw new TypeError('Failed to fetch');
    const json = url.pathname.endsWith('/budgets') ? serverAnswer(EXPENSES) : { rules: [] };
    if (init?.method === 'DELETE') return new Response(null, { status: 204 });
    if (init?.method === 'PUT') {
      const put = { category: 'groceries', ...JSON.parse(String(init.body)) };
      return new Response(JSON.stringify(put), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    }
    return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
  },
});

beforeEach(() => {
  db = openDb(`money-cache-test-${++n}`);
  online = true;
  calls = [];
});
afterEach(async () => {
  await db.delete();
});

describe('the month’s budgets', () => {
  it('are the server’s answer online, and kept for offline', async () => {
    const got = await monthBudgets(db, personalBudgets(api), '2026-11', EXPENSES);
    expect(got).toEqual({ answer: serverAnswer(EXPENSES), onPhone: false });
    expect(calls).toEqual(['GET /api/budgets?month=2026-11']);
    // In the server's order: the total first.
    expect(await cachedBudgets(db)).toEqual([BUDGETS[1], BUDGETS[0]]);
  });

  it('are worked out on the phone offline, with the same figures as the server’s', async () => {
    await monthBudgets(db, personalBudgets(api), '2026-11', EXPENSES);
    online = false;
    const got = await monthBudgets(db, personalBudgets(api), '2026-11', EXPENSES);
    expect(got?.onPhone).toBe(true);
    expect(got?.answer).toEqual(serverAnswer(EXPENSES));
    expect(got?.answer.budgets.find((b) => b.category === 'dining')).toMatchObject({
      spent: '85.00',
      remaining: '15.00',
      percent: 85,
      level: 'warning',
      pending: { count: 1, amount: '18.00' },
    });
  });

  it('are unknown offline on a phone that never saw them', async () => {
    online = false;
    expect(await monthBudgets(db, personalBudgets(api), '2026-11', EXPENSES)).toBeNull();
  });

  it('count the phone’s unsent changes when asked to, over the server’s list of budgets', async () => {
    const edited = [expense('a', '120.00'), ...EXPENSES.slice(1)];
    const got = await monthBudgets(db, personalBudgets(api), '2026-11', edited, { preferPhone: true });
    expect(got?.onPhone).toBe(false);
    expect(got?.answer.budgets.find((b) => b.category === 'dining')).toMatchObject({
      spent: '120.00',
      remaining: '-20.00',
      level: 'over',
    });
  });

  it('change one budget in the copy and leave the others as they were', async () => {
    await monthBudgets(db, personalBudgets(api), '2026-11', EXPENSES);
    await changeCachedBudget(db, { category: 'dining', currency: 'EUR' }, '150.00');
    await changeCachedBudget(db, { category: 'groceries', currency: 'EUR' }, '60.00');
    await changeCachedBudget(db, { category: 'total', currency: 'EUR' }, null);
    expect(await cachedBudgets(db)).toEqual([
      { category: 'dining', currency: 'EUR', amount: '150.00' },
      { category: 'groceries', currency: 'EUR', amount: '60.00' },
    ]);
  });
});

describe('the recurring rules', () => {
  it('come from the server online and from the copy offline', async () => {
    expect(await recurringRules(db, api)).toEqual({ rules: [], offline: false });
    const rule = {
      id: 'r1',
      amount: '9.99',
      currency: 'EUR',
      category: 'leisure' as const,
      description: 'Netflix',
      dayOfMonth: 5,
      timezone: 'Europe/Paris',
      nextDate: '2026-12-05',
      createdAt: '2026-11-01T10:00:00Z',
      updatedAt: '2026-11-01T10:00:00Z',
    };
    await keepRules(db, [rule]);
    online = false;
    expect(await recurringRules(db, api)).toEqual({ rules: [rule], offline: true });
  });
});

describe('the “every month?” cards answered', () => {
  it('are remembered once each, the latest hundred', async () => {
    await answerOffer(db, 'n1');
    await answerOffer(db, 'n1');
    expect(await answeredOffers(db)).toEqual(['n1']);
    for (let i = 2; i <= 102; i++) await answerOffer(db, `n${i}`);
    const kept = await answeredOffers(db);
    expect(kept).toHaveLength(100);
    expect(kept[0]).toBe('n3');
    expect(kept.at(-1)).toBe('n102');
  });
});

describe('a household’s budgets', () => {
  const coloc = householdBudgets(api, { id: 'h-1', name: 'Coloc' });

  it('are read from the household’s route, kept apart from the person’s own, and worked out offline over its bills whole', async () => {
    const got = await monthBudgets(db, coloc, '2026-11', EXPENSES);
    expect(got).toEqual({ answer: serverAnswer(EXPENSES), onPhone: false });
    expect(calls).toEqual(['GET /api/households/h-1/budgets?month=2026-11']);
    // Not the person's copy: their own budgets are still unknown here.
    expect(await cachedBudgets(db)).toBeNull();
    online = false;
    const bills = [expense('a', '90.00'), ...EXPENSES.slice(1)];
    const offline = await monthBudgets(db, coloc, '2026-11', bills);
    expect(offline?.onPhone).toBe(true);
    expect(offline?.answer.budgets.find((b) => b.category === 'dining')).toMatchObject({
      spent: '90.00',
      level: 'warning',
    });
    // Another household's budgets are not this one's copy.
    expect(
      await monthBudgets(db, householdBudgets(api, { id: 'h-2', name: 'Autre' }), '2026-11', bills),
    ).toBeNull();
    expect(await monthBudgets(db, personalBudgets(api), '2026-11', bills)).toBeNull();
  });

  it('are set and removed on the household’s route; offline that is said, and nothing changes', async () => {
    expect(await coloc.put('groceries', { amount: '400.00', currency: 'EUR' })).toMatchObject({ kind: 'ok' });
    expect(await coloc.remove('groceries', 'EUR')).toEqual({ kind: 'ok', value: null });
    expect(calls).toEqual([
      'PUT /api/households/h-1/budgets/groceries',
      'DELETE /api/households/h-1/budgets/groceries?currency=EUR',
    ]);
    online = false;
    expect((await coloc.put('groceries', { amount: '400.00', currency: 'EUR' })).kind).toBe('offline');
  });
});

describe('signing out', () => {
  it('forgets the budgets (the household’s too), the rules and the cards answered, and nothing else in meta', async () => {
    await monthBudgets(db, personalBudgets(api), '2026-11', EXPENSES);
    await monthBudgets(db, householdBudgets(api, { id: 'h-1', name: 'Coloc' }), '2026-11', EXPENSES);
    await keepRules(db, []);
    await answerOffer(db, 'n1');
    await db.meta.put({ key: 'sessionToken', value: 'kept by its own code' });
    await forgetMoneyOnThisDevice(db, api);
    expect((await db.meta.toArray()).map((m) => m.key)).toEqual(['sessionToken']);
  });
});
