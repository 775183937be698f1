-- The change feed for the mail outbox (issue 14): whenever a statement adds pending mail or
-- schedules a retry, channel `accord_outbox` is told the earliest time one may go (ISO 8601
-- text), on commit; a rolled-back invitation tells nobody. The worker LISTENs (users/outbox.job.ts).
CREATE OR REPLACE FUNCTION accord_notify_outbox_due() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next timestamptz;
BEGIN
  SELECT min(coalesce(n.retry_at, n.created_at)) INTO next FROM changed n WHERE n.status = 'pending';
  IF next IS NOT NULL THEN
    PERFORM pg_notify('accord_outbox', to_char(next AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS mail_outbox_added ON mail_outbox;
CREATE TRIGGER mail_outbox_added AFTER INSERT ON mail_outbox REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_outbox_due();
DROP TRIGGER IF EXISTS mail_outbox_changed ON mail_outbox;
CREATE TRIGGER mail_outbox_changed AFTER UPDATE ON mail_outbox REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_outbox_due();

-- Bulk onboarding's preview (councils/onboarding.service.ts): which of these slugs any council
-- has, including councils outside the caller's scope (slugs are unique across Accord, so a taken
-- one would fail the insert anyway; this says so in the preview instead). Says nothing else.
CREATE OR REPLACE FUNCTION accord_slugs_taken(p_slugs text[]) RETURNS SETOF text LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT slug FROM councils WHERE slug = ANY (p_slugs);
$$;
REVOKE ALL ON FUNCTION accord_slugs_taken(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION accord_slugs_taken(text[]) TO accord_rw;
