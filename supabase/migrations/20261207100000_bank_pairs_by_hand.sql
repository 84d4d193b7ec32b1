-- Pairings by hand (edge/src/store/bank-pairing.ts).
-- A pairing the person undid stays undone: the expenses (ids) the line was taken apart from, which
-- the matcher never pairs with it again; a pairing the person makes by hand still can.
alter table bank_lines add column kept_apart jsonb not null default '[]'::jsonb;
-- A pairing that gave the expense the bank's amount (a tip, a fee abroad) keeps the amount it had and
-- where that came from, for its undo: {"amount": "40.00", "origin": {"from": "heard"}, "provenance": true}
-- ("provenance": whether the row had any: rows kept before it was recorded have none).
alter table expenses add column amount_before_bank jsonb;
