-- Receipts (POST /api/receipts): a photo of a ticket becomes an expense, read by Tesseract (on the
-- phone, or on the server) or a vision model, and the photo is kept with its expense as proof.
-- The photo lives in the database, beside its expense: in local mode it is in the backups like
-- every row; on Supabase it is under the same row-level security as the expense (the API's role,
-- the person's own rows only), never in a public bucket.

alter table captures drop constraint captures_source_check;
alter table captures add constraint captures_source_check check (source in ('voice', 'text', 'receipt'));

-- 'bank' is the statements' (their migration sets the same list): either order leaves both.
alter table expenses drop constraint expenses_source_check;
alter table expenses add constraint expenses_source_check
  check (source in ('voice', 'text', 'recurring', 'bank', 'receipt'));

-- A receipt's words are what OCR read on it.
alter table expenses drop constraint expenses_transcript_source_check;
alter table expenses add constraint expenses_transcript_source_check
  check (transcript_source in ('whisper', 'browser', 'ocr'));

create table receipt_photos (
  expense_id uuid primary key references expenses (id) on delete cascade,
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  mime_type text not null check (mime_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea not null check (octet_length(bytes) between 1 and 10485760),
  created_at timestamptz not null default now()
);
create index receipt_photos_user_idx on receipt_photos (user_id);

alter table receipt_photos enable row level security;
revoke all on receipt_photos from anon, authenticated;
grant select, insert, update, delete on receipt_photos to voicetrack_api;
create policy receipt_photos_api on receipt_photos for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
