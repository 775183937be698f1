-- What the standards committee's report counts, one row per case (case_report_facts, migration
-- 1765810000000-CaseReportFacts), kept by these triggers in the transaction that changes a case, its
-- timeline or its council's calendar, so that the report reads one narrow row per case, with its
-- working days already counted, instead of the case, its events and a count per case
-- (api/src/db/sql/61-protocol-report.sql; bench/reports.mjs).
--
-- A row holds the London date and time of receipt, the case's kind, concern, classification and
-- deadlines, the London dates of its first acknowledgement (acknowledged, responded or resolved) and
-- first answer (responded or resolved), whether it was ever escalated, and the working days from
-- receipt to each (accord_case_working_days: the council's calendar as domain/calendar.ts counts it).
-- When a council's calendar changes (a closure day added, moved or removed, its cut-off or nation
-- changed, a bank holiday corrected) the working days of the cases it touches are counted again.
--
-- Consistency under concurrency (READ COMMITTED):
-- - a new event changes its case's row with least(row's date, event's date) and row OR escalated,
--   which commute: two transactions adding events to one case both wait on the row's lock and the
--   second re-reads the row the first wrote (an UPDATE's SET is evaluated again on the newest row
--   version), so neither is lost. Rows are locked in case order first, so two statements adding
--   events to many cases cannot deadlock;
-- - a calendar change and a new acknowledgement or answer cannot miss each other: the events'
--   trigger holds its councils' rows FOR SHARE, a closure's trigger holds its council's row FOR
--   UPDATE (a change to councils holds it already), both before counting, in a statement that
--   starts after the lock (and so sees what the other committed);
-- - an event changed or deleted (only the owner may: the app role can only insert events) makes its
--   case's row counted again from case_events after the row is locked.
--
-- The functions are SECURITY DEFINER (the owner's), so the app role needs no write grant on the table.

-- A council's days off between two dates (its nation's bank holidays and its closure days, weekdays
-- only, sorted), for accord_working_days.
CREATE OR REPLACE FUNCTION accord_days_off(p_council uuid, p_from date, p_to date) RETURNS date[]
  LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
  SELECT ARRAY(
    SELECT d FROM (SELECT h.day AS d FROM bank_holidays h JOIN councils c ON c.nation = h.nation
                    WHERE c.id = p_council AND h.day BETWEEN p_from AND p_to
                   UNION
                   SELECT k.date FROM council_closures k WHERE k.council_id = p_council AND k.date BETWEEN p_from AND p_to) x
     WHERE extract(isodow FROM d) < 6 ORDER BY d)
$$;
REVOKE ALL ON FUNCTION accord_days_off(uuid, date, date) FROM PUBLIC;

-- Working days from a receipt (London date and time) to a day, in a council's calendar (its days off
-- from the date of receipt to the day, and its cut-off): the working days after the date of receipt up
-- to and including `p_day` (workingDaysBetween), one fewer when the receipt was at or after the cut-off
-- on a working day (receiptDate: it counts from the next working day), and never below 0 for that
-- reason (an answer the same evening, after the cut-off, took 0 working days). NULL when `p_day` is.
-- Arithmetic only (inlined), so that thousands of cases are counted in one statement.
CREATE OR REPLACE FUNCTION accord_case_working_days(p_received_day date, p_received_time time, p_day date, p_off date[], p_cut_off time)
  RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN p_day IS NULL THEN NULL
              ELSE accord_working_days(p_received_day, p_day, p_off)
                 - CASE WHEN p_cut_off IS NOT NULL AND p_received_time >= p_cut_off AND extract(isodow FROM p_received_day) < 6
                              AND p_received_day <> ALL (coalesce(p_off, '{}'::date[])) AND accord_working_days(p_received_day, p_day, p_off) > 0
                        THEN 1 ELSE 0 END END
$$;

