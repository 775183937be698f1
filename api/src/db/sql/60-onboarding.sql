-- The change feed for the mail outbox (issue 14): channel `accord_outbox` is told the earliest
-- time pending mail added or a retry scheduled may go (coalesce(retry_at, created_at)), on
-- commit; a rolled-back invitation tells nobody. The shape is accord_notify_due's (25-due-rows.sql).
DROP TRIGGER IF EXISTS mail_outbox_added ON mail_outbox;
CREATE TRIGGER mail_outbox_added AFTER INSERT ON mail_outbox REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_due('accord_outbox', 'created_at');
DROP TRIGGER IF EXISTS mail_outbox_changed ON mail_outbox;
CREATE TRIGGER mail_outbox_changed AFTER UPDATE ON mail_outbox REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_due('accord_outbox', 'created_at');
-- Its own function until then (1765740000000-MailOutbox), replaced by the shared one.
DROP FUNCTION IF EXISTS accord_notify_outbox_due();

-- Bulk onboarding's preview (councils/onboarding.service.ts): which of these slugs any council
-- has, including councils outside the caller's scope (slugs are unique across Accord, so a taken
-- one would fail the insert anyway; this says so in the preview instead). Says nothing else.
CREATE OR REPLACE FUNCTION accord_slugs_taken(p_slugs text[]) RETURNS SETOF text LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT slug FROM councils WHERE slug = ANY (p_slugs);
$$;
REVOKE ALL ON FUNCTION accord_slugs_taken(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION accord_slugs_taken(text[]) TO accord_rw;
