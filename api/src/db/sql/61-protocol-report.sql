-- The standards committee's report (issue 14): the cases of a council (and the councils below it)
-- received in a period, one row each with the first acknowledgement and answer, whether it was
-- escalated, and the working days to each (accord_working_days over the council's days off).
--
-- Why SECURITY DEFINER: row-level security checks each row against the caller's council list
-- (council_id = ANY(array)), which for a monitoring officer of 500 councils and 50,000 cases costs
-- more than the whole report may take (bench/reports.mjs). This function applies the same rules
-- itself, once per council rather than once per row: only councils in the caller's scope
-- (accord_council_ids(), or everything for accord_all(), as the policies cases_scope and
-- case_events_scope), and confidential cases only at councils where the caller handles them
-- (accord_case_council_ids(), as cases_confidential); events are read only for those cases. It
-- reads, never writes, and returns nothing for a council outside the caller's scope. Days off are
-- each council's (its nation's bank holidays and its closure days, weekdays, sorted), built
-- set-based: once per nation and once per council with closures.
-- (Its result columns changed once: dropped and created again.)
DROP FUNCTION IF EXISTS accord_report_cases(uuid, date, date, boolean);
CREATE OR REPLACE FUNCTION accord_report_cases(p_council uuid, p_from date, p_to date, p_below boolean)
  RETURNS TABLE (council_id uuid, kind text, concern text, acknowledge_by date, respond_by date, received_day date,
                 ack_day date, answer_day date, escalated boolean, ack_working_days integer, answer_working_days integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  WITH RECURSIVE below(id) AS (
    SELECT id FROM councils WHERE id = p_council
    UNION ALL SELECT c.id FROM councils c JOIN below b ON c.parent_id = b.id WHERE p_below
  ),
  caller AS MATERIALIZED (
    SELECT accord_all() AS every, accord_council_ids() AS council_ids, accord_case_council_ids() AS case_council_ids
  ),
  inscope AS MATERIALIZED (
    SELECT b.id, c.nation, w.every OR b.id = ANY (w.case_council_ids) AS confidential_too
      FROM below b CROSS JOIN caller w JOIN councils c ON c.id = b.id
     WHERE w.every OR b.id = ANY (w.council_ids)
  ),
  -- Days off, set-based: each nation's bank holidays once, and each council's closure days.
  holidays AS (
    SELECT h.nation, array_agg(h.day ORDER BY h.day) AS days FROM bank_holidays h
     WHERE h.day >= p_from AND h.day <= greatest(p_to, current_date) + 1 AND extract(isodow FROM h.day) < 6 GROUP BY h.nation
  ),
  closures AS (
    SELECT k.council_id, array_agg(k.date) AS days FROM council_closures k JOIN inscope i ON i.id = k.council_id
     WHERE k.date >= p_from AND k.date <= greatest(p_to, current_date) + 1 AND extract(isodow FROM k.date) < 6 GROUP BY k.council_id
  ),
  scope AS MATERIALIZED (
    SELECT i.id, i.confidential_too,
           CASE WHEN cl.days IS NULL THEN coalesce(h.days, '{}'::date[])
                ELSE ARRAY(SELECT DISTINCT d FROM unnest(coalesce(h.days, '{}'::date[]) || cl.days) d ORDER BY d) END AS days_off
      FROM inscope i LEFT JOIN holidays h ON h.nation = i.nation LEFT JOIN closures cl ON cl.council_id = i.id
  ),
  k AS MATERIALIZED (
    SELECT c.id, c.council_id, c.kind, c.concern, c.acknowledge_by, c.respond_by,
           (c.received_at AT TIME ZONE 'Europe/London')::date AS received_day, s.days_off
      FROM scope s
      JOIN cases c ON c.council_id = s.id
     WHERE c.received_at >= (p_from::timestamp AT TIME ZONE 'Europe/London')
       AND c.received_at < ((p_to + 1)::timestamp AT TIME ZONE 'Europe/London')
       AND (s.confidential_too OR c.classification = 'public')
  ),
  ev AS (
    SELECT e.case_id,
           min(e.at) FILTER (WHERE e.kind IN ('acknowledged','responded','resolved')) AS ack_at,
           min(e.at) FILTER (WHERE e.kind IN ('responded','resolved')) AS answered_at,
           bool_or(e.kind = 'escalated') AS escalated
      FROM scope s
      JOIN case_events e ON e.council_id = s.id
     WHERE e.kind IN ('acknowledged','responded','resolved','escalated')
       AND e.at >= (p_from::timestamp AT TIME ZONE 'Europe/London')
     GROUP BY e.case_id
  )
  SELECT k.council_id, k.kind, k.concern, k.acknowledge_by, k.respond_by, k.received_day, d.ack_day, d.answer_day,
         coalesce(ev.escalated, false),
         accord_working_days(k.received_day, d.ack_day, k.days_off), accord_working_days(k.received_day, d.answer_day, k.days_off)
    FROM k LEFT JOIN ev ON ev.case_id = k.id
    CROSS JOIN LATERAL (SELECT (ev.ack_at AT TIME ZONE 'Europe/London')::date AS ack_day, (ev.answered_at AT TIME ZONE 'Europe/London')::date AS answer_day) d;
$$;
REVOKE ALL ON FUNCTION accord_report_cases(uuid, date, date, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION accord_report_cases(uuid, date, date, boolean) TO accord_rw;
