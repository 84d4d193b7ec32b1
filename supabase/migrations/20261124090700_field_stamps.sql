-- Edits from several devices resolve field by field, last writer wins: each field remembers
-- when it was last set ({"amount": "2026-11-24T11:00:00Z", ...}); see shared/src/edits.ts.
alter table expenses add column field_stamps jsonb not null default '{}'::jsonb;
