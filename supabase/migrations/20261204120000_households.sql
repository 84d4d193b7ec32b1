-- Households: a ledger shared by the people who share costs. A household has members (a Supabase
-- user each in Supabase mode; a person named by `pnpm pair --person` in local mode, user_id null),
-- one-use invite codes (stored as SHA-256 digests, 7 days), expenses that belong to it (the whole
-- bill in `amount`, who paid in `paid_by`, each member's cents in `split`) and settlements (money
-- one member paid another back: not an expense, in no total).
-- Members are never deleted: a removed member keeps their name on old bills and their balance,
-- and loses access (`left_at`). Joining and creating run as the tables' owner inside the API (an
-- outsider cannot read an invite); everything a member reads or writes runs under the policies.

create table households (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 1 and 60),
  created_at timestamptz not null default now()
);

create table household_members (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references households (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 60),
  role text not null default 'member' check (role in ('owner', 'member')),
  joined_at timestamptz not null default now(),
  left_at timestamptz
);
-- One active membership per user and household; a person's name is unique in its household.
create unique index household_members_user_key on household_members (household_id, user_id)
  where left_at is null and user_id is not null;
create unique index household_members_person_key on household_members (household_id, lower(name))
  where left_at is null and user_id is null;
create index household_members_user_idx on household_members (user_id) where left_at is null;

create table household_invites (
  code_hash text primary key check (code_hash ~ '^[0-9a-f]{64}$'),
  household_id uuid not null references households (id) on delete cascade,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index household_invites_expiry_idx on household_invites (expires_at);

create table settlements (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references households (id) on delete cascade,
  user_id uuid default auth.uid() references auth.users (id) on delete set null,
  from_member uuid not null references household_members (id),
  to_member uuid not null references household_members (id),
  amount numeric(10, 2) not null check (amount > 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  created_at timestamptz not null default now(),
  check (from_member <> to_member)
);
create index settlements_household_idx on settlements (household_id, currency);

alter table expenses
  add column household_id uuid references households (id),
  add column paid_by uuid references household_members (id),
  add column split jsonb,
  add constraint expenses_shared_fields check (
    (household_id is null and paid_by is null and split is null)
    or (household_id is not null and paid_by is not null and jsonb_typeof(split) = 'array')
  );
create index expenses_household_date_idx on expenses (household_id, expense_date desc, created_at desc, id desc)
  where household_id is not null;

-- A local device speaks for a person of the server's household (`pnpm pair --person Marie`).
alter table devices add column member_id uuid references household_members (id) on delete set null;
alter table pairing_codes add column person text check (char_length(person) between 1 and 60);

-- The households the asking user belongs to now. Security definer: the policies below read
-- household_members, whose own policy reads this (no recursion through RLS).
create function voicetrack_my_households() returns setof uuid
language sql stable security definer set search_path = public as $$
  select household_id from household_members where user_id = (select auth.uid()) and left_at is null
$$;

create function voicetrack_owns_household(h uuid) returns boolean
language sql stable security definer set search_path = public as $$
  select exists (
    select 1 from household_members
    where household_id = h and user_id = (select auth.uid()) and role = 'owner' and left_at is null
  )
$$;

-- A shared bill's payer and shares are members of its household, and the shares sum to the bill:
-- a forged paidBy or memberId is refused by the database too, whoever writes the row.
create function voicetrack_check_shared_expense() returns trigger
language plpgsql security definer set search_path = public as $$
declare
  shared_total bigint;
begin
  if new.household_id is null then
    return new;
  end if;
  -- An edit of the amount alone splits the new amount equally among those who bore the old one
  -- (every current member when nobody did yet), the spare cents to the earlier members: the
  -- order and rule of shared/src/households/split.ts.
  if tg_op = 'UPDATE' and new.amount is not null and new.amount is distinct from old.amount
     and new.split is not distinct from old.split then
    select coalesce(jsonb_agg(jsonb_build_object('memberId', x.id::text,
             'cents', x.total / x.n + case when x.rn <= x.total % x.n then 1 else 0 end) order by x.rn), '[]'::jsonb)
      into new.split
      from (
        select m.id, row_number() over (order by m.joined_at, m.id) as rn, count(*) over () as n,
          (new.amount * 100)::bigint as total
        from household_members m
        where m.household_id = new.household_id
          and case when exists (select 1 from jsonb_array_elements(old.split) s where (s ->> 'cents')::bigint > 0)
                then m.id::text in (select s ->> 'memberId' from jsonb_array_elements(old.split) s
                                    where (s ->> 'cents')::bigint > 0)
                else m.left_at is null end
      ) x;
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

create trigger expenses_check_shared
  before insert or update of household_id, paid_by, split, amount on expenses
  for each row execute function voicetrack_check_shared_expense();

create function voicetrack_check_settlement() returns trigger
language plpgsql security definer set search_path = public as $$
begin
  if (select count(*) from household_members m
      where m.household_id = new.household_id and m.id in (new.from_member, new.to_member)) <> 2 then
    raise exception 'a settlement is between two members of its household' using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger settlements_check_members
  before insert or update on settlements
  for each row execute function voicetrack_check_settlement();

alter table households enable row level security;
alter table household_members enable row level security;
alter table household_invites enable row level security;
alter table settlements enable row level security;

-- The Data API's roles get nothing here: the PWA reads households through the API.
revoke all on households, household_members, household_invites, settlements from anon, authenticated;
revoke all on function voicetrack_my_households(), voicetrack_owns_household(uuid) from public;
grant execute on function voicetrack_my_households(), voicetrack_owns_household(uuid) to voicetrack_api;
grant select on households, household_members to voicetrack_api;
grant update (left_at, name) on household_members to voicetrack_api;
grant select, insert, delete on settlements to voicetrack_api;

-- An outsider sees nothing, not even that a household exists.
create policy households_api on households for select to voicetrack_api
  using (id in (select voicetrack_my_households()));
create policy household_members_read on household_members for select to voicetrack_api
  using (household_id in (select voicetrack_my_households()));
-- Leaving (yourself) or removing (an owner).
create policy household_members_leave on household_members for update to voicetrack_api
  using (household_id in (select voicetrack_my_households())
         and (user_id = (select auth.uid()) or voicetrack_owns_household(household_id)))
  with check (household_id in (select voicetrack_my_households()) or user_id = (select auth.uid())
              or voicetrack_owns_household(household_id));
create policy settlements_api on settlements for all to voicetrack_api
  using (household_id in (select voicetrack_my_households()))
  with check (household_id in (select voicetrack_my_households()) and user_id = (select auth.uid()));

-- Expenses: your own, and your households' (any member may edit or delete a shared one); a row
-- can only be put in a household you belong to.
drop policy expenses_api on expenses;
create policy expenses_api on expenses for all to voicetrack_api
  using (user_id = (select auth.uid()) or household_id in (select voicetrack_my_households()))
  with check (
    (user_id = (select auth.uid()) or household_id in (select voicetrack_my_households()))
    and (household_id is null or household_id in (select voicetrack_my_households()))
  );
