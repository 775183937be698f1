-- The standards committee's report (issue 14): the cases of a council (and the councils below it)
-- received in a period, one row each with the first acknowledgement and answer, whether it was
-- escalated, and the working days to each in the council's calendar. It reads case_report_facts (one
-- narrow row per case with its working days counted, kept by triggers: 62-case-report-facts.sql),
-- not the cases and their events, and counts nothing per case.
--
-- Why the report runs as SECURITY DEFINER (accord_protocol_report below; accord_report_cases itself is a
-- plain SQL function, under row-level security when called on its own): row-level security checks
-- each row against the caller's council list
-- (council_id = ANY(array)), which for a monitoring officer of 500 councils and 50,000 cases costs
-- more than the whole report may take (bench/reports.mjs). accord_report_cases applies the same rules
-- itself, once per council rather than once per row: only councils in the caller's scope
-- (accord_council_ids(), or everything for accord_all(), as the policies case_report_facts_scope and
-- cases_scope), and confidential cases only at councils where the caller handles them
-- (accord_case_council_ids(), as case_report_facts_confidential and cases_confidential). It
-- reads, never writes, and returns nothing for a council outside the caller's scope.
-- (Its result columns changed once: dropped and created again.)
DROP FUNCTION IF EXISTS accord_report_cases(uuid, date, date, boolean);
CREATE OR REPLACE FUNCTION accord_report_cases(p_council uuid, p_from date, p_to date, p_below boolean)
  RETURNS TABLE (council_id uuid, kind text, concern text, acknowledge_by date, respond_by date, received_day date,
                 ack_day date, answer_day date, escalated boolean, ack_working_days integer, answer_working_days integer)
  LANGUAGE sql STABLE AS $$
  WITH RECURSIVE below(id) AS (
    SELECT id FROM councils WHERE id = p_council
    UNION ALL SELECT c.id FROM councils c JOIN below b ON c.parent_id = b.id WHERE p_below
  ),
  caller AS MATERIALIZED (
    SELECT accord_all() AS every, accord_council_ids() AS council_ids, accord_case_council_ids() AS case_council_ids
  ),
  scope AS MATERIALIZED (
    SELECT b.id, w.every OR b.id = ANY (w.case_council_ids) AS confidential_too
      FROM below b CROSS JOIN caller w
     WHERE w.every OR b.id = ANY (w.council_ids)
  )
  SELECT f.council_id, f.kind, f.concern, f.acknowledge_by, f.respond_by, f.received_day, f.ack_day, f.answer_day, f.escalated,
         f.ack_working_days, f.answer_working_days
    FROM scope s
    JOIN case_report_facts f ON f.council_id = s.id
   WHERE f.received_day >= p_from AND f.received_day <= p_to
     AND (s.confidential_too OR f.classification = 'public');
