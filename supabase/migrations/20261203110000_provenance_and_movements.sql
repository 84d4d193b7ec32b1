-- Issue 29. Where each field of an expense came from (heard, parsed, learned, model, bank,
-- person), per field: {"amount": {"from": "heard"}, "category": {"from": "learned",
-- "phrase": "pressing", "at": "2026-11-12"}, ...}. Null on rows kept before it was recorded.
alter table expenses add column provenance jsonb;

-- Money a note says moved without being spent (status no_expense): {"kind": "refund",
-- "amount": "25.00", "currency": "EUR", "description": "Amazon", "date": "2026-11-24"}. Kept so
-- a loan or a repayment can feed the household's IOU ledger, and so a repeated clientId answers
-- the same.
alter table captures add column movement jsonb;
