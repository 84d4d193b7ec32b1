-- The browser's own words for a voice note (its speech recognition, sent with the audio as
-- `transcript`). With a Whisper key, Whisper's transcript stays the note's (`transcript`) and the
-- browser's is kept beside it; without one, the browser's words are the note's. Untrusted text,
-- held to /api/text's limit. Each expense says whose words it was read from. RLS is unchanged:
-- the policies cover whole rows.
alter table captures
  add column browser_transcript text check (char_length(browser_transcript) <= 1000);

alter table expenses
  add column transcript_source text check (transcript_source in ('whisper', 'browser'));
