/**
 * The vanish52 reading of a sponsor (issue 29): a sponsor pays the speaker for their season or
 * their sport, as an employer pays for work, so its money is income whatever it is for (« pour la
 * saison de ski » is no thing of the sponsor's paid back); given back, lent, or paid to it, it
 * stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('a sponsor paying the speaker', () => {
  it.each([
    ["mon sponsor m'a viré 500 € pour la saison de ski", 'income 500.00'],
    ['my sponsor paid me 500 for the ski season', 'income 500.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    ["mon sponsor m'a remboursé les 200 € du matos", 'refund 200.00'],
    ["mon sponsor m'a prêté 500 €", 'loan 500.00'],
    ["j'ai payé 50 € au sponsor du club", 'spent 50.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
