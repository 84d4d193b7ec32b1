-- VoiceTrack on Supabase: a clock for the Telegram updates kept during an outage.
--
-- The function runs only when a request comes. An update the bot could not handle (the provider,
-- the database or Telegram down) is kept in telegram_pending; without a clock it is tried again
-- only when the next update arrives. This job calls POST /api/telegram/retry every minute, with
-- the webhook's secret, and the function tries again what is due (backing off to an hour, for a
-- week: edge/src/telegram/pending.ts).
--
-- Once per project, in the SQL editor (Dashboard → SQL Editor) or with psql:
--   1. Turn on pg_cron and pg_net (Dashboard → Database → Extensions, or Integrations → Cron).
--   2. Keep the functions base and the webhook's secret in Vault (never in this file):
--        select vault.create_secret('https://<ref>.supabase.co/functions/v1', 'voicetrack_functions_url');
--        select vault.create_secret('<TELEGRAM_WEBHOOK_SECRET>', 'voicetrack_telegram_secret');
--   3. Run this file. Running it again replaces the job (same name).
-- Its runs: select * from cron.job_run_details order by start_time desc limit 5;
-- The function's answers: select status_code, content from net._http_response order by created desc limit 5;
-- To stop it: select cron.unschedule('voicetrack-telegram-retry');
select cron.schedule(
  'voicetrack-telegram-retry',
  '* * * * *',
  $$
  select net.http_post(
    url := (select decrypted_secret from vault.decrypted_secrets where name = 'voicetrack_functions_url')
      || '/api/telegram/retry',
    headers := jsonb_build_object(
      'content-type', 'application/json',
      'x-telegram-bot-api-secret-token',
      (select decrypted_secret from vault.decrypted_secrets where name = 'voicetrack_telegram_secret')
    ),
    body := '{}'::jsonb,
    timeout_milliseconds := 30000
  )
  $$
);