-- Counts the working days of the given cases' rows again, set-based: each council's days off built
-- once for the dates its cases span, then arithmetic per case.
CREATE OR REPLACE FUNCTION accord_case_report_facts_count(p_cases uuid[]) RETURNS void
  LANGUAGE sql VOLATILE SET search_path = pg_catalog, public AS $$
  WITH r AS (
    SELECT f.case_id, f.council_id, f.received_day, f.received_time, f.ack_day, f.answer_day
      FROM unnest(p_cases) i(id) JOIN case_report_facts f ON f.case_id = i.id
  ),
  cal AS (
    SELECT r.council_id, c.response_cut_off AS cut_off,
           accord_days_off(r.council_id, min(least(r.received_day, r.ack_day, r.answer_day)), max(greatest(r.received_day, r.ack_day, r.answer_day))) AS days_off
      FROM r JOIN councils c ON c.id = r.council_id GROUP BY r.council_id, c.response_cut_off
  )
  UPDATE case_report_facts f
     SET ack_working_days = accord_case_working_days(r.received_day, r.received_time, r.ack_day, cal.days_off, cal.cut_off),
         answer_working_days = accord_case_working_days(r.received_day, r.received_time, r.answer_day, cal.days_off, cal.cut_off)
    FROM r JOIN cal ON cal.council_id = r.council_id
   WHERE f.case_id = r.case_id
$$;
REVOKE ALL ON FUNCTION accord_case_report_facts_count(uuid[]) FROM PUBLIC;

