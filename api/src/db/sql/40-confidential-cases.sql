-- Confidential casework is for those who handle it (issue 10).
--
-- Read-only callers (viewers, API keys, and calendar feeds beyond what their creator
-- handles) see public cases only, and nothing about the others: not their timeline,
-- not the notifications about them, not their entries in the audit log. The services
-- filter first (domain/casework.ts: mayReadCase); these restrictive policies are the
-- backstop, ANDed with each table's council scope policy.

-- The councils in scope whose confidential cases this transaction may read: what
-- accord_begin_calendar set for a feed, else where the signed-in person is a clerk or
-- monitoring officer (their memberships, as accord_begin_user computes the scope), else
-- none (an API key, or no one). Policies call it once per statement, as an initplan
-- ((SELECT accord_case_council_ids())), and only for rows that are not public. STABLE
-- and parallel safe like accord_council_ids (it only reads), so that queries under
-- these policies may still run in parallel; it does not redefine accord_begin_user or
-- accord_begin_api_key, which other definitions own. The council list is unnested once (a
-- semi-join): read as `= ANY (accord_council_ids())` it was parsed again for every membership,
-- half a second for a monitoring officer of 500 councils (bench/reports.mjs).
CREATE OR REPLACE FUNCTION accord_case_council_ids() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN coalesce(current_setting('accord.case_council_ids', true), '') <> '' THEN current_setting('accord.case_council_ids', true)::uuid[]
    WHEN coalesce(current_setting('accord.user_id', true), '') = '' THEN '{}'::uuid[]
    ELSE ARRAY(SELECT s.council_id FROM accord_user_scope(current_setting('accord.user_id', true)::uuid) s
               WHERE s.role IN ('clerk', 'monitoring_officer') AND s.council_id IN (SELECT unnest(accord_council_ids())))
  END
$$;
GRANT EXECUTE ON FUNCTION accord_case_council_ids() TO accord_rw;

-- A calendar feed reads as its creator may now: the councils below only while the
-- creator is the monitoring officer of the feed's council (or a platform admin), and
-- confidential cases only at councils the creator handles them (shown by reference
-- only; see calendarText). A feed whose creator is gone shows public cases of its council.
CREATE OR REPLACE FUNCTION accord_begin_calendar(p_hash bytea) RETURNS jsonb LANGUAGE plpgsql VOLATILE
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE f calendar_feeds; ids uuid[]; admin boolean := false; handled uuid[] := '{}';
BEGIN
  SELECT * INTO f FROM calendar_feeds WHERE token_hash = p_hash AND revoked_at IS NULL;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF f.created_by IS NOT NULL THEN
    SELECT u.platform_admin INTO admin FROM users u WHERE u.id = f.created_by AND u.disabled_at IS NULL;
    admin := coalesce(admin, false);
    handled := ARRAY(SELECT s.council_id FROM accord_user_scope(f.created_by) s WHERE s.role IN ('clerk', 'monitoring_officer'));
  END IF;
  IF f.include_below AND (admin OR EXISTS (
       SELECT 1 FROM accord_user_scope(f.created_by) s WHERE s.council_id = f.council_id AND s.role = 'monitoring_officer')) THEN
    ids := ARRAY(SELECT accord_subtree(ARRAY[f.council_id]));
  ELSE
    ids := ARRAY[f.council_id];
  END IF;
  IF admin THEN handled := ids; END IF;
  PERFORM set_config('accord.council_ids', ids::text, true);
  PERFORM set_config('accord.ancestor_ids', ARRAY(SELECT accord_ancestors(ids))::text, true);
  PERFORM set_config('accord.case_council_ids', ARRAY(SELECT x FROM unnest(ids) x WHERE x = ANY (handled))::text, true);
  PERFORM set_config('accord.platform', 'off', true);
  -- The feed's language, and its council's nation and name (the feed's default language, its description).
  RETURN jsonb_build_object('id', f.id, 'name', f.name, 'councilIds', to_jsonb(ids), 'language', f.language)
    || (SELECT jsonb_build_object('nation', c.nation, 'council', c.name) FROM councils c WHERE c.id = f.council_id);
END $$;
GRANT EXECUTE ON FUNCTION accord_begin_calendar(bytea) TO accord_rw;

-- Cases: a confidential one only where the caller handles them.
DROP POLICY IF EXISTS cases_confidential ON cases;
CREATE POLICY cases_confidential ON cases AS RESTRICTIVE
  USING ((SELECT accord_all()) OR classification = 'public' OR council_id = ANY ((SELECT accord_case_council_ids())::uuid[]))
  WITH CHECK ((SELECT accord_all()) OR classification = 'public' OR council_id = ANY ((SELECT accord_case_council_ids())::uuid[]));

-- A case's timeline goes with the case.
DROP POLICY IF EXISTS case_events_confidential ON case_events;
CREATE POLICY case_events_confidential ON case_events AS RESTRICTIVE
  USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_case_council_ids())::uuid[])
         OR EXISTS (SELECT 1 FROM cases c WHERE c.id = case_events.case_id AND c.classification = 'public'));

-- So do its reminders and the notifications about it (their subject and body quote the case).
DROP POLICY IF EXISTS reminders_confidential ON reminders;
CREATE POLICY reminders_confidential ON reminders AS RESTRICTIVE
  USING ((SELECT accord_all()) OR case_id IS NULL OR council_id = ANY ((SELECT accord_case_council_ids())::uuid[])
         OR EXISTS (SELECT 1 FROM cases c WHERE c.id = reminders.case_id AND c.classification = 'public'));

DROP POLICY IF EXISTS notifications_confidential ON notifications;
CREATE POLICY notifications_confidential ON notifications AS RESTRICTIVE
  USING ((SELECT accord_all()) OR case_id IS NULL OR council_id = ANY ((SELECT accord_case_council_ids())::uuid[])
         OR EXISTS (SELECT 1 FROM cases c WHERE c.id = notifications.case_id AND c.classification = 'public'));

-- Audit entries about a case (its changes, moves and notes) are withheld, not redacted,
-- unless the caller may read the case now and neither snapshot was taken while it was
-- not public (an entry from its confidential past would show what it said then).
-- The same rule as AuditService.list.
DROP POLICY IF EXISTS audit_log_confidential ON audit_log;
CREATE POLICY audit_log_confidential ON audit_log AS RESTRICTIVE FOR SELECT
  USING ((SELECT accord_all()) OR entity <> 'case' OR council_id = ANY ((SELECT accord_case_council_ids())::uuid[])
         OR (coalesce(before ->> 'classification', 'public') = 'public'
             AND coalesce(after ->> 'classification', 'public') = 'public'
             AND EXISTS (SELECT 1 FROM cases c WHERE c.id = audit_log.entity_id AND c.classification = 'public')));
