-- Working days in SQL (issue 14: the standards committee's report counts its medians in working days).
--
-- A working day is a Monday to Friday that is not a bank holiday of the council's nation
-- (bank_holidays, filled from the API's holiday data) and not one of the council's closure days
-- (council_closures), as in api/src/domain/calendar.ts.
--
-- The days off between two dates (weekdays only, sorted) are looked up by the function that counts a
-- case's working days when its report row is written (accord_case_working_days,
-- 62-case-report-facts.sql). accord_working_days(from, to, days_off) is then pure arithmetic (an
-- inlined SQL expression, no lookup per row): the weekdays after `from` up to and including `to`
-- (closed form from a Monday, 1900-01-01), less the days off among them, counted by binary search
-- (width_bucket over the sorted array: how many are on or before a date). Negative when `to` is
-- before `from`, 0 when equal, like workingDaysBetween. Days off before a date `since` may be left
-- out of the array as long as `from` is on or after `since` - 1 (they cancel out), and days off
-- after `to` do not count.
CREATE OR REPLACE FUNCTION accord_working_days(p_from date, p_to date, p_off date[]) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((p_to + 1 - DATE '1900-01-01') / 7 * 5 + least((p_to + 1 - DATE '1900-01-01') % 7, 5))
       - ((p_from + 1 - DATE '1900-01-01') / 7 * 5 + least((p_from + 1 - DATE '1900-01-01') % 7, 5))
       - (width_bucket(p_to, coalesce(p_off, '{}'::date[])) - width_bucket(p_from, coalesce(p_off, '{}'::date[])))
$$;
GRANT EXECUTE ON FUNCTION accord_working_days(date, date, date[]) TO accord_rw;