CREATE OR REPLACE FUNCTION accord_case_report_facts_add() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE ids uuid[];
BEGIN
  PERFORM 1 FROM councils c WHERE c.id IN (SELECT n.council_id FROM new_cases n) ORDER BY c.id FOR SHARE;
  -- Events already there (written in the same statement as the case) count too.
  INSERT INTO case_report_facts (case_id, council_id, received_day, received_time, kind, concern, classification, acknowledge_by, respond_by,
                                 ack_day, answer_day, escalated)
  SELECT n.id, n.council_id, (n.received_at AT TIME ZONE 'Europe/London')::date, (n.received_at AT TIME ZONE 'Europe/London')::time,
         n.kind, n.concern, n.classification, n.acknowledge_by, n.respond_by, e.ack_day, e.answer_day, coalesce(e.escalated, false)
    FROM new_cases n
    LEFT JOIN LATERAL (
      SELECT min((x.at AT TIME ZONE 'Europe/London')::date) FILTER (WHERE x.kind IN ('acknowledged','responded','resolved')) AS ack_day,
             min((x.at AT TIME ZONE 'Europe/London')::date) FILTER (WHERE x.kind IN ('responded','resolved')) AS answer_day,
             bool_or(x.kind = 'escalated') AS escalated
        FROM case_events x WHERE x.case_id = n.id AND x.kind IN ('acknowledged','responded','resolved','escalated')
    ) e ON true;
  ids := ARRAY(SELECT n.id FROM new_cases n);
  PERFORM accord_case_report_facts_count(ids);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION accord_case_report_facts_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM 1 FROM councils c WHERE c.id = NEW.council_id FOR SHARE;
  UPDATE case_report_facts
     SET council_id = NEW.council_id, received_day = (NEW.received_at AT TIME ZONE 'Europe/London')::date,
         received_time = (NEW.received_at AT TIME ZONE 'Europe/London')::time, kind = NEW.kind, concern = NEW.concern,
         classification = NEW.classification, acknowledge_by = NEW.acknowledge_by, respond_by = NEW.respond_by
   WHERE case_id = NEW.id;
  PERFORM accord_case_report_facts_count(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION accord_case_report_facts_event() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE ids uuid[];
BEGIN
  ids := ARRAY(SELECT DISTINCT n.case_id FROM new_events n WHERE n.kind IN ('acknowledged','responded','resolved','escalated'));
  IF cardinality(ids) = 0 THEN RETURN NULL; END IF;
  PERFORM 1 FROM councils c
    WHERE c.id IN (SELECT n.council_id FROM new_events n WHERE n.kind IN ('acknowledged','responded','resolved','escalated'))
    ORDER BY c.id FOR SHARE;
  PERFORM 1 FROM case_report_facts f JOIN unnest(ids) i(id) ON f.case_id = i.id ORDER BY f.case_id FOR UPDATE OF f;
  UPDATE case_report_facts f
     SET ack_day = least(f.ack_day, e.ack_day), answer_day = least(f.answer_day, e.answer_day), escalated = f.escalated OR e.escalated
    FROM (SELECT n.case_id,
                 min((n.at AT TIME ZONE 'Europe/London')::date) FILTER (WHERE n.kind IN ('acknowledged','responded','resolved')) AS ack_day,
                 min((n.at AT TIME ZONE 'Europe/London')::date) FILTER (WHERE n.kind IN ('responded','resolved')) AS answer_day,
                 bool_or(n.kind = 'escalated') AS escalated
            FROM new_events n WHERE n.kind IN ('acknowledged','responded','resolved','escalated') GROUP BY n.case_id) e
   WHERE f.case_id = e.case_id;
  -- The rows are locked: a new statement counts from what they hold now, and the calendar as committed.
  PERFORM accord_case_report_facts_count(ids);
  RETURN NULL;
END $$;

-- Changed or deleted events (the owner's corrections): their cases counted again from case_events.
CREATE OR REPLACE FUNCTION accord_case_report_facts_recount() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    ids := ARRAY(SELECT case_id FROM old_events UNION SELECT case_id FROM new_events);
  ELSE
    ids := ARRAY(SELECT DISTINCT case_id FROM old_events);
  END IF;
  PERFORM 1 FROM councils c WHERE c.id IN (SELECT f.council_id FROM case_report_facts f JOIN unnest(ids) i(id) ON f.case_id = i.id) ORDER BY c.id FOR SHARE;
  PERFORM 1 FROM case_report_facts f JOIN unnest(ids) i(id) ON f.case_id = i.id ORDER BY f.case_id FOR UPDATE OF f;
  UPDATE case_report_facts f
     SET ack_day = e.ack_day, answer_day = e.answer_day, escalated = coalesce(e.escalated, false)
    FROM (SELECT i.id,
                 min((x.at AT TIME ZONE 'Europe/London')::date) FILTER (WHERE x.kind IN ('acknowledged','responded','resolved')) AS ack_day,
                 min((x.at AT TIME ZONE 'Europe/London')::date) FILTER (WHERE x.kind IN ('responded','resolved')) AS answer_day,
                 bool_or(x.kind = 'escalated') AS escalated
            FROM unnest(ids) i(id) LEFT JOIN case_events x ON x.case_id = i.id AND x.kind IN ('acknowledged','responded','resolved','escalated')
           GROUP BY i.id) e
   WHERE f.case_id = e.id;
  PERFORM accord_case_report_facts_count(ids);
  RETURN NULL;
END $$;

-- A council's calendar changed: the working days of its cases counted again. For closure days only
-- the cases received on or before a changed day and acknowledged or answered on or after it; for a
-- change of cut-off or nation every case of the council; for bank holidays every case of the nation.
CREATE OR REPLACE FUNCTION accord_case_report_facts_calendar() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE days jsonb; nations text[];
BEGIN
  IF TG_TABLE_NAME = 'council_closures' THEN
    IF TG_OP = 'INSERT' THEN
      days := (SELECT jsonb_agg(jsonb_build_object('c', council_id, 'd', date)) FROM new_days);
    ELSIF TG_OP = 'DELETE' THEN
      days := (SELECT jsonb_agg(jsonb_build_object('c', council_id, 'd', date)) FROM old_days);
    ELSE
      days := (SELECT jsonb_agg(jsonb_build_object('c', council_id, 'd', date)) FROM (SELECT council_id, date FROM old_days UNION SELECT council_id, date FROM new_days) x);
    END IF;
    IF days IS NULL THEN RETURN NULL; END IF;
    PERFORM 1 FROM councils c WHERE c.id IN (SELECT (x ->> 'c')::uuid FROM jsonb_array_elements(days) x) ORDER BY c.id FOR UPDATE;
    PERFORM accord_case_report_facts_count(ARRAY(
      SELECT DISTINCT f.case_id FROM case_report_facts f
        JOIN (SELECT DISTINCT (x ->> 'c')::uuid AS council_id, (x ->> 'd')::date AS day FROM jsonb_array_elements(days) x) d
          ON f.council_id = d.council_id AND f.received_day <= d.day AND greatest(f.ack_day, f.answer_day) >= d.day));
  ELSIF TG_TABLE_NAME = 'councils' THEN
    PERFORM accord_case_report_facts_count(ARRAY(SELECT f.case_id FROM case_report_facts f WHERE f.council_id = NEW.id));
  ELSE
    IF TG_OP = 'INSERT' THEN
      nations := ARRAY(SELECT DISTINCT nation FROM new_days);
    ELSIF TG_OP = 'DELETE' THEN
      nations := ARRAY(SELECT DISTINCT nation FROM old_days);
    ELSE
      nations := ARRAY(SELECT nation FROM old_days UNION SELECT nation FROM new_days);
    END IF;
    PERFORM 1 FROM councils c WHERE c.nation = ANY (nations) ORDER BY c.id FOR UPDATE;
    PERFORM accord_case_report_facts_count(ARRAY(SELECT f.case_id FROM case_report_facts f JOIN councils c ON c.id = f.council_id WHERE c.nation = ANY (nations)));
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS case_report_facts_add ON cases;
CREATE TRIGGER case_report_facts_add AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_add();
DROP TRIGGER IF EXISTS case_report_facts_change ON cases;
CREATE TRIGGER case_report_facts_change AFTER UPDATE ON cases FOR EACH ROW
  WHEN ((OLD.council_id, OLD.received_at, OLD.kind, OLD.concern, OLD.classification, OLD.acknowledge_by, OLD.respond_by)
        IS DISTINCT FROM (NEW.council_id, NEW.received_at, NEW.kind, NEW.concern, NEW.classification, NEW.acknowledge_by, NEW.respond_by))
  EXECUTE FUNCTION accord_case_report_facts_change();
DROP TRIGGER IF EXISTS case_report_facts_event ON case_events;
CREATE TRIGGER case_report_facts_event AFTER INSERT ON case_events REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_event();
DROP TRIGGER IF EXISTS case_report_facts_recount_update ON case_events;
CREATE TRIGGER case_report_facts_recount_update AFTER UPDATE ON case_events REFERENCING OLD TABLE AS old_events NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_recount();
DROP TRIGGER IF EXISTS case_report_facts_recount_delete ON case_events;
CREATE TRIGGER case_report_facts_recount_delete AFTER DELETE ON case_events REFERENCING OLD TABLE AS old_events
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_recount();
DROP TRIGGER IF EXISTS case_report_facts_closures_insert ON council_closures;
CREATE TRIGGER case_report_facts_closures_insert AFTER INSERT ON council_closures REFERENCING NEW TABLE AS new_days
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_calendar();
DROP TRIGGER IF EXISTS case_report_facts_closures_update ON council_closures;
CREATE TRIGGER case_report_facts_closures_update AFTER UPDATE ON council_closures REFERENCING OLD TABLE AS old_days NEW TABLE AS new_days
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_calendar();
DROP TRIGGER IF EXISTS case_report_facts_closures_delete ON council_closures;
CREATE TRIGGER case_report_facts_closures_delete AFTER DELETE ON council_closures REFERENCING OLD TABLE AS old_days
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_calendar();
DROP TRIGGER IF EXISTS case_report_facts_council_calendar ON councils;
CREATE TRIGGER case_report_facts_council_calendar AFTER UPDATE ON councils FOR EACH ROW
  WHEN ((OLD.response_cut_off, OLD.nation) IS DISTINCT FROM (NEW.response_cut_off, NEW.nation))
  EXECUTE FUNCTION accord_case_report_facts_calendar();
DROP TRIGGER IF EXISTS case_report_facts_bank_holidays_insert ON bank_holidays;
CREATE TRIGGER case_report_facts_bank_holidays_insert AFTER INSERT ON bank_holidays REFERENCING NEW TABLE AS new_days
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_calendar();
DROP TRIGGER IF EXISTS case_report_facts_bank_holidays_update ON bank_holidays;
CREATE TRIGGER case_report_facts_bank_holidays_update AFTER UPDATE ON bank_holidays REFERENCING OLD TABLE AS old_days NEW TABLE AS new_days
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_calendar();
DROP TRIGGER IF EXISTS case_report_facts_bank_holidays_delete ON bank_holidays;
CREATE TRIGGER case_report_facts_bank_holidays_delete AFTER DELETE ON bank_holidays REFERENCING OLD TABLE AS old_days
  FOR EACH STATEMENT EXECUTE FUNCTION accord_case_report_facts_calendar();

-- Tenant data like cases: the council scope, and confidential cases only where the caller handles them.
DROP POLICY IF EXISTS case_report_facts_scope ON case_report_facts;
CREATE POLICY case_report_facts_scope ON case_report_facts FOR SELECT
  USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));
DROP POLICY IF EXISTS case_report_facts_confidential ON case_report_facts;
CREATE POLICY case_report_facts_confidential ON case_report_facts AS RESTRICTIVE FOR SELECT
  USING ((SELECT accord_all()) OR classification = 'public' OR council_id = ANY ((SELECT accord_case_council_ids())::uuid[]));
