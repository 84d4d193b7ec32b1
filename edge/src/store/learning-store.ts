/** What each person taught the parser: learned words, newest correction first. */
import { decimalToCents, type LearnedWord, MAX_LEARNED } from '@voicetrack/shared';
import type { LearningStore } from '../ports.ts';
import { type AsOwner, ownerFilter } from './owner-scope.ts';
import type { SqlParam } from './sql.ts';

export function createLearningStore(asOwner: AsOwner): LearningStore {
  return {
    list: (owner) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [];
        return tx.query<LearnedWord>(
          `select w.phrase, w.category from learned_words w where ${ownerFilter(owner, params, 'w')}
           order by w.updated_at desc, w.phrase limit ${MAX_LEARNED}`,
          params,
        );
      }),

    remember: async (owner, word) => {
      await asOwner(
        owner,
        async (tx) => {
          await tx.query(
            `insert into learned_words as w (user_id, phrase, category) values ($1, $2, $3)
             on conflict on constraint learned_words_key
             do update set category = excluded.category, updated_at = now()`,
            [owner.userId, word.phrase, word.category],
          );
          // A memory is a few hundred places, not a diary: the oldest fall off.
          const params: SqlParam[] = [];
          await tx.query(
            `delete from learned_words w where ${ownerFilter(owner, params, 'w')} and w.id not in (
               select w2.id from learned_words w2 where ${ownerFilter(owner, params, 'w2')}
               order by w2.updated_at desc limit ${MAX_LEARNED})`,
            params,
          );
        },
        true,
      );
    },

    forget: (owner, phrase) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [phrase];
        const rows = await tx.query(
          `delete from learned_words w where w.phrase = $1 and ${ownerFilter(owner, params, 'w')} returning 1 as one`,
          params,
        );
        return rows.length > 0;
      }),

    noteContext: (owner, currency, today) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [currency, today];
        const filter = ownerFilter(owner, params, 'e');
        const words = ownerFilter(owner, params, 'w');
        const [row] = await tx.query<{ memory: string; largest: string | null }>(
          `select
             -- learnedAt: the day of the correction, said in the expense's provenance.
             coalesce((select json_agg(json_build_object('phrase', w.phrase, 'category', w.category,
                          'learnedAt', to_char(w.updated_at, 'YYYY-MM-DD'))
                        order by w.updated_at)
                       from learned_words w where ${words}), '[]'::json)::text as memory,
             (select e.amount::text from expenses e where ${filter} and e.currency = $1
                and e.status = 'saved' and e.amount is not null and e.expense_date > $2::text::date - 90
              order by e.amount desc limit 1) as largest`,
          params,
        );
        // The largest walks expenses_largest_idx from the top amount down to the first recent one,
        // instead of every recent row (a heavy day of notes stays one index probe).
        return {
          memory: JSON.parse(row?.memory ?? '[]') as LearnedWord[],
          largestRecentCents: row?.largest ? (decimalToCents(row.largest) ?? 0) : 0,
        };
      }),
  };
}
