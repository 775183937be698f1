-- The change feed for reminders (issue 11): channel `accord_reminders` is told the earliest
-- time a pending reminder added or made pending again may go (coalesce(retry_at, send_at)),
-- on commit; the shape is accord_notify_due's (25-due-rows.sql).
DROP TRIGGER IF EXISTS reminders_added ON reminders;
CREATE TRIGGER reminders_added AFTER INSERT ON reminders REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_due('accord_reminders', 'send_at');
DROP TRIGGER IF EXISTS reminders_changed ON reminders;
CREATE TRIGGER reminders_changed AFTER UPDATE ON reminders REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_due('accord_reminders', 'send_at');
-- Its own function until then (1764900000000-ReminderBatches), replaced by the shared one.
DROP FUNCTION IF EXISTS accord_notify_reminders_due();
