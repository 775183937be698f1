import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confidential casework for read-only callers (issue 10). The policies and functions
 * themselves are current definitions in api/src/db/sql/40-confidential-cases.sql,
 * applied after the migrations; there is no table or column to add. This migration
 * exists for the way back: those policies name columns that earlier migrations drop
 * on revert (notifications.case_id, the cases table), so reverting removes them first
 * and puts back the calendar scope function as CalendarScope made it.
 */
export class ConfidentialCases1764750000000 implements MigrationInterface {
  name = 'ConfidentialCases1764750000000';

  async up(): Promise<void> {
    // Nothing: see api/src/db/sql/40-confidential-cases.sql.
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY IF EXISTS cases_confidential ON cases;
      DROP POLICY IF EXISTS case_events_confidential ON case_events;
      DROP POLICY IF EXISTS reminders_confidential ON reminders;
      DROP POLICY IF EXISTS notifications_confidential ON notifications;
      DROP POLICY IF EXISTS audit_log_confidential ON audit_log;
      DROP FUNCTION IF EXISTS accord_case_council_ids();
      CREATE OR REPLACE FUNCTION accord_begin_calendar(p_hash bytea) RETURNS jsonb LANGUAGE plpgsql VOLATILE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE f calendar_feeds; ids uuid[];
      BEGIN
        SELECT * INTO f FROM calendar_feeds WHERE token_hash = p_hash AND revoked_at IS NULL;
        IF NOT FOUND THEN RETURN NULL; END IF;
        IF f.include_below THEN
          ids := ARRAY(SELECT accord_subtree(ARRAY[f.council_id]));
        ELSE
          ids := ARRAY[f.council_id];
        END IF;
        PERFORM set_config('accord.council_ids', ids::text, true);
        PERFORM set_config('accord.ancestor_ids', ARRAY(SELECT accord_ancestors(ids))::text, true);
        PERFORM set_config('accord.platform', 'off', true);
        RETURN jsonb_build_object('id', f.id, 'name', f.name, 'councilIds', to_jsonb(ids));
      END $$;
    `);
  }
}
