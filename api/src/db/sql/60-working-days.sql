-- Working days in SQL (issue 14: the standards committee's report counts its medians in working days).
--
-- A working day is a Monday to Friday that is not a bank holiday of the council's nation
-- (bank_holidays, filled from the API's holiday data) and not one of the council's closure days
-- (council_closures), as in api/src/domain/calendar.ts.
--
-- accord_days_off(council, since) is the council's days off from `since` on, weekdays only, sorted:
-- computed once per council. accord_working_days(from, to, days_off) is then pure arithmetic (an
-- inlined SQL expression, no lookup per row): the weekdays after `from` up to and including `to`
-- (closed form from a Monday, 1900-01-01), less the days off among them, counted by binary search
-- (width_bucket over the sorted array: how many are on or before a date). Negative when `to` is
-- before `from`, 0 when equal, like workingDaysBetween. Days off before `since` may be left out of
-- the array as long as `from` is on or after `since` - 1 (they cancel out).
CREATE OR REPLACE FUNCTION accord_working_days(p_from date, p_to date, p_off date[]) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((p_to + 1 - DATE '1900-01-01') / 7 * 5 + least((p_to + 1 - DATE '1900-01-01') % 7, 5))
       - ((p_from + 1 - DATE '1900-01-01') / 7 * 5 + least((p_from + 1 - DATE '1900-01-01') % 7, 5))
       - (width_bucket(p_to, coalesce(p_off, '{}'::date[])) - width_bucket(p_from, coalesce(p_off, '{}'::date[])))
$$;
GRANT EXECUTE ON FUNCTION accord_working_days(date, date, date[]) TO accord_rw;

-- Read under the caller's row-level security (SECURITY INVOKER): a council out of scope has none.
CREATE OR REPLACE FUNCTION accord_days_off(p_council uuid, p_since date) RETURNS date[]
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(d ORDER BY d), '{}'::date[]) FROM (
    SELECT h.day AS d FROM bank_holidays h JOIN councils c ON c.nation = h.nation
     WHERE c.id = p_council AND h.day >= p_since AND extract(isodow FROM h.day) < 6
    UNION
    SELECT k.date FROM council_closures k
     WHERE k.council_id = p_council AND k.date >= p_since AND extract(isodow FROM k.date) < 6
  ) x
$$;
GRANT EXECUTE ON FUNCTION accord_days_off(uuid, date) TO accord_rw;
