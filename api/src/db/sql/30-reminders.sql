-- The change feed for reminders (issue 11): whenever a statement adds pending reminders
-- or makes some pending again (a case moved, a retry scheduled), channel
-- `accord_reminders` is told the earliest time one of them may go (ISO 8601 text),
-- on commit. The worker LISTENs: one due now is queued at once, a later one gets a
-- timer. One notification per statement (transition tables), not one per row; the
-- API's cache listens on accord_changes and never hears these.
CREATE OR REPLACE FUNCTION accord_notify_reminders_due() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next timestamptz;
BEGIN
  SELECT min(coalesce(n.retry_at, n.send_at)) INTO next FROM changed n WHERE n.status = 'pending';
  IF next IS NOT NULL THEN
    PERFORM pg_notify('accord_reminders', to_char(next AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS reminders_added ON reminders;
CREATE TRIGGER reminders_added AFTER INSERT ON reminders REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_reminders_due();
DROP TRIGGER IF EXISTS reminders_changed ON reminders;
CREATE TRIGGER reminders_changed AFTER UPDATE ON reminders REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_reminders_due();
