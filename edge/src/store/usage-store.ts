/** The cost ledger: every provider call, priced when it is written, summed per month. */
import { centsToDecimal, monthRange } from '@voicetrack/shared';
import type { UsageStore, UsageSummary } from '../ports.ts';
import type { PricedUsage } from '../usage/prices.ts';
import { nanoToUsd } from '../usage/prices.ts';
import { type AsOwner, ownerFilter } from './owner-scope.ts';
import type { SqlParam } from './sql.ts';

/** The ledger rows of provider calls, as the JSON the insert reads. */
export function usageJson(usage: readonly PricedUsage[]): string {
  return JSON.stringify(
    usage.map((u) => ({
      model: u.model,
      kind: u.kind,
      audio_seconds: Math.round((u.audioSeconds ?? 0) * 100) / 100,
      billed_seconds: Math.round(u.billedSeconds * 100) / 100,
      prompt_tokens: u.promptTokens ?? 0,
      completion_tokens: u.completionTokens ?? 0,
      cost_nano_usd: u.costNano,
    })),
  );
}

/**
 * The insert of ledger rows from a JSON parameter, for `user` (an SQL expression) and, when
 * `from` names a CTE (`, cap`), only if that CTE has a row: folded into the statement that
 * completes a note, the ledger costs no round trip of its own.
 */
export function insertUsage(user: string, json: string, from: string): string {
  return `insert into provider_usage (user_id, model, kind, audio_seconds, billed_seconds, prompt_tokens,
      completion_tokens, cost_nano_usd)
    select ${user}, r.model, r.kind, r.audio_seconds, r.billed_seconds, r.prompt_tokens, r.completion_tokens,
      r.cost_nano_usd
    from jsonb_to_recordset(${json}::text::jsonb) as r(model text, kind text, audio_seconds numeric,
      billed_seconds numeric, prompt_tokens int, completion_tokens int, cost_nano_usd bigint)${from}`;
}

export function createUsageStore(asOwner: AsOwner): UsageStore {
  return {
    record: async (owner, usage) => {
      if (usage.length === 0) return;
      await asOwner(owner, (tx) =>
        tx.query(`${insertUsage('$1::uuid', '$2', '')}`, [owner.userId, usageJson(usage)]),
      );
    },

    costSince: (owner, since) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [since.toISOString()];
        const rows = await tx.query<{ nano: string }>(
          `select coalesce(sum(u.cost_nano_usd), 0)::text as nano from provider_usage u
           where u.occurred_at >= $1::text::timestamptz and ${ownerFilter(owner, params, 'u')}`,
          params,
        );
        return Number(rows[0]?.nano ?? 0);
      }),

    summary: (owner, month) =>
      asOwner(owner, async (tx): Promise<UsageSummary> => {
        const { from, to } = monthRange(month);
        const params: SqlParam[] = [from, to];
        const rows = await tx.query<{
          model: string;
          kind: string;
          calls: number;
          audio: string;
          billed: string;
          prompt: number;
          completion: number;
          nano: string;
        }>(
          `select u.model, u.kind, count(*)::int as calls, sum(u.audio_seconds)::text as audio,
             sum(u.billed_seconds)::text as billed, sum(u.prompt_tokens)::int as prompt,
             sum(u.completion_tokens)::int as completion, coalesce(sum(u.cost_nano_usd), 0)::text as nano
           from provider_usage u
           where u.occurred_at >= $1::text::date and u.occurred_at < ($2::text::date + 1)
             and ${ownerFilter(owner, params, 'u')}
           group by u.model, u.kind order by u.model`,
          params,
        );
        const seconds = (key: 'audio' | 'billed') =>
          rows.reduce((s, r) => s + Math.round(Number(r[key]) * 100), 0);
        const nano = rows.reduce((s, r) => s + Number(r.nano), 0);
        return {
          month,
          calls: rows.reduce((s, r) => s + r.calls, 0),
          audioSeconds: centsToDecimal(seconds('audio')),
          billedSeconds: centsToDecimal(seconds('billed')),
          promptTokens: rows.reduce((s, r) => s + r.prompt, 0),
          completionTokens: rows.reduce((s, r) => s + r.completion, 0),
          costUsd: nanoToUsd(nano),
          byModel: rows.map((r) => ({
            model: r.model,
            kind: r.kind,
            calls: r.calls,
            costUsd: nanoToUsd(Number(r.nano)),
          })),
        };
      }),
  };
}
