import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A calendar feed's secret token opens a read scope, as an API key does: its council (and those below, if it says so). */
export class CalendarScope1764500000000 implements MigrationInterface {
  name = 'CalendarScope1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION accord_begin_calendar(p_hash bytea) RETURNS jsonb LANGUAGE plpgsql VOLATILE
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
      GRANT EXECUTE ON FUNCTION accord_begin_calendar(bytea) TO accord_rw;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION accord_begin_calendar(bytea)');
  }
}
