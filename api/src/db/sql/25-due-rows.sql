-- The change feed for rows that fall due (reminders, issue 11; the mail outbox, issue 14): one
-- shape for every table with `status` ('pending' while waiting), `retry_at` and a due column.
-- Whenever a statement adds pending rows or makes some pending again (a case moved, a retry
-- scheduled), the channel TG_ARGV[0] is told the earliest time one of them may go
-- (coalesce(retry_at, the due column TG_ARGV[1]), ISO 8601 text), on commit: a rolled-back
-- statement tells nobody. One notification per statement (transition table `changed`), not one
-- per row. The worker LISTENs (common/due-rows.ts): one due now is queued at once, a later one
-- gets a timer. The API's cache listens on accord_changes and never hears these.
--   CREATE TRIGGER … AFTER INSERT ON t REFERENCING NEW TABLE AS changed
--     FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_due('channel', 'due_column');
CREATE OR REPLACE FUNCTION accord_notify_due() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next timestamptz;
BEGIN
  EXECUTE format('SELECT min(coalesce(n.retry_at, n.%I)) FROM changed n WHERE n.status = ''pending''', TG_ARGV[1]) INTO next;
  IF next IS NOT NULL THEN
    PERFORM pg_notify(TG_ARGV[0], to_char(next AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  END IF;
  RETURN NULL;
END $$;