$$;
REVOKE ALL ON FUNCTION accord_report_cases(uuid, date, date, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION accord_report_cases(uuid, date, date, boolean) TO accord_rw;

-- The report's figures in one call (api/src/reports/report.service.ts, REPORT_SQL, says what they are),
-- as JSON rows of two parts ('f' figures by council, by year and in total; 'k' concerns by kind).
-- accord_report_cases is inlined (a plain SQL function, so the planner reads it as part of this query)
-- and its rows are grouped once, by council and year, in four sets (one hash table each; grouping()
-- names the set, a bit being 1 for a column not in it): the figures (7); how many enquiries took each
-- number of working days to acknowledge (3) and to answer (5); the concerns by kind (14). The rest is
-- summed from those few thousand rows: the figures and histograms by council, by year and in total,
-- and each median read off its histogram as percentile_cont(0.5) gives, without sorting the cases.
-- SECURITY DEFINER for the reason above: the scope is applied by accord_report_cases once per council,
-- not by row-level security per row; the caller still sees only what it may.
CREATE OR REPLACE FUNCTION accord_protocol_report(p_council uuid, p_from date, p_to date, p_below boolean)
  RETURNS TABLE (part text, "row" jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  WITH g AS MATERIALIZED (
    SELECT grouping(council_id, year, ack_working_days, answer_working_days, concern) AS g, council_id, year, ack_working_days AS a, answer_working_days AS r, concern,
           count(*) FILTER (WHERE kind = 'enquiry')::int AS enquiries,
           count(*) FILTER (WHERE kind = 'enquiry' AND ack_day IS NOT NULL)::int AS acknowledged,
           count(*) FILTER (WHERE kind = 'enquiry' AND ack_day IS NOT NULL AND (acknowledge_by IS NULL OR ack_day <= acknowledge_by))::int AS acknowledged_on_time,
           count(*) FILTER (WHERE kind = 'enquiry' AND answer_day IS NOT NULL)::int AS answered,
           count(*) FILTER (WHERE kind = 'enquiry' AND answer_day IS NOT NULL AND (respond_by IS NULL OR answer_day <= respond_by))::int AS answered_on_time,
           count(*) FILTER (WHERE escalated)::int AS escalations,
           count(*) FILTER (WHERE kind = 'concern')::int AS concerns
      FROM (SELECT *, extract(year FROM received_day)::int AS year FROM accord_report_cases(p_council, p_from, p_to, p_below)) c
     GROUP BY GROUPING SETS ((council_id, year), (council_id, year, ack_working_days), (council_id, year, answer_working_days), (council_id, concern))
  ),
  -- The figures by council, by year and in total, summed from the council-and-year rows (0 for none: the
  -- total has a row even when no case was received).
  f AS (
    SELECT grouping(council_id) AS by_year, grouping(council_id, year) AS g, council_id, year,
           coalesce(sum(enquiries), 0)::int AS enquiries, coalesce(sum(acknowledged), 0)::int AS acknowledged,
           coalesce(sum(acknowledged_on_time), 0)::int AS acknowledged_on_time, coalesce(sum(answered), 0)::int AS answered,
           coalesce(sum(answered_on_time), 0)::int AS answered_on_time, coalesce(sum(escalations), 0)::int AS escalations,
           coalesce(sum(concerns), 0)::int AS concerns
      FROM g WHERE g.g = 7 GROUP BY GROUPING SETS ((council_id), (year), ())
  ),
  -- Histograms: how many enquiries took each number of working days to acknowledge ('a') and to answer ('r').
  hb AS (
    SELECT council_id, year, 'a' AS what, a AS days, acknowledged AS n FROM g WHERE g.g = 3 AND acknowledged > 0
    UNION ALL
    SELECT council_id, year, 'r', r, answered FROM g WHERE g.g = 5 AND answered > 0
  ),
  h AS (
    SELECT grouping(council_id, year) AS g, council_id, year, what, days, sum(n)::int AS n FROM hb GROUP BY GROUPING SETS ((council_id, what, days), (year, what, days), (what, days))
  ),
  -- Each median off its histogram: the values at positions (n + 1) / 2 and n / 2 + 1 (integer division), halved.
  m AS (
    SELECT g, council_id, year, what, days,
           sum(n) OVER (PARTITION BY g, council_id, year, what ORDER BY days) AS upto, sum(n) OVER (PARTITION BY g, council_id, year, what) AS total
      FROM h
  ),
  med AS (
    SELECT g, coalesce(council_id, '00000000-0000-0000-0000-000000000000') AS council_key, coalesce(year, 0) AS year_key,
           (min(days) FILTER (WHERE what = 'a' AND upto >= (total + 1) / 2) + min(days) FILTER (WHERE what = 'a' AND upto >= total / 2 + 1)) / 2.0 AS median_ack_days,
           (min(days) FILTER (WHERE what = 'r' AND upto >= (total + 1) / 2) + min(days) FILTER (WHERE what = 'r' AND upto >= total / 2 + 1)) / 2.0 AS median_days
      FROM m GROUP BY 1, 2, 3
  ),
  k AS (
    SELECT council_id, concern, sum(concerns)::int AS n FROM g WHERE g.g = 14 AND concerns > 0 GROUP BY GROUPING SETS ((council_id, concern), (concern))
  )
  SELECT 'f' AS part, to_jsonb(f) - 'g' || jsonb_build_object('median_ack_days', med.median_ack_days, 'median_days', med.median_days) AS row
    FROM f LEFT JOIN med ON med.g = f.g AND med.council_key = coalesce(f.council_id, '00000000-0000-0000-0000-000000000000') AND med.year_key = coalesce(f.year, 0)
  UNION ALL
  SELECT 'k', to_jsonb(k) FROM k;
$$;
REVOKE ALL ON FUNCTION accord_protocol_report(uuid, date, date, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION accord_protocol_report(uuid, date, date, boolean) TO accord_rw;
