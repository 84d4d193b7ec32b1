-- What a hosted Supabase project adds that the clock (supabase/clock/telegram-retry.sql) uses, as
-- stand-ins with the same names and signatures, for the test run's PostgreSQL (no pg_cron
-- worker, no pg_net worker, no Vault encryption here):
-- - Vault: vault.create_secret(secret, name) and the view vault.decrypted_secrets (name, decrypted_secret).
-- - pg_net: net.http_post(url, body, params, headers, timeout_milliseconds) queues the request in
--   net.http_request_queue, as pg_net does; the test sends what is queued, as its worker would.
-- - pg_cron: cron.schedule(job_name, schedule, command) keeps the job in cron.job, replacing one of
--   the same name, as pg_cron does; the test runs its command, as the scheduler would.
-- Applied as the server's superuser; the project's postgres may use them, as on Supabase.
create schema vault;
create table vault.secrets (
  id uuid primary key default gen_random_uuid(),
  name text unique,
  secret text not null
);
create function vault.create_secret(new_secret text, new_name text default null) returns uuid
language sql as $$
  insert into vault.secrets (name, secret) values (new_name, new_secret) returning id
$$;
create view vault.decrypted_secrets as select id, name, secret as decrypted_secret from vault.secrets;

create schema net;
create table net.http_request_queue (
  id bigserial primary key,
  method text not null,
  url text not null,
  headers jsonb not null,
  body bytea,
  timeout_milliseconds integer not null
);
create function net.http_post(
  url text,
  body jsonb default '{}'::jsonb,
  params jsonb default '{}'::jsonb,
  headers jsonb default '{"Content-Type": "application/json"}'::jsonb,
  timeout_milliseconds integer default 5000
) returns bigint
language sql as $$
  insert into net.http_request_queue (method, url, headers, body, timeout_milliseconds)
  values ('POST', url, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds)
  returning id
$$;

create schema cron;
create table cron.job (
  jobid bigserial primary key,
  schedule text not null,
  command text not null,
  jobname text unique
);
create function cron.schedule(job_name text, schedule text, command text) returns bigint
language sql as $$
  insert into cron.job (jobname, schedule, command) values (job_name, schedule, command)
  on conflict (jobname) do update set schedule = excluded.schedule, command = excluded.command
  returning jobid
$$;
