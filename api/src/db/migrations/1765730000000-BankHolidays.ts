import type { MigrationInterface, QueryRunner } from 'typeorm';
import { bankHolidays, SUPPORTED_YEARS } from '../../domain/calendar';
import { NATIONS } from '../../domain/councils';

/**
 * The standards committee's report in SQL (issue 14). The bank holidays (days off) of each nation
 * as a table, so that SQL can count working days (api/src/db/sql/60-working-days.sql), filled from the same
 * holiday data the API counts deadlines with (api/src/domain/calendar.ts, date-holidays with
 * GOV.UK corrections) for every supported year. Not council data: readable by every session.
 */
export class BankHolidays1765730000000 implements MigrationInterface {
  name = 'BankHolidays1765730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bank_holidays (
        nation text NOT NULL CHECK (nation IN ('england','wales','scotland','northern_ireland')),
        day date NOT NULL,
        name text NOT NULL,
        PRIMARY KEY (nation, day)
      );
      GRANT SELECT ON bank_holidays TO accord_rw;

      -- The report's reads as index-only scans (accord_report_cases): a council's cases by date of
      -- receipt with what the report counts (replacing the plain index on the same key), and the
      -- events that acknowledge, answer or escalate, by council and time.
      CREATE INDEX cases_report_idx ON cases (council_id, received_at) INCLUDE (id, kind, concern, acknowledge_by, respond_by, classification);
      DROP INDEX cases_council_received_idx;
      CREATE INDEX case_events_report_idx ON case_events (council_id, at) INCLUDE (case_id, kind)
        WHERE kind IN ('acknowledged','responded','resolved','escalated');
    `);
    const rows: [string, string, string][] = [];
    for (const nation of NATIONS)
      for (let year = SUPPORTED_YEARS.from; year <= SUPPORTED_YEARS.to; year++) for (const h of bankHolidays(nation, year)) rows.push([nation, h.date, h.name]);
    await q.query(`INSERT INTO bank_holidays (nation, day, name) SELECT * FROM unnest($1::text[], $2::date[], $3::text[])`, [
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS accord_report_cases(uuid, date, date, boolean);
      DROP FUNCTION IF EXISTS accord_working_days(date, date, date[]);
      DROP TABLE bank_holidays;
      DROP INDEX case_events_report_idx;
      CREATE INDEX cases_council_received_idx ON cases (council_id, received_at);
      DROP INDEX cases_report_idx;
    `);
  }
}
