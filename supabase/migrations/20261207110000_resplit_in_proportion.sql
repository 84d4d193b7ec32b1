-- An edit of a household's bill's amount alone splits the new amount in the proportions of the old
-- shares (a 2 : 1 bill of 48,00 € edited to 60,00 € is 40,00 + 20,00), no longer equally among those
-- who bore it: a split given explicitly, or kept by a bank pairing at another amount, is not lost by
-- an edit of the amount. To the cent by the rule of shared/src/households/split.ts's resplitCents
-- (tests/integration/households-edit-amount.test.ts compares the two on many amounts): each share
-- floor(total · its cents / old total), then one cent each to the largest remainders, ties to the
-- earlier share in the split's order (the household's order, as the split is written). Every share
-- of the old split stays in its place: a member who bore nothing still bears nothing. Equal shares
-- (3,34 + 3,33 + 3,33) stay equal, the spare cents to the earlier members, as before. When nobody
-- bore anything yet (a bill read without an amount), the new amount is split equally among the
-- current members, as before.
-- An update that gives the split with the amount keeps the split given (and checks it, as before).
-- Only this function changes: the checks after the re-split are those of 20261204120000_households.sql.
create or replace function voicetrack_check_shared_expense() returns trigger
language plpgsql security definer set search_path = public as $$
declare
  shared_total bigint;
begin
  if new.household_id is null then
    return new;
  end if;
  if tg_op = 'UPDATE' and new.amount is not null and new.amount is distinct from old.amount
     and new.split is not distinct from old.split then
    if exists (select 1 from jsonb_array_elements(old.split) s where (s ->> 'cents')::numeric > 0) then
      -- In numeric: a share's cents times the total passes bigint's range on bills near the
      -- column's largest (10^10 cents each). Shares that are an equal split (each the same, the spare
      -- cents on the earlier ones, as splitCents writes it) weigh 1 each: they stay equal.
      select jsonb_agg(jsonb_build_object('memberId', r.member_id,
               'cents', (r.floor_cents + case when r.rank_by_rest <= r.spare then 1 else 0 end)::bigint)
               order by r.ord)
        into new.split
        from (
          select d.*, d.total - sum(d.floor_cents) over () as spare,
            case when d.weight > 0
              then row_number() over (order by d.weight > 0 desc, d.rest desc, d.ord) end as rank_by_rest
          from (
            select w.*,
              case when w.weight > 0 then div(w.total * w.weight, w.weight_sum) else 0 end as floor_cents,
              case when w.weight > 0 then mod(w.total * w.weight, w.weight_sum) end as rest
            from (
              select e.ord, e.member_id, e.total,
                case when e.cents <= 0 then 0 when e.equal then 1 else e.cents end as weight,
                case when e.equal then e.bearers else e.borne end as weight_sum
              from (
                select b.*,
                  bool_and(b.cents <= 0 or b.cents = div(b.borne, b.bearers)
                    + case when b.bearer_rank <= mod(b.borne, b.bearers) then 1 else 0 end) over () as equal
                from (
                  select s.ord, s.e ->> 'memberId' as member_id, (s.e ->> 'cents')::numeric as cents,
                    trunc(new.amount * 100) as total,
                    sum((s.e ->> 'cents')::numeric) filter (where (s.e ->> 'cents')::numeric > 0) over () as borne,
                    (count(*) filter (where (s.e ->> 'cents')::numeric > 0) over ())::numeric as bearers,
                    row_number() over (partition by (s.e ->> 'cents')::numeric > 0 order by s.ord) as bearer_rank
                  from jsonb_array_elements(old.split) with ordinality as s (e, ord)
                ) b
              ) e
            ) w
          ) d
        ) r;
    else
      select coalesce(jsonb_agg(jsonb_build_object('memberId', x.id::text,
               'cents', x.total / x.n + case when x.rn <= x.total % x.n then 1 else 0 end) order by x.rn), '[]'::jsonb)
        into new.split
        from (
          select m.id, row_number() over (order by m.joined_at, m.id) as rn, count(*) over () as n,
            (new.amount * 100)::bigint as total
          from household_members m
          where m.household_id = new.household_id and m.left_at is null
        ) x;
    end if;
  end if;
  if not exists (
    select 1 from household_members m where m.id = new.paid_by and m.household_id = new.household_id
  ) then
    raise exception 'paid_by is not a member of this household' using errcode = '23514';
  end if;
  if exists (
    select 1 from jsonb_array_elements(new.split) s
    where not exists (
      select 1 from household_members m
      where m.household_id = new.household_id and m.id::text = s ->> 'memberId'
    ) or jsonb_typeof(s -> 'cents') <> 'number' or (s ->> 'cents')::numeric < 0
      or (s ->> 'cents')::numeric <> trunc((s ->> 'cents')::numeric)
  ) then
    raise exception 'split names someone who is not a member of this household' using errcode = '23514';
  end if;
  select coalesce(sum((s ->> 'cents')::bigint), 0) into shared_total from jsonb_array_elements(new.split) s;
  if new.amount is not null and shared_total <> (new.amount * 100)::bigint then
    raise exception 'split must sum to the amount' using errcode = '23514';
  end if;
  return new;
end;
$$;
