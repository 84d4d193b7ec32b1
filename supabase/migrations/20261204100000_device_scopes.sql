-- What a device token may do (issue 28.6): `capture` (a Shortcut, n8n, a script: it sends notes and
-- reads its own device) or `full` (a paired phone: everything, making and revoking tokens included).
-- Tokens made before scopes existed keep the rights they had (`full`); new rows always name theirs.
alter table devices add column scope text not null default 'full' check (scope in ('capture', 'full'));
alter table devices alter column scope drop default;

-- A token made by a request that showed none (local mode with PAIRING=off: anyone who reached the
-- loopback server could) works only while pairing stays off; a server that requires pairing refuses it.
alter table devices add column open_door boolean not null default false;
