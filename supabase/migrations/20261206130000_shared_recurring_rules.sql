-- Shared recurring rules (« loyer 800 €, partagé 50/50 »): a rule may belong to a household, with
-- who pays (`paid_by`, a member) and how it is split (`split`: {kind: equal | shares | percent |
-- only}, shared/src/households/rule-split.ts). Each month's expense is the household's bill,
-- divided among the members there that month; a rule whose payer left is paused (no bill) until a
-- member names another payer. A household's rule is its current members' to see, change and
-- delete (whoever made it); a personal rule stays its owner's.
alter table recurring_rules
  add column household_id uuid references households (id) on delete cascade,
  add column paid_by uuid references household_members (id),
  add column split jsonb,
  add constraint recurring_rules_shared_fields check (
    (household_id is null and paid_by is null and split is null)
    or (household_id is not null and paid_by is not null and jsonb_typeof(split) = 'object'
        and split ->> 'kind' in ('equal', 'shares', 'percent', 'only'))
  );
create index recurring_rules_household_idx on recurring_rules (household_id, next_date)
  where household_id is not null;

-- The payer and the members a split names belong to the rule's household, whoever writes the row:
-- a forged paid_by or member id is refused by the database too.
create function voicetrack_check_shared_rule() returns trigger
language plpgsql security definer set search_path = public as $$
begin
  if not exists (
    select 1 from household_members m where m.id = new.paid_by and m.household_id = new.household_id
  ) then
    raise exception 'paid_by is not a member of this household' using errcode = '23514';
  end if;
  if exists (
    select 1 from (
      select new.split ->> 'memberId' as id where new.split ->> 'kind' = 'only'
      union all select jsonb_object_keys(new.split -> 'shares') where new.split ->> 'kind' = 'shares'
      union all select jsonb_object_keys(new.split -> 'percents') where new.split ->> 'kind' = 'percent'
    ) named
    where not exists (
      select 1 from household_members m where m.household_id = new.household_id and m.id::text = named.id
    )
  ) then
    raise exception 'split names someone who is not a member of this household' using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger recurring_rules_check_shared
  before insert or update of household_id, paid_by, split on recurring_rules
  for each row when (new.household_id is not null)
  execute function voicetrack_check_shared_rule();

drop policy recurring_rules_api on recurring_rules;
create policy recurring_rules_api on recurring_rules for all to voicetrack_api
  using ((household_id is null and user_id = (select auth.uid()))
         or household_id in (select voicetrack_my_households()))
  with check ((household_id is null and user_id = (select auth.uid()))
              or household_id in (select voicetrack_my_households()));
